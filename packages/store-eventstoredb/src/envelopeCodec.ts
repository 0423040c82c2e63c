import { type EventData, type JSONRecordedEvent, jsonEvent, type RecordedEvent } from '@eventstore/db-client';
import {
  type EventMetadata,
  type GlobalPosition,
  type PersonalFields,
  type SealedEvent,
  type StoredEvent,
  withPersonal,
} from '@mgmt-review/eventsourcing';
import { esdbEventIdOf } from './eventIds.js';

/**
 * How one of our events is written as an EventStoreDB event, and read back:
 *
 * - event id: `esdbEventIdOf(eventId)`; event type: our `type`; content type `application/json`;
 * - data: our payload, as stored (JSON);
 * - metadata (JSON): `$correlationId` and `$causationId` (the names EventStoreDB's own projections
 *   read) and `envelope`: every other envelope field — event id, tenant, stream id, version, schema
 *   version, our metadata (actor, occurredAt, recordedAt by our clock, command/correlation/causation
 *   ids), prevHash and hash, and the personal fields' salts and digests when the event has any.
 *
 * The global position is not written (it is the server's `$all` position). EventStoreDB's own
 * `created` timestamp is not used: `recordedAt` is our clock's.
 */

interface StoredEnvelope {
  readonly eventId: string;
  readonly tenantId: string;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly schemaVersion: number;
  readonly metadata: EventMetadata;
  readonly prevHash: string;
  readonly hash: string;
  readonly personal?: PersonalFields;
}

interface EsdbMetadata {
  readonly $correlationId: string;
  readonly $causationId: string;
  readonly envelope: StoredEnvelope;
}

export const toEventData = (event: SealedEvent): EventData => {
  const metadata: EsdbMetadata = {
    $correlationId: event.metadata.correlationId,
    $causationId: event.metadata.causationId,
    envelope: {
      eventId: event.eventId,
      tenantId: event.tenantId,
      streamId: event.streamId,
      streamVersion: event.streamVersion,
      schemaVersion: event.schemaVersion,
      metadata: event.metadata,
      prevHash: event.prevHash,
      hash: event.hash,
      ...(event.personal === undefined ? {} : { personal: event.personal }),
    },
  };
  return jsonEvent({
    id: esdbEventIdOf(event.eventId),
    type: event.type,
    // biome-ignore lint/suspicious/noExplicitAny: the payload is JSON already (the registry encoded it).
    data: event.data as any,
    // biome-ignore lint/suspicious/noExplicitAny: the metadata above is plain JSON.
    metadata: metadata as any,
  });
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isString = (value: unknown): value is string => typeof value === 'string';

/** Our metadata, field by field: what a reader may rely on without casting blindly. */
const isEventMetadata = (value: unknown): value is EventMetadata =>
  isObject(value) &&
  isObject(value.actor) &&
  isString(value.actor.id) &&
  isString(value.actor.role) &&
  isString(value.occurredAt) &&
  isString(value.recordedAt) &&
  isString(value.commandId) &&
  isString(value.correlationId) &&
  isString(value.causationId);

/** The envelope in an event's metadata, when it has the shape this store writes. */
const envelopeOf = (metadata: unknown): StoredEnvelope | undefined => {
  if (!isObject(metadata) || !isObject(metadata.envelope)) return undefined;
  const e = metadata.envelope;
  return typeof e.eventId === 'string' &&
    typeof e.tenantId === 'string' &&
    typeof e.streamId === 'string' &&
    typeof e.streamVersion === 'number' &&
    typeof e.schemaVersion === 'number' &&
    isEventMetadata(e.metadata) &&
    typeof e.prevHash === 'string' &&
    typeof e.hash === 'string'
    ? (e as unknown as StoredEnvelope)
    : undefined;
};

/** What the store knows of an event it did not write itself (or whose envelope was removed). */
export interface ForeignEventContext {
  readonly tenantId: string;
  readonly streamId: string;
}

/**
 * Our stored event from an EventStoreDB event read back. An event without our envelope (written to
 * a tenant's stream by someone else) still reads — with an empty hash and the server's revision as
 * its version — so that `verify` reports the break at it instead of a read failing.
 */
export const toStoredEvent = (
  recorded: RecordedEvent,
  globalPosition: GlobalPosition,
  context: ForeignEventContext,
): StoredEvent => {
  const envelope = envelopeOf(recorded.metadata);
  const data = recorded.isJson
    ? (recorded as JSONRecordedEvent).data
    : Buffer.from(recorded.data as Uint8Array).toString('base64');
  if (envelope === undefined) {
    return {
      eventId: recorded.id,
      tenantId: context.tenantId,
      streamId: context.streamId,
      streamVersion: Number(recorded.revision) + 1,
      globalPosition,
      type: recorded.type,
      schemaVersion: 0,
      data,
      metadata: {
        actor: { id: '', role: '' },
        occurredAt: '',
        recordedAt: '',
        commandId: '',
        correlationId: '',
        causationId: '',
      },
      prevHash: '',
      hash: '',
    };
  }
  const personal = isObject(envelope.personal) ? (envelope.personal as PersonalFields) : undefined;
  return withPersonal(
    {
      eventId: envelope.eventId,
      tenantId: envelope.tenantId,
      streamId: envelope.streamId,
      streamVersion: envelope.streamVersion,
      globalPosition,
      type: recorded.type,
      schemaVersion: envelope.schemaVersion,
      data,
      metadata: envelope.metadata,
      prevHash: envelope.prevHash,
      hash: envelope.hash,
    },
    personal,
  );
};
