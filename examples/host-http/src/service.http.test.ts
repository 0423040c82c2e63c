import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandRoutes } from './http/commandRoutes.js';
import { writeSampleHistory } from './sampleHistory.js';
import { startTestServer, type TestServer } from './testHost.js';

let server: TestServer;
let host: Awaited<ReturnType<TestServer['host']>>;
const tenant = 'acme';
const ciso = { 'x-actor-id': 'u-ciso', 'x-actor-role': 'ismsManager' };

beforeAll(async () => {
  server = await startTestServer();
  host = await server.host();
  await writeSampleHistory(host.facade, tenant);
  await host.readModels.caughtUp(tenant);
}, 60_000);
afterAll(async () => server?.stop());

const post = (path: string, body: unknown, headers: Record<string, string> = ciso) =>
  host.app.inject({ method: 'POST', url: `/tenants/${tenant}/${path}`, headers, payload: body as object });
const get = async (url: string) => {
  const response = await host.app.inject({ method: 'GET', url });
  return { status: response.statusCode, body: response.json() as Record<string, unknown> };
};
const head = () => host.store.forTenant(tenant).headPosition();

const schedule = (reviewId: string, extra: Record<string, unknown> = {}) => ({
  reviewId,
  plannedDate: '2026-12-15',
  cadence: 'quarterly',
  kind: 'regular',
  chair: { id: 'u-ceo', role: 'topManagement' },
  catalogueId: 'iso27001-2022',
  periodCovered: { from: '2026-10-01', to: '2026-12-31' },
  ...extra,
});

describe('a command over HTTP', () => {
  it('is appended, and the register read from the host table shows it', async () => {
    const response = await post('reviews/schedule', schedule('q4-2026'));
    expect(response.statusCode).toBe(201);
    expect(response.json().events.map((e: { type: string }) => e.type)).toEqual(['ReviewScheduled']);
    const { body } = await get(`/tenants/${tenant}/registers/reviews`);
    expect((body.rows as { reviewId: string }[]).map((r) => r.reviewId)).toContain('q4-2026');
    const { rows } = await host.pool.query(
      `SELECT row->>'status' AS status FROM "${host.schemas.readModelSchema}".register_rows
       WHERE tenant_id = $1 AND register = 'reviews' AND row_id = 'q4-2026'`,
      [tenant],
    );
    expect(rows).toEqual([{ status: 'scheduled' }]);
  });

  it('with an Idempotency-Key already used is applied once and answers as before', async () => {
    const headers = { ...ciso, 'idempotency-key': 'schedule-q1-2027' };
    const first = await post('reviews/schedule', schedule('q1-2027'), headers);
    const before = await head();
    const again = await post('reviews/schedule', schedule('q1-2027'), headers);
    expect([first.statusCode, again.statusCode]).toEqual([201, 200]);
    expect(again.json()).toEqual({ ...first.json(), alreadyHandled: true });
    expect(await head()).toBe(before);
  });
});

describe('a refused command appends nothing', () => {
  it('409 names the rule a domain refusal breaks', async () => {
    const before = await head();
    const response = await post('reviews/close', { reviewId: 'q2-2026' });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ error: 'RuleBroken', rule: expect.any(String) });
    expect(await head()).toBe(before);
  });

  it('403 names the policy rule that refuses the actor', async () => {
    const before = await head();
    const response = await post('actions/verify', { actionId: 'mfa-admins', comment: 'done, I checked it myself' });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ error: 'NotPermitted', rule: 'verifier-is-not-owner' });
    expect(await head()).toBe(before);
  });

  it('422 names the field the schema refuses: an unknown one, a wrong type not coerced, a bad day', async () => {
    const before = await head();
    const unknown = await post('reviews/schedule', schedule('q9', { descripton: 'typo' }));
    const notCoerced = await post('actions/noteProgress', {
      actionId: 'mfa-admins',
      note: 'half',
      percentComplete: '50',
    });
    const badDay = await post('reviews/schedule', schedule('q9', { plannedDate: '2026-02-30' }));
    expect([unknown.statusCode, notCoerced.statusCode, badDay.statusCode]).toEqual([422, 422, 422]);
    expect(unknown.json()).toMatchObject({ error: 'InvalidInput', path: 'descripton' });
    expect(notCoerced.json()).toMatchObject({ error: 'InvalidInput', path: 'percentComplete' });
    expect(badDay.json()).toMatchObject({ error: 'InvalidInput', path: 'plannedDate' });
    expect(await head()).toBe(before);
  });

  it('422 names the actor header a command lacks', async () => {
    const before = await head();
    const response = await post('reviews/schedule', schedule('q8'), { 'x-actor-role': 'ismsManager' });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ error: 'InvalidInput', path: 'headers.x-actor-id' });
    expect(await head()).toBe(before);
  });
});

describe('the reads', () => {
  it('mark the actions overdue on the day asked, from the table', async () => {
    const { body } = await get(`/tenants/${tenant}/registers/actions?today=2026-09-01`);
    const overdue = (body.rows as { actionId: string; overdue: boolean }[])
      .filter((a) => a.overdue)
      .map((a) => a.actionId);
    expect(overdue).toEqual(['mfa-admins']);
    const earlier = await get(`/tenants/${tenant}/registers/actions?today=2026-06-01`);
    expect((earlier.body.rows as { overdue: boolean }[]).some((a) => a.overdue)).toBe(false);
  });

  it('give a review with its decisions and actions', async () => {
    const { status, body } = await get(`/tenants/${tenant}/reviews/q1-2026`);
    expect(status).toBe(200);
    expect((body.review as { decisions: { decisionId: string }[] }).decisions.map((d) => d.decisionId)).toEqual([
      'mfa',
      'backup',
    ]);
    expect((body.actions as { actionId: string }[]).map((a) => a.actionId).sort()).toEqual([
      'backup-offsite',
      'mfa-admins',
      'mfa-staff',
    ]);
  });

  it("answer the auditor's questions as of a moment, with evidence", async () => {
    const before = await get(`/tenants/${tenant}/auditor?question=last-decisions&asOf=2026-01-01T00:00:00Z`);
    const after = await get(`/tenants/${tenant}/auditor?question=last-decisions`);
    expect(before.body.verdict).toBe('not-yet-applicable');
    expect(after.body.verdict).not.toBe('not-yet-applicable');
    expect((after.body.evidence as unknown[]).length).toBeGreaterThan(0);
  });

  it('give the KPIs, the review pack and the exports from the saved state', async () => {
    const kpis = await get(`/tenants/${tenant}/kpis?from=2026-01-01&to=2026-06-30`);
    expect(kpis.status).toBe(200);
    const pack = await host.app.inject({ method: 'GET', url: `/tenants/${tenant}/reviews/q1-2026/pack` });
    expect(pack.statusCode).toBe(200);
    expect(pack.body).toContain('Roll out phishing-resistant MFA');
    const csv = await host.app.inject({ method: 'GET', url: `/tenants/${tenant}/exports/actions` });
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('Enforce FIDO2 keys for admins');
  });
});

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document with one operation per command', async () => {
    const { status, body } = await get('/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    const result = await new Validator().validate(body);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    // The validator does check: the same document without its info object is refused.
    const { info: _, ...withoutInfo } = body;
    expect((await new Validator().validate(withoutInfo)).valid).toBe(false);
    const operations = Object.values(body.paths as Record<string, { post?: { operationId: string } }>)
      .flatMap((item) => (item.post === undefined ? [] : [item.post.operationId]))
      .sort();
    expect(operations).toEqual(commandRoutes.map((r) => r.path).sort());
  });
});
