import { aggregates, createManagementReview, domainRegistry, type ManagementReviewEvent } from '@mgmt-review/core';
import {
  type Actor,
  CommandFailed,
  createInMemoryEventStore,
  type EventRegistry,
  replay,
  sequentialIds,
  steppingClock,
  type TenantEventStore,
} from '@mgmt-review/eventsourcing';
import { kpiProjection } from '../projection.js';
import type { KpiState } from '../state.js';

/** A command as core's samples write it: its type, who sends it, its data with `at`. */
export interface SampleCommand {
  readonly type: string;
  readonly actor: Actor;
  readonly data: { readonly at: string };
}

/** A sample command with some of its data replaced (another window, another day, another scale…). */
export const withData = <C extends SampleCommand>(command: C, data: Partial<C['data']>): C =>
  ({ ...command, data: { ...command.data, ...data } }) as C;

/** A history written command by command through the facade, and the KPI state folded from it. */
export interface RecordsHistory {
  readonly tenant: TenantEventStore;
  /** Sends the commands in order, each through its aggregate's facade function; a refusal throws. */
  send(...commands: readonly SampleCommand[]): Promise<void>;
  /** Sends one command; whether the domain accepted it (a refusal is not recorded). */
  attempt(command: SampleCommand): Promise<boolean>;
  /** The KPI state of everything sent so far. */
  kpis(): Promise<KpiState>;
}

/** The facade group and verb of each command type, from core's descriptors. */
const verbOf = new Map<string, { readonly group: string; readonly verb: string }>();
for (const aggregate of aggregates) {
  for (const [verb, { command }] of Object.entries(aggregate.verbs))
    verbOf.set(command, { group: aggregate.group, verb });
}

/**
 * An empty in-memory history of tenant `acme`, to which tests send core's sample commands
 * (`@mgmt-review/core/testing`): every event in it is one the deciders and the built-in policy accepted.
 */
export const createRecordsHistory = (): RecordsHistory => {
  // recordedAt steps on from the start of the samples' year; no test here reads it.
  const clock = steppingClock('2026-01-01T00:00:00Z');
  const store = createInMemoryEventStore({ registry: domainRegistry, clock, ids: sequentialIds('event') });
  const handles = createManagementReview({ store, clock, ids: sequentialIds('cmd') }).forTenantAsync(
    'acme',
  ) as unknown as Record<string, Record<string, (input: unknown, options: { actor: Actor }) => Promise<unknown>>>;
  const tenant = store.forTenant('acme');
  const send = async (command: SampleCommand): Promise<void> => {
    const target = verbOf.get(command.type);
    if (target === undefined) throw new Error(`no facade function sends ${command.type}`);
    await handles[target.group]![target.verb]!(command.data, { actor: command.actor });
  };
  return {
    tenant,
    send: async (...commands) => {
      for (const command of commands) await send(command);
    },
    attempt: (command) =>
      send(command).then(
        () => true,
        (error: unknown) => {
          if (error instanceof CommandFailed) return false;
          throw error;
        },
      ),
    kpis: () => replay(tenant, domainRegistry as EventRegistry<ManagementReviewEvent>, kpiProjection),
  };
};
