import type { PersonalFields } from './privacy/personalFields.js';

/**
 * The envelope every store persists. Everything but `globalPosition` and `personal` is covered by
 * `hash` (`personal`'s digests are, in place of their values), so the envelope cannot change after
 * it is written without `verify` noticing.
 */

/** Who did it: the host's user id and role. An id, never a name or an e-mail. */
export interface Actor {
  readonly id: string;
  readonly role: string;
}

/** Who, when and why, recorded with every event and covered by its hash. */
export interface EventMetadata {
  readonly actor: Actor;
  /** Business time: when it happened, as the command said (ISO-8601). */
  readonly occurredAt: string;
  /** The store's clock when the event was appended (ISO-8601). */
  readonly recordedAt: string;
  /** The command that produced the event; a command id already in the stream is not applied twice. */
  readonly commandId: string;
  /** The conversation this belongs to (the first command's id, by default). */
  readonly correlationId: string;
  /** The message that caused this one (the command's id, by default). */
  readonly causationId: string;
}

/**
 * A store-wide position, strictly increasing in commit order. A `bigint` because EventStoreDB's
 * `$all` positions are log offsets that can exceed 2^53: one exact representation everywhere.
 */
export type GlobalPosition = bigint;

/** A domain event before it is stored: its type and payload. */
export interface DomainEvent<T extends string = string, D = unknown> {
  readonly type: T;
  readonly data: D;
}

/** The envelope fields around an event. */
export interface Envelope {
  readonly eventId: string;
  readonly tenantId: string;
  readonly streamId: string;
  /** 1-based and gapless within the stream. */
  readonly streamVersion: number;
  readonly globalPosition: GlobalPosition;
  readonly schemaVersion: number;
  readonly metadata: EventMetadata;
  /** The hash of the previous event of the stream, or `GENESIS_HASH` for the first one. */
  readonly prevHash: string;
  /** SHA-256 (hex) of the canonical JSON of every field above but `globalPosition`, plus type and data. */
  readonly hash: string;
  /**
   * The payload's personal fields by JSON Pointer (salt and digest, or the digest and who erased
   * it): absent on an event without personal values and on every event written before this format.
   */
  readonly personal?: PersonalFields;
}

/**
 * A stored event. For a union of domain events `E`, `RecordedEvent<E>` is a union too, so a
 * `switch (event.type)` narrows `event.data`.
 */
export type RecordedEvent<E extends DomainEvent = DomainEvent> = E extends DomainEvent
  ? Envelope & { readonly type: E['type']; readonly data: E['data'] }
  : never;

/** A stored event exactly as persisted: payload as JSON, at the schema version it was written with. */
export type StoredEvent = Envelope & { readonly type: string; readonly data: unknown };

/** What a writer hands to `append`. */
export interface NewEvent<E extends DomainEvent = DomainEvent> {
  readonly type: E['type'];
  readonly data: E['data'];
  /** Defaults to a new UUID v7. Re-sending the same ids makes a retried append idempotent. */
  readonly eventId?: string;
  readonly metadata: NewEventMetadata;
}

/** The metadata a writer gives; the store stamps `recordedAt` and fills in the defaults. */
export interface NewEventMetadata {
  readonly actor: Actor;
  readonly occurredAt: string;
  /** Defaults to a new id shared by the whole append. */
  readonly commandId?: string;
  /** Defaults to the command id. */
  readonly correlationId?: string;
  /** Defaults to the command id. */
  readonly causationId?: string;
}
