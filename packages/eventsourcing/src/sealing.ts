import { type Either, isLeft, right } from 'fp-ts/lib/Either.js';
import type { Clock, IdGenerator } from './clock.js';
import type { EventMetadata, GlobalPosition, NewEvent, StoredEvent } from './envelope.js';
import type { InvalidEvent, UnknownEvent } from './errors.js';
import type { EventRegistry } from './eventRegistry.js';
import { GENESIS_HASH, hashOf } from './hashChain.js';
import { type PersonalFields, sealPersonalFields } from './privacy/personalFields.js';
import { sealedMetadata } from './sealedMetadata.js';

/** What a store knows of a stream before it appends: its last version and hash. */
export interface StreamHead {
  readonly version: number;
  readonly hash: string;
}

/** The head of a stream with no events: version 0, chained to the genesis hash. */
export const EMPTY_HEAD: StreamHead = { version: 0, hash: GENESIS_HASH };

/** A sealed event: versioned and hashed, waiting for the store to give it a global position. */
export type SealedEvent = Omit<StoredEvent, 'globalPosition'>;

/** What sealing takes from the store: the registry payloads are validated with, its clock and ids. */
export interface SealingDeps {
  readonly registry: EventRegistry;
  /** Stamps `recordedAt`, read once per append. */
  readonly clock: Clock;
  /** Gives the ids writers left out: event ids, and the append's command id. */
  readonly ids: IdGenerator;
}

/**
 * Validates payloads with the registry, then versions and hashes the events on the stream's head:
 * the chain the store writes. Runs inside the pipeline (`planAppend`), after the expected version
 * was resolved against the same head.
 */
export const sealEvents = (
  deps: SealingDeps,
  tenantId: string,
  streamId: string,
  head: StreamHead,
  events: readonly NewEvent[],
): Either<UnknownEvent | InvalidEvent, SealedEvent[]> => {
  const sealed: SealedEvent[] = [];
  const recordedAt = deps.clock.now();
  const commandId = events.find((e) => e.metadata.commandId !== undefined)?.metadata.commandId ?? deps.ids.next();
  let prevHash = head.hash;
  let version = head.version;
  let metadata: EventMetadata | undefined;
  for (const event of events) {
    version += 1;
    const encoded = deps.registry.encode(event, { streamId, streamVersion: version });
    if (isLeft(encoded)) return encoded;
    const ownCommandId = event.metadata.commandId ?? commandId;
    metadata = sealedMetadata(
      metadata,
      event.metadata.actor,
      event.metadata.occurredAt,
      recordedAt,
      ownCommandId,
      event.metadata.correlationId ?? ownCommandId,
      event.metadata.causationId ?? ownCommandId,
    );
    // Built once with its final shape; the hash, computed over the other fields, is filled in last.
    const sealedEvent: { -readonly [K in keyof SealedEvent]: SealedEvent[K] } = {
      eventId: event.eventId ?? deps.ids.next(),
      tenantId,
      streamId,
      streamVersion: version,
      type: encoded.right.type,
      schemaVersion: encoded.right.schemaVersion,
      data: encoded.right.data,
      metadata,
      prevHash,
      hash: '',
    };
    // Each personal value gets a fresh salt, and the hash covers its digest in place of the value.
    const personal = sealPersonalFields(deps.registry.personalPaths(sealedEvent.type), sealedEvent.data);
    if (personal !== undefined) sealedEvent.personal = personal;
    const hash = hashOf(sealedEvent);
    sealedEvent.hash = hash;
    sealed.push(sealedEvent);
    prevHash = hash;
  }
  return right(sealed);
};

/** A sealed event with the global position the store gave it, written out field by field (no spread). */
export const atPosition = (event: SealedEvent, globalPosition: GlobalPosition): StoredEvent => {
  const stored: StoredEvent = {
    eventId: event.eventId,
    tenantId: event.tenantId,
    streamId: event.streamId,
    streamVersion: event.streamVersion,
    globalPosition,
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data,
    metadata: event.metadata,
    prevHash: event.prevHash,
    hash: event.hash,
  };
  return event.personal === undefined ? stored : withPersonal(stored, event.personal);
};

/** The event with its personal fields: the one way an envelope gets them after it is built. */
export const withPersonal = <E extends StoredEvent>(event: E, personal: PersonalFields | undefined): E => {
  if (personal === undefined) return event;
  (event as { personal?: PersonalFields }).personal = personal;
  return event;
};
