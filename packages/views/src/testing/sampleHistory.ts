import {
  aggregates,
  type CommandOptions,
  createManagementReview,
  domainRegistry,
  type ManagementReviewEvent,
} from '@mgmt-review/core';
import {
  type Actor,
  type Clock,
  createInMemoryEventStore,
  type EventRegistry,
  replay,
  sequentialIds,
  type TenantEventStore,
} from '@mgmt-review/eventsourcing';
import { viewsProjection } from '../projection.js';
import type { ViewsState } from '../state.js';

/** A sample command of `@mgmt-review/core/testing`: its type, who sends it, its data with `at`. */
export interface SampleCommand {
  readonly type: string;
  readonly actor: Actor;
  readonly data: { readonly at?: string; readonly [field: string]: unknown };
}

type Send = (input: unknown, options: CommandOptions) => Promise<unknown>;

/** The facade function of each command type: the verb of the aggregate whose descriptor names it. */
const facadePathOf = new Map(
  aggregates.flatMap((aggregate) =>
    Object.entries(aggregate.verbs).map(([verb, { command }]) => [command, { group: aggregate.group, verb }] as const),
  ),
);

/**
 * Sends sample commands, in order, through the facade into a fresh in-memory store, the clock
 * following each command's business time (so "as of" a recorded time is "as of" the command's).
 * A command the rules refuse fails the test, with the refusal.
 */
export const writeSamples = async (commands: readonly SampleCommand[]): Promise<TenantEventStore> => {
  let ms = Date.parse('2026-01-01T00:00:00Z');
  const clock: Clock = {
    now: () => {
      ms += 1;
      return new Date(ms).toISOString();
    },
  };
  const store = createInMemoryEventStore({ registry: domainRegistry, clock, ids: sequentialIds('event') });
  const handles = createManagementReview({ store, clock, ids: sequentialIds('cmd') }).forTenantAsync('acme');
  const groups = handles as unknown as Readonly<Record<string, Readonly<Record<string, Send>>>>;
  for (const command of commands) {
    const path = facadePathOf.get(command.type);
    const send = path === undefined ? undefined : groups[path.group]?.[path.verb];
    if (path === undefined || send === undefined) throw new TypeError(`no facade function sends ${command.type}`);
    if (command.data.at !== undefined) ms = Math.max(ms, Date.parse(command.data.at));
    try {
      await send(command.data, { actor: command.actor });
    } catch (error) {
      const refusal = (error as { error?: unknown }).error ?? error;
      throw new Error(`${command.type} at ${command.data.at} was refused: ${JSON.stringify(refusal)}`);
    }
  }
  return store.forTenant(handles.tenantId);
};

/** The views of the history the sample commands write. */
export const viewsOfSamples = async (commands: readonly SampleCommand[]): Promise<ViewsState> =>
  replay(await writeSamples(commands), domainRegistry as EventRegistry<ManagementReviewEvent>, viewsProjection);
