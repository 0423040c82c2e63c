import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import type { IdGenerator } from './clock.js';
import type { EventMetadata, GlobalPosition, NewEvent, StoredEvent } from './envelope.js';
import { type AppendError, type DuplicateEventId, type InvalidInput, invalidInput } from './errors.js';
import type { EventRegistry } from './eventRegistry.js';
import { GENESIS_HASH, hashOf } from './hashChain.js';

/** What a store knows of a stream before it appends: its last version and hash. */
export interface StreamHead {
  readonly version: number;
  readonly hash: string;
}

/** The head of a stream with no events: version 0, chained to the genesis hash. */
export const EMPTY_HEAD: StreamHead = { version: 0, hash: GENESIS_HASH };

/** A sealed event: versioned and hashed, waiting for the store to give it a global position. */
export type SealedEvent = Omit<StoredEvent, 'globalPosition'>;

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

const isNonEmptyText = (value: unknown): boolean => typeof value === 'string' && value !== '';
const isInstant = (value: unknown): boolean =>
  typeof value === 'string' && ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value));

/** The common case, checked without allocating: every append runs it for every event. */
const isWellFormed = (event: NewEvent): boolean => {
  const m = event.metadata as Partial<NewEvent['metadata']> | undefined | null;
  return (
    typeof m === 'object' &&
    m !== null &&
    isNonEmptyText(m.actor?.id) &&
    isNonEmptyText(m.actor?.role) &&
    isInstant(m.occurredAt) &&
    (event.eventId === undefined || isNonEmptyText(event.eventId))
  );
};

const checkMetadata = (event: NewEvent, index: number): InvalidInput | undefined => {
  if (isWellFormed(event)) return undefined;
  const problems: { path: string; message: string }[] = [];
  const m = event.metadata as Partial<NewEvent['metadata']> | undefined;
  const at = `events.${index}.metadata`;
  if (m === undefined || m === null || typeof m !== 'object') {
    problems.push({ path: at, message: 'metadata is required (actor and occurredAt)' });
  } else {
    if (typeof m.actor?.id !== 'string' || m.actor.id === '')
      problems.push({ path: `${at}.actor.id`, message: 'a non-empty user id is required' });
    if (typeof m.actor?.role !== 'string' || m.actor.role === '')
      problems.push({ path: `${at}.actor.role`, message: 'a non-empty role is required' });
    if (typeof m.occurredAt !== 'string' || !ISO_INSTANT.test(m.occurredAt) || Number.isNaN(Date.parse(m.occurredAt))) {
      problems.push({ path: `${at}.occurredAt`, message: 'an ISO-8601 timestamp is required' });
    }
  }
  if (event.eventId !== undefined && (typeof event.eventId !== 'string' || event.eventId === '')) {
    problems.push({ path: `events.${index}.eventId`, message: 'an event id must be a non-empty string' });
  }
  if (problems.length === 0) return undefined;
  const first = problems[0]!;
  return {
    _tag: 'InvalidInput',
    path: first.path,
    message: problems.map((p) => `${p.path}: ${p.message}`).join('; '),
    problems,
  };
};

/** Checks what can be checked without the store: envelope metadata and event ids. */
export const checkNewEvents = (events: readonly NewEvent[]): Either<InvalidInput | DuplicateEventId, void> => {
  if (!Array.isArray(events)) {
    return left(invalidInput([{ path: 'events', message: 'an array of events is required' }]));
  }
  const ids = events.length > 1 ? new Set<string>() : undefined;
  for (let index = 0; index < events.length; index++) {
    const event = events[index] as NewEvent | null | undefined;
    if (typeof event !== 'object' || event === null || typeof event.type !== 'string') {
      return left(
        invalidInput([{ path: `events.${index}`, message: 'an event with a type, data and metadata is required' }]),
      );
    }
    const problem = checkMetadata(event, index);
    if (problem !== undefined) return left(problem);
    if (event.eventId !== undefined && ids !== undefined) {
      if (ids.has(event.eventId)) {
        return left({
          _tag: 'DuplicateEventId',
          eventId: event.eventId,
          message: `event id ${event.eventId} appears twice in one append`,
        });
      }
      ids.add(event.eventId);
    }
  }
  return WELL_FORMED;
};

const WELL_FORMED: Either<never, void> = right(undefined);

/**
 * Validates, versions and hashes events for one append — the part every store does the same way.
 * Run it inside the store's write transaction, after the expected-version check, with the stream's
 * head as read in that transaction.
 */
export const sealEvents = (input: {
  readonly registry: EventRegistry;
  readonly ids: IdGenerator;
  readonly tenantId: string;
  readonly streamId: string;
  readonly head: StreamHead;
  readonly recordedAt: string;
  readonly events: readonly NewEvent[];
}): Either<AppendError, SealedEvent[]> => {
  const sealed: SealedEvent[] = [];
  const commandId =
    input.events.find((e) => e.metadata.commandId !== undefined)?.metadata.commandId ?? input.ids.next();
  let prevHash = input.head.hash;
  let version = input.head.version;
  for (const event of input.events) {
    version += 1;
    const encoded = input.registry.encode(event, { streamId: input.streamId, streamVersion: version });
    if (isLeft(encoded)) return encoded;
    const ownCommandId = event.metadata.commandId ?? commandId;
    const metadata: EventMetadata = {
      actor: { id: event.metadata.actor.id, role: event.metadata.actor.role },
      occurredAt: event.metadata.occurredAt,
      recordedAt: input.recordedAt,
      commandId: ownCommandId,
      correlationId: event.metadata.correlationId ?? ownCommandId,
      causationId: event.metadata.causationId ?? ownCommandId,
    };
    // Built once with its final shape; the hash, computed over the other fields, is filled in last.
    const sealedEvent = {
      eventId: event.eventId ?? input.ids.next(),
      tenantId: input.tenantId,
      streamId: input.streamId,
      streamVersion: version,
      type: encoded.right.type,
      schemaVersion: encoded.right.schemaVersion,
      data: encoded.right.data,
      metadata,
      prevHash,
      hash: '',
    };
    const hash = hashOf(sealedEvent);
    sealedEvent.hash = hash;
    sealed.push(sealedEvent);
    prevHash = hash;
  }
  return right(sealed);
};

/** A sealed event with the global position the store gave it, written out field by field (no spread). */
export const atPosition = (event: SealedEvent, globalPosition: GlobalPosition): StoredEvent => ({
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
});

/**
 * Decides what an append whose events carry ids that already exist means. Given the stored events
 * found for those ids: none → a new append; all of them, in this stream, in the same order → a
 * retried append (return the stored ones, write nothing); anything else → `DuplicateEventId`.
 */
export const classifyRetry = (
  streamId: string,
  events: readonly NewEvent[],
  found: ReadonlyMap<string, StoredEvent>,
): Either<DuplicateEventId, 'new' | StoredEvent[]> => {
  if (found.size === 0) return right('new');
  const stored: StoredEvent[] = [];
  for (const event of events) {
    const existing = event.eventId === undefined ? undefined : found.get(event.eventId);
    if (existing === undefined || existing.streamId !== streamId) {
      const id = event.eventId ?? [...found.keys()][0] ?? '';
      return left({
        _tag: 'DuplicateEventId',
        eventId: [...found.keys()][0] ?? id,
        message: `event id ${[...found.keys()][0]} is already stored, and this append is not a retry of the one that stored it`,
      });
    }
    stored.push(existing);
  }
  for (let i = 1; i < stored.length; i++) {
    if (stored[i]!.streamVersion !== stored[i - 1]!.streamVersion + 1) {
      return left({
        _tag: 'DuplicateEventId',
        eventId: stored[i]!.eventId,
        message: `event id ${stored[i]!.eventId} is already stored out of order`,
      });
    }
  }
  return right(stored);
};
