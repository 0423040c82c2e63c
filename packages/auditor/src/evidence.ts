import type { ManagementReviewEvent } from '@mgmt-review/core';
import type { Actor, RecordedEvent } from '@mgmt-review/eventsourcing';

/**
 * One recorded event an answer rests on: where it is in the history (stream and version), what it
 * is, when it happened and was recorded, and who did it. An auditor can read each one back.
 */
export interface Evidence {
  readonly streamId: string;
  readonly streamVersion: number;
  readonly type: string;
  /** Business time: when it happened. */
  readonly occurredAt: string;
  /** When the store recorded it. */
  readonly recordedAt: string;
  readonly actor: Actor;
}

/** The evidence of one event (a new small object; the event itself is not kept). */
export const evidenceOf = (event: RecordedEvent<ManagementReviewEvent>): Evidence => ({
  streamId: event.streamId,
  streamVersion: event.streamVersion,
  type: event.type,
  occurredAt: event.metadata.occurredAt,
  recordedAt: event.metadata.recordedAt,
  actor: event.metadata.actor,
});

/** Evidence without repeats, in the order first given. */
export const distinctEvidence = (items: readonly (Evidence | undefined)[]): readonly Evidence[] => {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const item of items) {
    if (item === undefined) continue;
    const key = `${item.streamId}@${item.streamVersion}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out;
};
