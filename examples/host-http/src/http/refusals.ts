import type { CommandError, DomainError } from '@mgmt-review/eventsourcing';

/** A refusal as the service answers it: the HTTP status and a body naming the rule or the field. */
export interface Refusal {
  readonly status: number;
  readonly body: { readonly error: string; readonly message: string } & Record<string, unknown>;
}

/**
 * The HTTP answer to a failed command. The domain's errors carry no status: the host chooses them
 * here — a broken rule or a version conflict is a 409 (the request was understood, the history
 * refuses it), an invalid input a 422 with the field paths, a refusal of the policy a 403, a store
 * that cannot be reached a 503. Nothing was appended in any of these cases.
 */
export const refusalOf = (error: CommandError<DomainError>): Refusal => {
  switch (error._tag) {
    case 'InvalidInput':
      return {
        status: 422,
        body: { error: error._tag, path: error.path, message: error.message, problems: error.problems },
      };
    case 'RuleBroken':
      return { status: 409, body: { error: error._tag, rule: error.rule, message: error.message } };
    case 'NotPermitted':
      return { status: 403, body: { error: error._tag, rule: error.rule, message: error.message } };
    case 'VersionConflict':
      return { status: 409, body: { error: error._tag, streamId: error.streamId, message: error.message } };
    case 'DuplicateEventId':
      return { status: 409, body: { error: error._tag, eventId: error.eventId, message: error.message } };
    case 'InvalidStreamId':
      return { status: 422, body: { error: error._tag, streamId: error.streamId, message: error.message } };
    case 'StoreUnavailable':
      return { status: 503, body: { error: error._tag, message: error.message } };
    case 'UnknownEvent':
    case 'InvalidEvent':
      return { status: 500, body: { error: error._tag, streamId: error.streamId, message: error.message } };
  }
};

/** One problem Ajv found, as a field path the way the facade names it (`chair.id`, `headers.x-actor-id`). */
export interface SchemaProblem {
  readonly instancePath: string;
  readonly message?: string;
  readonly keyword: string;
  readonly params: Record<string, unknown>;
}

const pathOf = (context: string, problem: SchemaProblem): string => {
  const steps = problem.instancePath.split('/').slice(1);
  const extra = problem.params.additionalProperty ?? problem.params.missingProperty;
  if (typeof extra === 'string') steps.push(extra);
  const inside = steps.join('.');
  return context === 'body' ? inside : inside === '' ? context : `${context}.${inside}`;
};

const wordsOf = (problem: SchemaProblem): string =>
  problem.keyword === 'additionalProperties'
    ? 'unknown field'
    : problem.keyword === 'required'
      ? 'required'
      : (problem.message ?? problem.keyword);

/** A request the schemas refused, as an `InvalidInput` like the facade's: 422 with each field path. */
export const schemaRefusal = (context: string, problems: readonly SchemaProblem[]): Refusal => {
  const named = problems.map((problem) => ({ path: pathOf(context, problem), message: wordsOf(problem) }));
  const first = named[0] ?? { path: '', message: 'invalid input' };
  return {
    status: 422,
    body: {
      error: 'InvalidInput',
      path: first.path,
      message: named.map((p) => (p.path === '' ? p.message : `${p.path}: ${p.message}`)).join('; '),
      problems: named,
    },
  };
};
