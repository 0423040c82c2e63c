import type { Actor } from '@mgmt-review/eventsourcing';

/** A command before it is sent: its type and data, without who sends it, its aggregate's id or its time. */
export interface CommandDraft {
  readonly type: string;
  readonly data: Readonly<Record<string, unknown>>;
}

/**
 * The commands of a property's random sequence: each draft sent by `actor` to the aggregate
 * `address` names (`{ consultationId: 'cons-1' }`), one day after the one before, from `firstDay`
 * (`YYYY-MM-DD`) at 09:00 UTC. The drafts are random, so the result is typed by the caller (`C`):
 * the decider refuses what its codecs would not have let through only by its own rules.
 */
export const dailyCommands = <C>(
  drafts: readonly CommandDraft[],
  actor: Actor,
  address: Readonly<Record<string, string>>,
  firstDay: string,
): C[] => {
  const first = Date.parse(`${firstDay}T09:00:00Z`);
  return drafts.map(
    (draft, day) =>
      ({
        type: draft.type,
        actor,
        data: { ...address, ...draft.data, at: new Date(first + day * 86_400_000).toISOString() },
      }) as C,
  );
};
