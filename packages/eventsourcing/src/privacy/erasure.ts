import { type Either, left, right } from 'fp-ts/lib/Either.js';
import type { Clock, IdGenerator } from '../clock.js';
import type { Actor, NewEvent, StoredEvent } from '../envelope.js';
import type { AppendError } from '../errors.js';
import type { EventRegistry } from '../eventRegistry.js';
import { hashOf, saltedDigestOf } from '../hashChain.js';
import { ERASURE_RECORDED, type ErasedPlace, type Erasure, erasureIn } from './erasureEvent.js';
import { integrityOf } from './integrity.js';
import {
  type ErasedField,
  type ErasureNote,
  erasedPlaceholder,
  isErased,
  newSalt,
  type PersonalField,
  type PersonalFields,
} from './personalFields.js';
import { personalPointersIn, segmentsOf, valueAt, withValuesAt } from './pointer.js';

/** A host's request to erase personal fields of one event (GDPR art. 17). */
export interface EraseRequest {
  readonly eventId: string;
  /** The fields, as RFC 6901 JSON Pointers into the payload (`/description`, `/feedbackItems/2/text`). */
  readonly pointers: readonly string[];
  readonly actor: Actor;
  /** Why, in words (a request's reference, never the data subject's name). */
  readonly reason: string;
  /** The legal basis (`GDPR art. 17(1)(a)`): shown in the placeholder the field keeps. */
  readonly basis: string;
  /** Business time of the erasure (ISO-8601), as the erasure event's `occurredAt`. */
  readonly occurredAt: string;
}

/** What an erasure did: the erasure event, and the erased event as it is now stored. */
export interface ErasureResult {
  readonly erasure: StoredEvent;
  readonly event: StoredEvent;
  readonly erased: readonly string[];
}

/** A request that is not well-formed: `field` names what is wrong. */
export interface InvalidErasure {
  readonly _tag: 'InvalidErasure';
  readonly field: string;
  readonly message: string;
}

/** No event of this tenant has this id (another tenant's event reads the same). */
export interface EventNotFound {
  readonly _tag: 'EventNotFound';
  readonly eventId: string;
  readonly message: string;
}

/** The pointer is not one of the event's personal fields; `personal` lists those it has. */
export interface NotPersonalField {
  readonly _tag: 'NotPersonalField';
  readonly eventId: string;
  readonly pointer: string;
  readonly personal: readonly string[];
  readonly message: string;
}

/** The field was erased before. */
export interface AlreadyErased {
  readonly _tag: 'AlreadyErased';
  readonly eventId: string;
  readonly pointer: string;
  readonly erasedAt: string;
  readonly message: string;
}

/** The event does not verify as it is stored: erasing would hide a change, so nothing is erased. */
export interface EventUnverified {
  readonly _tag: 'EventUnverified';
  readonly eventId: string;
  readonly message: string;
}

/** The store keeps events immutable (EventStoreDB): it cannot erase; `reason` says why. */
export interface ErasureUnsupported {
  readonly _tag: 'ErasureUnsupported';
  readonly reason: string;
  readonly message: string;
}

/** Why an erasure was refused (appending nothing and changing nothing), or the store's failure. */
export type EraseError =
  | InvalidErasure
  | EventNotFound
  | NotPersonalField
  | AlreadyErased
  | EventUnverified
  | ErasureUnsupported
  | AppendError;

const invalid = (field: string, message: string): InvalidErasure => ({
  _tag: 'InvalidErasure',
  field,
  message: `erasure refused: ${field} ${message}`,
});

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * Checks a request before the store reads anything: an event id, at least one pointer (each an
 * RFC 6901 pointer, none twice), an actor, a reason, a basis, a business time — each named when missing.
 */
export const checkErasure = (request: unknown): Either<InvalidErasure, EraseRequest> => {
  if (request === null || typeof request !== 'object') return left(invalid('request', 'must be an object'));
  const r = request as Partial<Record<keyof EraseRequest, unknown>>;
  if (!isText(r.eventId)) return left(invalid('eventId', 'must be a non-empty text'));
  if (!Array.isArray(r.pointers) || r.pointers.length === 0) {
    return left(invalid('pointers', 'must list at least one field'));
  }
  const seen = new Set<string>();
  for (const [index, pointer] of (r.pointers as unknown[]).entries()) {
    if (typeof pointer !== 'string' || pointer === '' || segmentsOf(pointer) === undefined) {
      return left(invalid(`pointers.${index}`, 'must be a JSON Pointer such as /description'));
    }
    if (seen.has(pointer)) return left(invalid(`pointers.${index}`, `names ${pointer} twice`));
    seen.add(pointer);
  }
  const actor = r.actor as Partial<Actor> | undefined;
  if (actor === null || typeof actor !== 'object' || !isText(actor.id) || !isText(actor.role)) {
    return left(invalid('actor', 'must have a non-empty id and role'));
  }
  if (!isText(r.reason)) return left(invalid('reason', 'must be a non-empty text'));
  if (!isText(r.basis)) return left(invalid('basis', 'must be a non-empty text (the legal basis)'));
  if (!isText(r.occurredAt)) return left(invalid('occurredAt', 'must be an ISO-8601 time'));
  return right({
    eventId: r.eventId,
    pointers: [...(r.pointers as string[])],
    actor: { id: actor.id, role: actor.role },
    reason: r.reason,
    basis: r.basis,
    occurredAt: r.occurredAt,
  });
};

/** What the store writes for an erasure, in one transaction: the event's new payload and sidecar, and the record. */
export interface ErasurePlan {
  /** The erased event as it is now stored (same hash, placeholders in the payload, salts gone). */
  readonly event: StoredEvent;
  /** The `ErasureRecorded` event to append to the tenant's `privacy-log` stream. */
  readonly record: NewEvent;
  readonly erased: readonly string[];
}

/** What planning an erasure needs from the store: its registry, clock and ids. */
export interface ErasureDeps {
  readonly registry: EventRegistry;
  readonly clock: Clock;
  readonly ids: IdGenerator;
}

/**
 * The personal fields of an event: those its sidecar names, and those its type's codec marks today
 * that its payload holds — which, for an event written before salted digests (or before a field was
 * marked), are hashed as text.
 */
export const personalPointersOf = (registry: EventRegistry, event: StoredEvent): readonly string[] => {
  const found = new Set(Object.keys(event.personal ?? {}));
  for (const pointer of personalPointersIn(registry.personalPaths(event.type), event.data)) found.add(pointer);
  return [...found].sort();
};

/**
 * Plans an erasure of `target` (the tenant's event, or `undefined` when it has none with that id),
 * given the tenant's erasure records (the decoded payloads of its `privacy-log`). Refuses, changing
 * nothing, a pointer that is not a personal field of the event, a field already erased and an event
 * that does not verify as stored (its hash, its personal digests, its earlier erasures).
 */
export const planErasure = (
  deps: ErasureDeps,
  request: EraseRequest,
  target: StoredEvent | undefined,
  records: readonly Erasure[],
): Either<EraseError, ErasurePlan> => {
  const { eventId } = request;
  if (target === undefined) {
    return left({ _tag: 'EventNotFound', eventId, message: `erasure refused: no event ${eventId} in this tenant` });
  }
  const personal = personalPointersOf(deps.registry, target);
  for (const pointer of request.pointers) {
    if (!personal.includes(pointer)) {
      return left({
        _tag: 'NotPersonalField',
        eventId,
        pointer,
        personal,
        message: `erasure refused: ${pointer} is not a personal field of event ${eventId} (${target.type}); its personal fields: ${personal.length === 0 ? 'none' : personal.join(', ')}`,
      });
    }
    const field = target.personal?.[pointer];
    if (field !== undefined && isErased(field)) {
      return left({
        _tag: 'AlreadyErased',
        eventId,
        pointer,
        erasedAt: field.erased.erasedAt,
        message: `erasure refused: ${pointer} of event ${eventId} was erased at ${field.erased.erasedAt}`,
      });
    }
  }
  const problem = integrityOf(target, records);
  if (problem !== undefined) {
    return left({
      _tag: 'EventUnverified',
      eventId,
      message: `erasure refused: event ${eventId} does not verify as stored (${problem.detail}); nothing was erased`,
    });
  }
  const note: ErasureNote = {
    erasureEventId: deps.ids.next(),
    erasedAt: deps.clock.now(),
    by: request.actor,
    reason: request.reason,
    basis: request.basis,
  };
  const placeholder = erasedPlaceholder(note);
  const sidecar: Record<string, PersonalField> = { ...target.personal };
  const places: ErasedPlace[] = [];
  const replacements = new Map<string, unknown>();
  for (const pointer of request.pointers) {
    // Before salted digests there is none: a digest under a salt that is dropped at once, so it commits to nothing guessable.
    const digest = target.personal?.[pointer]?.digest ?? saltedDigestOf(newSalt(), valueAt(target.data, pointer));
    const erased: ErasedField = { digest, erased: note };
    sidecar[pointer] = erased;
    places.push({ pointer, digest });
    replacements.set(pointer, placeholder);
  }
  const personalFields: PersonalFields = sidecar;
  const event: StoredEvent = { ...target, data: withValuesAt(target.data, replacements), personal: personalFields };
  const remainder = hashOf(event);
  const erasure: Erasure = {
    eventId,
    streamId: target.streamId,
    fields: places,
    reason: request.reason,
    basis: request.basis,
    erasedAt: note.erasedAt,
    // A field hashed as text (an event written before salted digests, or before the field was
    // marked) changes what the hash covers: the erasure records what verification checks instead.
    ...(remainder === event.hash ? {} : { remainderDigest: remainder }),
  };
  const record: NewEvent = {
    type: ERASURE_RECORDED,
    eventId: note.erasureEventId,
    data: erasure,
    metadata: { actor: request.actor, occurredAt: request.occurredAt },
  };
  return right({ event, record, erased: request.pointers });
};

/** The erasure records of a tenant, from the events of its privacy stream (malformed ones left out: their hash names them). */
export const erasureRecordsOf = (events: readonly StoredEvent[]): readonly Erasure[] => {
  const records: Erasure[] = [];
  for (const event of events) {
    const record = erasureIn(event);
    if (record !== undefined) records.push(record);
  }
  return records;
};

/**
 * The `erase` of a store that cannot erase (its events are immutable, or it is a read-only view):
 * every request is refused with `ErasureUnsupported`, saying why.
 */
export const eraseUnsupported =
  (reason: string) =>
  async (_request: EraseRequest): Promise<Either<EraseError, ErasureResult>> =>
    left({ _tag: 'ErasureUnsupported', reason, message: `erasure refused: ${reason}` });
