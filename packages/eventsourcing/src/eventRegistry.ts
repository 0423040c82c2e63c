import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import { fastValidator, INVALID } from './compiledCodec.js';
import type { DomainEvent, RecordedEvent, StoredEvent } from './envelope.js';
import type { InvalidEvent, UnknownEvent } from './errors.js';
import { toJsonValue } from './jsonValue.js';
import { kernelEvents } from './merkle/anchorEvent.js';
import { acceptingPlaceholders, personalPathsOf } from './privacy/personal.js';
import { placeholdersOf } from './privacy/personalFields.js';
import { withPersonal } from './sealing.js';
import { formatValidationErrors } from './validation.js';

/** Lifts a payload of schema version `n` to version `n + 1`. */
export type Upcaster = (data: unknown) => unknown;

/**
 * One event type: its current schema version, the io-ts codec of the current payload, and the
 * upcasters from every older version. `upcasters[n]` lifts version `n` to `n + 1`.
 */
export interface EventDefinition<T extends string = string, A = unknown> {
  readonly type: T;
  readonly schemaVersion: number;
  readonly codec: t.Type<A, unknown, unknown>;
  readonly upcasters: Readonly<Record<number, Upcaster>>;
}

/** The domain event of a definition: `EventOf<typeof reviewScheduled>`. */
export type EventOf<D> = D extends EventDefinition<infer T, infer A> ? DomainEvent<T, A> : never;

/**
 * Defines an event type. Payloads are JSON values: the codec's encoded form is what is stored and
 * hashed. `upcasters` must cover every version below `schemaVersion`.
 */
export const defineEvent = <T extends string, A>(definition: {
  readonly type: T;
  readonly codec: t.Type<A, unknown, unknown>;
  readonly schemaVersion?: number;
  readonly upcasters?: Readonly<Record<number, Upcaster>>;
}): EventDefinition<T, A> => {
  const schemaVersion = definition.schemaVersion ?? 1;
  if (!Number.isInteger(schemaVersion) || schemaVersion < 1) {
    throw new TypeError(`event ${definition.type}: schemaVersion must be an integer ≥ 1`);
  }
  const upcasters = definition.upcasters ?? {};
  for (let v = 1; v < schemaVersion; v++) {
    if (typeof upcasters[v] !== 'function') {
      throw new TypeError(`event ${definition.type}: no upcaster from schema version ${v} to ${v + 1}`);
    }
  }
  return { type: definition.type, schemaVersion, codec: definition.codec, upcasters };
};

/** The payload of an event about to be stored, validated and in its stored (JSON) form. */
export interface EncodedEvent {
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
}

/**
 * The event types a store accepts and a reader understands. Writes are validated with the
 * current codec; reads are upcast to the current version, then validated.
 */
export interface EventRegistry<E extends DomainEvent = DomainEvent> {
  readonly definitions: ReadonlyMap<string, EventDefinition>;
  /** Validates a payload for writing. `at` says where it would go, for the error. */
  encode(
    event: DomainEvent,
    at: { readonly streamId: string; readonly streamVersion: number },
  ): Either<UnknownEvent | InvalidEvent, EncodedEvent>;
  /** Decodes a stored event to the current schema version, upcasting older payloads. */
  decode(stored: StoredEvent): Either<UnknownEvent | InvalidEvent, RecordedEvent<E>>;
  /**
   * The fields of a type's current payload that hold personal data (`personalPathsOf` of its
   * codec): dot paths with `*` for list items and record values. Empty for a type with none or a
   * type the registry does not know. Computed once, when the registry is built.
   */
  personalPaths(type: string): readonly string[];
  /** This registry with other definitions added (a type defined twice must be the same definition). */
  with<F extends DomainEvent>(other: EventRegistry<F>): EventRegistry<E | F>;
}

const unknownEvent = (streamId: string, streamVersion: number, type: string, schemaVersion: number): UnknownEvent => ({
  _tag: 'UnknownEvent',
  streamId,
  streamVersion,
  type,
  schemaVersion,
  message: `${streamId} version ${streamVersion}: unknown event type ${type} at schema version ${schemaVersion}`,
});

const invalidEvent = (streamId: string, streamVersion: number, type: string, errors: t.Errors): InvalidEvent => {
  const problems = formatValidationErrors(errors, 'data');
  const first = problems[0] ?? { path: 'data', message: 'invalid' };
  return {
    _tag: 'InvalidEvent',
    streamId,
    streamVersion,
    type,
    path: first.path,
    message: `${streamId} version ${streamVersion}: ${type} is invalid: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`,
    problems,
  };
};

/** Validates with the fast path, and with the codec itself (for its errors and their paths) only when that fails. */
const validated = (codec: t.Type<unknown, unknown, unknown>, value: unknown): t.Validation<unknown> => {
  const fast = fastValidator(codec)(value);
  return fast === INVALID ? codec.decode(value) : right(fast);
};

/**
 * The definition of a type: the registry's own, or else one of the kernel's (an anchor recorded in
 * the history), which every registry knows without listing it, so that every store keeps anchors.
 */
const definitionIn = (definitions: ReadonlyMap<string, EventDefinition>, type: string): EventDefinition | undefined =>
  definitions.get(type) ?? kernelEvents.get(type);

const NONE: readonly string[] = Object.freeze([]);

/** The personal paths of every type a registry knows (its own and the kernel's), by type. */
const personalPathsByType = (
  definitions: ReadonlyMap<string, EventDefinition>,
): ReadonlyMap<string, readonly string[]> => {
  const byType = new Map<string, readonly string[]>();
  for (const known of [kernelEvents, definitions]) {
    for (const [type, definition] of known) {
      const found = personalPathsOf(definition.codec);
      if (found.length > 0) byType.set(type, found);
    }
  }
  return byType;
};

const build = <E extends DomainEvent>(definitions: ReadonlyMap<string, EventDefinition>): EventRegistry<E> => {
  const personal = personalPathsByType(definitions);
  return {
    definitions,
    personalPaths: (type) => personal.get(type) ?? NONE,
    encode(event, at) {
      const definition = definitionIn(definitions, event.type);
      if (definition === undefined) return left(unknownEvent(at.streamId, at.streamVersion, String(event.type), 0));
      const { codec } = definition;
      // A payload comes either in its stored form (as JSON from a host) or as the decoded value (a
      // decider's output, e.g. with a Date where the codec stores a string). Validate it as stored;
      // failing that, accept a value the codec recognises and validate its encoded form.
      let decoded = validated(codec, event.data);
      if (isLeft(decoded) && codec.is(event.data)) {
        const again = validated(codec, toJsonValue(codec.encode(event.data)));
        if (!isLeft(again)) decoded = again;
      }
      if (isLeft(decoded)) return left(invalidEvent(at.streamId, at.streamVersion, event.type, decoded.left));
      return right({
        type: event.type,
        schemaVersion: definition.schemaVersion,
        data: toJsonValue(codec.encode(decoded.right)),
      });
    },
    decode(stored) {
      const definition = definitionIn(definitions, stored.type);
      if (
        definition === undefined ||
        !Number.isInteger(stored.schemaVersion) ||
        stored.schemaVersion < 1 ||
        stored.schemaVersion > definition.schemaVersion
      ) {
        return left(unknownEvent(stored.streamId, stored.streamVersion, stored.type, stored.schemaVersion));
      }
      let data = stored.data;
      for (let v = stored.schemaVersion; v < definition.schemaVersion; v++) {
        const upcast = definition.upcasters[v];
        if (upcast === undefined) {
          return left(unknownEvent(stored.streamId, stored.streamVersion, stored.type, stored.schemaVersion));
        }
        data = upcast(data);
      }
      // An erased field holds its placeholder, which the field's own rule may refuse: read it anyway.
      const placeholders = stored.personal === undefined ? undefined : placeholdersOf(stored.personal);
      const codec = definition.codec;
      const decoded =
        placeholders === undefined
          ? validated(codec, data)
          : acceptingPlaceholders(placeholders, () => codec.decode(data));
      if (isLeft(decoded)) return left(invalidEvent(stored.streamId, stored.streamVersion, stored.type, decoded.left));
      // Written out field by field: a spread here would dominate the cost of a replay.
      const event: StoredEvent = {
        eventId: stored.eventId,
        tenantId: stored.tenantId,
        streamId: stored.streamId,
        streamVersion: stored.streamVersion,
        globalPosition: stored.globalPosition,
        type: stored.type,
        schemaVersion: definition.schemaVersion,
        data: decoded.right,
        metadata: stored.metadata,
        prevHash: stored.prevHash,
        hash: stored.hash,
      };
      return right(withPersonal(event, stored.personal) as RecordedEvent<E>);
    },
    with<F extends DomainEvent>(other: EventRegistry<F>) {
      const merged = new Map(definitions);
      for (const [type, definition] of other.definitions) {
        const existing = merged.get(type);
        if (existing !== undefined && existing !== definition) {
          throw new TypeError(`event type ${type} is defined twice with different definitions`);
        }
        merged.set(type, definition);
      }
      return build<E | F>(merged);
    },
  };
};

/** A registry of the given event definitions. */
// biome-ignore lint/suspicious/noExplicitAny: a codec is invariant in its payload type; any payload is accepted here.
export const createEventRegistry = <const Ds extends readonly EventDefinition<string, any>[]>(
  definitions: Ds,
): EventRegistry<EventOf<Ds[number]>> => {
  const map = new Map<string, EventDefinition>();
  for (const definition of definitions as readonly EventDefinition<string, unknown>[]) {
    if (map.has(definition.type)) throw new TypeError(`event type ${definition.type} is defined twice`);
    map.set(definition.type, definition);
  }
  return build(map);
};
