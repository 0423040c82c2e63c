import swagger from '@fastify/swagger';
import { askAuditor, isQuestionId, questionIds } from '@mgmt-review/auditor';
import type { ManagementReview } from '@mgmt-review/core';
import type { Clock, EventStore, RecordedEvent } from '@mgmt-review/eventsourcing';
import { csvRegisterNames, toRegisterCsv } from '@mgmt-review/exports';
import { computeKpis } from '@mgmt-review/kpis';
import { minutesPackHtml, minutesPackOf } from '@mgmt-review/report';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { isLeft } from 'fp-ts/lib/Either.js';
import { boardPage } from '../page/boardPage.js';
import { exportStateOf } from '../readModels/readModelProjection.js';
import type { ReadModels } from '../readModels/readModels.js';
import { type RegisterName, registerNames } from '../readModels/registers.js';
import { commandRoutes, outcomeOf } from './commandRoutes.js';
import { type Refusal, refusalOf, type SchemaProblem, schemaRefusal } from './refusals.js';
import { addSchemaFormats, ajvOptions, bodySchemaOf, coreRefinement } from './schemas.js';

export interface ServiceOptions {
  readonly facade: ManagementReview;
  readonly store: EventStore;
  readonly readModels: ReadModels;
  readonly clock: Clock;
}

/**
 * The headers a command carries. The actor is TRUSTED AS SENT: in this example a gateway in front
 * of the service is assumed to have authenticated the user and to set them; a real host takes the
 * actor from its own session or token, never from the client.
 */
const ID_PATTERN = (coreRefinement('Id', { type: 'string' }) as { pattern: string }).pattern;
const commandHeaders = {
  type: 'object',
  properties: {
    'x-actor-id': {
      type: 'string',
      pattern: ID_PATTERN,
      description: 'The host user acting (an id, never a name or an e-mail).',
    },
    'x-actor-role': {
      type: 'string',
      pattern: '\\S',
      description: 'The role the user acts in (e.g. ismsManager, topManagement).',
    },
    'idempotency-key': {
      type: 'string',
      pattern: '^[A-Za-z0-9_.:-]{1,150}$',
      description: 'The command id: a request repeated with the same key is applied once, and answers as before.',
    },
  },
  required: ['x-actor-id', 'x-actor-role'],
} as const;

const tenantParams = {
  type: 'object',
  properties: { tenantId: { type: 'string', pattern: ID_PATTERN } },
  required: ['tenantId'],
} as const;

const withParams = (more: Record<string, unknown>, required: readonly string[]) => ({
  type: 'object',
  properties: { ...tenantParams.properties, ...more },
  required: ['tenantId', ...required],
});

const dayOrInstant = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}' } as const;
const instant = { type: 'string', format: 'IsoDateTime' } as const;

const refuse = (reply: FastifyReply, refusal: Refusal) => reply.code(refusal.status).send(refusal.body);

const eventSummary = (event: RecordedEvent) => ({
  eventId: event.eventId,
  streamId: event.streamId,
  streamVersion: event.streamVersion,
  globalPosition: event.globalPosition.toString(),
  type: event.type,
});

/** The day a request reads the registers on: `?today=`, else the clock's. */
const todayOf = (clock: Clock, today: string | undefined): string => (today ?? clock.now()).slice(0, 10);

/**
 * The service: one POST per command of the facade, GETs of the registers (from the host's tables),
 * a review with its decisions and actions, the auditor's answers as of a moment, the KPIs, the
 * review pack, the register exports, the OpenAPI document, and the page.
 */
export const createService = async (options: ServiceOptions): Promise<FastifyInstance> => {
  const { facade, store, readModels, clock } = options;
  const app = Fastify({
    // Ajv must neither strip unknown fields nor coerce types: the codecs' strictness holds.
    ajv: { customOptions: ajvOptions, plugins: [addSchemaFormats as never] },
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'mgmt-review host example',
        version: '0.1.0',
        description: 'The ISO/IEC 27001:2022 management review (9.3) and its improvement loop, over HTTP.',
      },
    },
  });

  app.setErrorHandler((error, _request, reply) => {
    const validation = (error as { validation?: SchemaProblem[]; validationContext?: string }).validation;
    if (validation !== undefined) {
      return refuse(
        reply,
        schemaRefusal((error as { validationContext?: string }).validationContext ?? 'body', validation),
      );
    }
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    return reply
      .code(status)
      .send({ error: (error as { code?: string }).code ?? 'Error', message: (error as Error).message });
  });

  for (const route of commandRoutes) {
    app.post<{ Params: { tenantId: string }; Body: unknown; Headers: Record<string, string | undefined> }>(
      `/tenants/:tenantId/${route.group}/${route.name}`,
      {
        schema: {
          operationId: route.path,
          tags: [route.group],
          summary: `${route.path} (${route.type})`,
          params: tenantParams,
          headers: commandHeaders,
          body: bodySchemaOf(route),
        },
      },
      async (request, reply) => {
        const { tenantId } = request.params;
        const actor = { id: request.headers['x-actor-id'] ?? '', role: request.headers['x-actor-role'] ?? '' };
        const commandId = request.headers['idempotency-key'];
        const result = await route.run(facade.forTenant(tenantId), request.body, { actor, commandId })();
        if (isLeft(result)) return refuse(reply, refusalOf(result.left));
        const outcome = outcomeOf(result.right);
        // Read your writes: the answer comes once the host's tables hold what was appended.
        await readModels.caughtUp(tenantId);
        return reply
          .code(outcome.alreadyHandled ? 200 : 201)
          .send({ alreadyHandled: outcome.alreadyHandled, events: outcome.events.map(eventSummary) });
      },
    );
  }

  app.get<{ Params: { tenantId: string; register: RegisterName }; Querystring: { today?: string } }>(
    '/tenants/:tenantId/registers/:register',
    {
      schema: {
        operationId: 'registers.read',
        tags: ['registers'],
        summary: 'A register, from the host tables the checkpointed runner keeps',
        params: withParams({ register: { type: 'string', enum: registerNames } }, ['register']),
        querystring: { type: 'object', properties: { today: dayOrInstant }, additionalProperties: false },
      },
    },
    async (request) => {
      const { tenantId, register } = request.params;
      return readModels.rows(tenantId, register, todayOf(clock, request.query.today));
    },
  );

  app.get<{ Params: { tenantId: string; reviewId: string }; Querystring: { today?: string } }>(
    '/tenants/:tenantId/reviews/:reviewId',
    {
      schema: {
        operationId: 'reviews.read',
        tags: ['registers'],
        summary: 'A review on the board, with its decisions and the actions they raised',
        params: withParams({ reviewId: { type: 'string', pattern: ID_PATTERN } }, ['reviewId']),
        querystring: { type: 'object', properties: { today: dayOrInstant }, additionalProperties: false },
      },
    },
    async (request, reply) => {
      const { tenantId, reviewId } = request.params;
      const today = todayOf(clock, request.query.today);
      const review = (await readModels.row(tenantId, 'reviews', reviewId, today)) as
        | { decisions: { actionIds: string[] }[] }
        | undefined;
      if (review === undefined) return reply.code(404).send({ error: 'NotFound', message: `no review ${reviewId}` });
      const ids = review.decisions.flatMap((d) => d.actionIds);
      const actions = await Promise.all(ids.map((id) => readModels.row(tenantId, 'actions', id, today)));
      return { review, actions: actions.filter((a) => a !== undefined) };
    },
  );

  app.get<{ Params: { tenantId: string }; Querystring: { asOf?: string; question?: string } }>(
    '/tenants/:tenantId/auditor',
    {
      schema: {
        operationId: 'auditor.ask',
        tags: ['auditor'],
        summary: "The auditor's answers with their evidence, from the history as recorded by `asOf`",
        params: tenantParams,
        querystring: {
          type: 'object',
          properties: { asOf: instant, question: { type: 'string', enum: [...questionIds, 'all'] } },
          additionalProperties: false,
        },
      },
    },
    async (request) => {
      const { asOf, question } = request.query;
      const tenant = store.forTenant(request.params.tenantId);
      const options = asOf === undefined ? { clock } : { asOf: { recordedAt: asOf } };
      // "As of" a moment is a question to the history itself: answered by a replay, not a table.
      return question !== undefined && isQuestionId(question)
        ? askAuditor(tenant, question, options)
        : askAuditor(tenant, 'all', options);
    },
  );

  app.get<{ Params: { tenantId: string }; Querystring: { from: string; to: string; period?: 'month' | 'quarter' } }>(
    '/tenants/:tenantId/kpis',
    {
      schema: {
        operationId: 'kpis.read',
        tags: ['kpis'],
        summary: 'The KPIs per period, from the state the runner saved',
        params: tenantParams,
        querystring: {
          type: 'object',
          properties: {
            from: { type: 'string', format: 'date' },
            to: { type: 'string', format: 'date' },
            period: { type: 'string', enum: ['month', 'quarter'] },
          },
          required: ['from', 'to'],
          additionalProperties: false,
        },
      },
    },
    async (request) => {
      const { state, standing } = await readModels.savedState(request.params.tenantId);
      const { from, to, period } = request.query;
      return {
        standing,
        kpis: computeKpis(state.pack.kpis, { from, to, period: period ?? 'quarter', now: clock.now() }),
      };
    },
  );

  app.get<{ Params: { tenantId: string; reviewId: string } }>(
    '/tenants/:tenantId/reviews/:reviewId/pack',
    {
      schema: {
        operationId: 'reviews.pack',
        tags: ['report'],
        summary: 'The review pack (minutes) as HTML, from the state the runner saved',
        params: withParams({ reviewId: { type: 'string', pattern: ID_PATTERN } }, ['reviewId']),
      },
    },
    async (request, reply) => {
      const { tenantId, reviewId } = request.params;
      const { state } = await readModels.savedState(tenantId);
      if (!state.pack.views.reviews.has(reviewId) || !state.pack.dossiers.has(reviewId)) {
        return reply.code(404).send({ error: 'NotFound', message: `no review ${reviewId}` });
      }
      return reply
        .type('text/html; charset=utf-8')
        .send(minutesPackHtml(minutesPackOf(state.pack, { reviewId, now: clock.now() })));
    },
  );

  app.get<{ Params: { tenantId: string; register: (typeof csvRegisterNames)[number] } }>(
    '/tenants/:tenantId/exports/:register',
    {
      schema: {
        operationId: 'exports.csv',
        tags: ['exports'],
        summary: 'A register as CSV (RFC 4180), from the state the runner saved: current as events land',
        params: withParams({ register: { type: 'string', enum: csvRegisterNames } }, ['register']),
      },
    },
    async (request, reply) => {
      const { tenantId, register } = request.params;
      const { state } = await readModels.savedState(tenantId);
      const csv = toRegisterCsv(exportStateOf(state), register, { tenantId, now: clock.now(), positionComment: true });
      return reply.type('text/csv; charset=utf-8').send(csv);
    },
  );

  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  app.get<{ Querystring: { tenant?: string; today?: string } }>(
    '/',
    {
      schema: {
        hide: true,
        querystring: {
          type: 'object',
          properties: { tenant: { type: 'string', pattern: ID_PATTERN }, today: dayOrInstant },
          additionalProperties: false,
        },
      },
    },
    async (request, reply) => {
      const tenantId = request.query.tenant ?? 'acme';
      const today = todayOf(clock, request.query.today);
      const [reviews, actions, answers] = await Promise.all([
        readModels.rows(tenantId, 'reviews', today),
        readModels.rows(tenantId, 'actions', today),
        askAuditor(store.forTenant(tenantId), 'all', { now: `${today}T23:59:59Z` }),
      ]);
      return reply
        .type('text/html; charset=utf-8')
        .send(boardPage({ tenantId, today, reviews: reviews.rows, actions: actions.rows, answers }));
    },
  );

  return app;
};
