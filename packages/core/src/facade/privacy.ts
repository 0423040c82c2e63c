import {
  type Actor,
  type Clock,
  decodeStrict,
  type EraseError,
  type ErasureResult,
  type FieldProblem,
  type InvalidInput,
  invalidInput,
  isErased,
  personalPointersOf,
  type StoredEvent,
  type TenantEventStore,
  valueAt,
} from '@mgmt-review/eventsourcing';
import { isLeft, left, right } from 'fp-ts/lib/Either.js';
import type { TaskEither } from 'fp-ts/lib/TaskEither.js';
import type * as t from 'io-ts';
import { domainRegistry } from '../registry.js';
import { IsoDateTime, NonEmptyString, nonEmptyArray, structWith } from '../shared/codecs.js';
import type { Readable } from './commandFunction.js';

/** A personal field of a stored event whose text contains one of the terms searched for. */
export interface Mention {
  readonly eventId: string;
  readonly type: string;
  readonly streamId: string;
  readonly streamVersion: number;
  /** The field, as an RFC 6901 JSON Pointer into the payload (`/evidence/1`). */
  readonly pointer: string;
}

const why = {
  /** Why, in words: a request's reference, never the data subject's name. */
  reason: NonEmptyString,
  /** The legal basis, e.g. `GDPR art. 17(1)(a)`; shown in the placeholder left at each erased field. */
  basis: NonEmptyString,
};
/** When the erasure is made (business time); the clock's now when left out. */
const when = { at: IsoDateTime };

/** What to erase: named personal fields of one event (RFC 6901 JSON Pointers), why, and on which legal basis. */
export const FieldErasure = structWith(
  { eventId: NonEmptyString, pointers: nonEmptyArray(NonEmptyString), ...why },
  when,
  'FieldErasure',
);
export type ErasureInput = Readable<t.TypeOf<typeof FieldErasure>>;

/** Every personal field that mentions one of the terms (case-insensitive), erased with one reason and basis. */
export const MentionsErasure = structWith({ terms: nonEmptyArray(NonEmptyString), ...why }, when, 'MentionsErasure');
export type MentionsErasureInput = Readable<t.TypeOf<typeof MentionsErasure>>;

/** The terms searched for: a blank term would match every field, so each must have text. */
const MentionsQuery = structWith({ terms: nonEmptyArray(NonEmptyString) }, {}, 'MentionsQuery');

/** What erasing by term did: the erasures made, one per event, and the fields they erased. */
export interface MentionsErased {
  readonly erasures: readonly ErasureResult[];
  readonly fields: readonly Mention[];
}

/** A refusal of the store, with the field of the input it is about (`problems`, as `InvalidInput` has). */
export type ErasureRefused = EraseError & { readonly problems?: readonly FieldProblem[] };

/**
 * The store's refusal with the field of the input it is about, so it reads like any invalid input
 * (`pointers.0: …`): an event not found is `eventId`'s, a field that is not personal or already
 * erased is its pointer's, a malformed request names its field.
 */
const withPlace = (error: EraseError, pointers: readonly string[]): ErasureRefused => {
  const at = (path: string): ErasureRefused => ({ ...error, problems: [{ path, message: error.message }] });
  switch (error._tag) {
    case 'EventNotFound':
    case 'EventUnverified':
      return at('eventId');
    case 'NotPersonalField':
    case 'AlreadyErased': {
      const index = pointers.indexOf(error.pointer);
      return at(index < 0 ? 'pointers' : `pointers.${index}`);
    }
    case 'InvalidErasure':
      return at(error.field);
    default:
      return error;
  }
};

/** The personal fields of a stored event not yet erased, by pointer, with their text. */
const personalTextsOf = (event: StoredEvent): { pointer: string; text: string }[] =>
  personalPointersOf(domainRegistry, event).flatMap((pointer) => {
    const field = event.personal?.[pointer];
    const text = valueAt(event.data, pointer);
    return (field !== undefined && isErased(field)) || typeof text !== 'string' ? [] : [{ pointer, text }];
  });

const mentionsIn = (event: StoredEvent, needles: readonly string[]): Mention[] =>
  personalTextsOf(event)
    .filter((field) => needles.some((needle) => field.text.toLowerCase().includes(needle)))
    .map((field) => ({
      eventId: event.eventId,
      type: event.type,
      streamId: event.streamId,
      streamVersion: event.streamVersion,
      pointer: field.pointer,
    }));

const findMentions = async (store: TenantEventStore, terms: readonly string[]): Promise<Mention[]> => {
  const needles = terms.map((term) => term.toLowerCase());
  const found: Mention[] = [];
  for await (const batch of store.readAll()) for (const event of batch) found.push(...mentionsIn(event, needles));
  return found;
};

/**
 * The facade's privacy functions of one tenant (docs/privacy.md): find the personal fields that
 * mention a data subject, and erase them, thin over the store's `erase` — which refuses a field
 * that is not personal, an event of another tenant, a field already erased, and appends the
 * erasure's record to the tenant's `privacy-log` stream in the same transaction. Inputs are
 * checked strictly first (`InvalidInput` naming the field), so a blank term never matches everything.
 */
export const privacyHandles = (store: TenantEventStore, clock: Clock) => {
  const erase =
    (
      input: ErasureInput,
      options: { readonly actor: Actor },
    ): TaskEither<InvalidInput | ErasureRefused, ErasureResult> =>
    async () => {
      const decoded = decodeStrict(FieldErasure, input);
      if (isLeft(decoded)) return left(invalidInput(decoded.left));
      const erased = await store.erase({
        eventId: input.eventId,
        pointers: input.pointers,
        actor: options.actor,
        reason: input.reason,
        basis: input.basis,
        occurredAt: input.at ?? clock.now(),
      });
      return isLeft(erased) ? left(withPlace(erased.left, input.pointers)) : erased;
    };

  return {
    /**
     * Every personal field of the tenant's history, not yet erased, whose text contains one of the
     * terms (case-insensitive), in global order: the terms are how the host knows its data subject
     * (a name, an e-mail). Fields that are not personal (ids, labels) are not searched.
     */
    mentions:
      (input: { readonly terms: readonly string[] }): TaskEither<InvalidInput, readonly Mention[]> =>
      async () => {
        const decoded = decodeStrict(MentionsQuery, input);
        return isLeft(decoded) ? left(invalidInput(decoded.left)) : right(await findMentions(store, input.terms));
      },
    /** Erases named personal fields of one event (atomic for that event). */
    erase,
    /**
     * Erases every field `mentions` finds, event by event, each erasure atomic. If one is refused
     * the ones before it stay done; running it again erases the rest (an erased field no longer
     * mentions the term).
     */
    eraseMentions:
      (
        input: MentionsErasureInput,
        options: { readonly actor: Actor },
      ): TaskEither<InvalidInput | ErasureRefused, MentionsErased> =>
      async () => {
        const decoded = decodeStrict(MentionsErasure, input);
        if (isLeft(decoded)) return left(invalidInput(decoded.left));
        const fields = await findMentions(store, input.terms);
        const byEvent = new Map<string, string[]>();
        for (const field of fields) byEvent.set(field.eventId, [...(byEvent.get(field.eventId) ?? []), field.pointer]);
        const at = input.at ?? clock.now();
        const erasures: ErasureResult[] = [];
        for (const [eventId, pointers] of byEvent) {
          const erased = await erase({ eventId, pointers, reason: input.reason, basis: input.basis, at }, options)();
          if (isLeft(erased)) return erased;
          erasures.push(erased.right);
        }
        return right({ erasures, fields });
      },
  };
};

/** One tenant's privacy functions. */
export type PrivacyHandles = ReturnType<typeof privacyHandles>;
