import {
  aggregates,
  type CommandOptions,
  DecisionWithActions,
  NonConformityFinding,
  StatusOfPreviousActions,
  type TenantHandles,
} from '@mgmt-review/core';
import type { CommandError, DomainError, RecordedEvent } from '@mgmt-review/eventsourcing';
import type { TaskEither } from 'fp-ts/lib/TaskEither.js';
import type * as t from 'io-ts';

/** What a command gives back over HTTP: the events it appended, and whether it had run before. */
export interface CommandOutcome {
  readonly events: readonly RecordedEvent[];
  readonly alreadyHandled: boolean;
}

/**
 * One POST of the service: a facade function (`reviews.schedule`) with the codec of its input, and
 * the fields the facade fills in when the input leaves them out (`at`, and the ids it generates).
 */
export interface CommandRoute {
  /** `reviews.schedule`: the facade's group and function, as the CLI's import names it. */
  readonly path: string;
  readonly group: string;
  readonly name: string;
  /** The command type its codec is registered under (`ScheduleReview`); a workflow's is its path. */
  readonly type: string;
  readonly codec: t.Mixed;
  readonly optional: readonly string[];
  readonly run: (
    handles: TenantHandles,
    input: unknown,
    options: CommandOptions,
  ) => TaskEither<CommandError<DomainError>, unknown>;
}

type AnyFunction = (input: unknown, options: CommandOptions) => TaskEither<CommandError<DomainError>, unknown>;

/** The facade function a route calls, found by group and name on one tenant's handles. */
const facadeFunction = (handles: TenantHandles, group: string, name: string): AnyFunction =>
  (handles as unknown as Record<string, Record<string, AnyFunction>>)[group]![name]!;

const route = (
  group: string,
  name: string,
  type: string | undefined,
  codec: t.Mixed,
  optional: readonly string[],
): CommandRoute => ({
  path: `${group}.${name}`,
  group,
  name,
  type: type ?? `${group}.${name}`,
  codec,
  optional,
  run: (handles, input, options) => facadeFunction(handles, group, name)(input, options),
});

/**
 * Every command of the facade: the verbs of every aggregate's descriptor (so the routes and the
 * facade are built from the same list), and the facade's three workflows with their own codecs.
 */
export const commandRoutes: readonly CommandRoute[] = [
  ...aggregates.flatMap((aggregate) =>
    Object.entries(aggregate.verbs).map(([name, verb]) =>
      route(
        aggregate.group,
        name,
        verb.command,
        (aggregate.commands as Readonly<Record<string, t.Mixed>>)[verb.command]!,
        ['at', ...(verb.generated ?? [])],
      ),
    ),
  ),
  // A workflow's codec has the fields it fills in as optional fields already.
  route('reviews', 'decideWithActions', undefined, DecisionWithActions, []),
  route('reviews', 'presentStatusOfPreviousActions', undefined, StatusOfPreviousActions, []),
  route('audits', 'recordNonConformityFinding', undefined, NonConformityFinding, []),
];

/** The events a facade result carries: one command's, or every command's of a workflow. */
export const outcomeOf = (result: unknown): CommandOutcome => {
  const r = result as Partial<CommandOutcome> & Record<string, unknown>;
  if (Array.isArray(r.events)) return { events: r.events, alreadyHandled: r.alreadyHandled === true };
  const parts = Object.values(r).flatMap((part) => (Array.isArray(part) ? part : [part])) as CommandOutcome[];
  return {
    events: parts.flatMap((part) => part.events ?? []),
    alreadyHandled: parts.every((part) => part.alreadyHandled === true),
  };
};
