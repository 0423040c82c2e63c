import type { Actor, EventMetadata } from './envelope.js';

/**
 * The metadata sealing gives an event. Events of one append usually state the same actor, times
 * and ids, so consecutive events with the same ones share one object; it is frozen (its actor too),
 * so its texts — the JSON a store writes, the canonical JSON a hash covers — are computed once per
 * append and can never go stale: a frozen object cannot be changed in place.
 */
export const sealedMetadata = (
  previous: EventMetadata | undefined,
  actor: Actor,
  occurredAt: string,
  recordedAt: string,
  commandId: string,
  correlationId: string,
  causationId: string,
): EventMetadata => {
  if (
    previous !== undefined &&
    previous.actor.id === actor.id &&
    previous.actor.role === actor.role &&
    previous.occurredAt === occurredAt &&
    previous.recordedAt === recordedAt &&
    previous.commandId === commandId &&
    previous.correlationId === correlationId &&
    previous.causationId === causationId
  ) {
    return previous;
  }
  return Object.freeze({
    actor: Object.freeze({ id: actor.id, role: actor.role }),
    occurredAt,
    recordedAt,
    commandId,
    correlationId,
    causationId,
  });
};

/** Texts of frozen metadata, by object: filled on first use, dropped with the object. */
const storedTexts = new WeakMap<EventMetadata, string>();

/**
 * Memoises `text` of frozen metadata (sealed metadata and its actor never change); metadata that
 * can change — read from a store, built by a test — gets its text computed every time.
 */
export const memoisedForFrozen =
  (cache: WeakMap<EventMetadata, string>, text: (metadata: EventMetadata) => string) =>
  (metadata: EventMetadata): string => {
    // Anything but a deeply frozen object (including what a tampered store might hold: null, a
    // string) is written out on every call.
    if (
      typeof metadata !== 'object' ||
      metadata === null ||
      !Object.isFrozen(metadata) ||
      !Object.isFrozen(metadata.actor)
    ) {
      return text(metadata);
    }
    const known = cache.get(metadata);
    if (known !== undefined) return known;
    const computed = text(metadata);
    cache.set(metadata, computed);
    return computed;
  };

/** The JSON a store writes for an event's metadata (`JSON.stringify`), once per append's metadata. */
export const storedMetadataText: (metadata: EventMetadata) => string = memoisedForFrozen(storedTexts, (metadata) =>
  JSON.stringify(metadata),
);
