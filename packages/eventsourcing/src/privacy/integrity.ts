import type { StoredEvent } from '../envelope.js';
import { hashOf, saltedDigestOf } from '../hashChain.js';
import { type Erasure, PRIVACY_STREAM } from './erasureEvent.js';
import { erasedPlaceholder, isErased, type PersonalField } from './personalFields.js';
import { valueAt } from './pointer.js';

/** What an event's own content fails: its hash (or one personal field), or an erasure no record names. */
export interface IntegrityProblem {
  readonly kind: 'hash-mismatch' | 'erasure-unrecorded';
  readonly detail: string;
}

/** A field erased from an event, as its erasure record says: what verification reports. */
export interface ErasedFieldReport {
  readonly eventId: string;
  readonly streamId: string;
  readonly pointer: string;
  readonly erasedAt: string;
  readonly basis: string;
}

/** Whether an event has a personal field erased: its check then needs the tenant's erasure records. */
export const hasErasedFields = (event: StoredEvent): boolean => {
  const personal = event.personal;
  if (personal === undefined) return false;
  for (const pointer in personal) if (isErased(personal[pointer]!)) return true;
  return false;
};

const isSealed = (field: PersonalField): field is { readonly salt: string; readonly digest: string } =>
  typeof (field as { salt?: unknown }).salt === 'string' && typeof field.digest === 'string';

/** The record of `event`'s erasure that names this place with this digest. */
const recordOf = (records: readonly Erasure[], eventId: string, pointer: string, digest: string): Erasure | undefined =>
  records.find((r) => r.eventId === eventId && r.fields.some((f) => f.pointer === pointer && f.digest === digest));

/**
 * The hash an event is checked against: its own, or — for an event written before salted digests
 * whose fields were erased since — the remainder digest of its latest erasure.
 */
export const expectedHashOf = (event: StoredEvent, records: readonly Erasure[]): string => {
  for (let i = records.length - 1; i >= 0; i--) {
    const record = records[i]!;
    if (record.eventId === event.eventId && record.remainderDigest !== undefined) return record.remainderDigest;
  }
  return event.hash;
};

/**
 * Checks one event's own content: each personal field still written against its salted digest,
 * each erased one against the erasure record that names its place and digest (and its placeholder
 * against that record), then the hash over everything else. `records` are the tenant's erasure
 * records (only those of this event matter); the erased fields found are added to `erased`.
 */
export const integrityOf = (
  event: StoredEvent,
  records: readonly Erasure[],
  erased?: ErasedFieldReport[],
): IntegrityProblem | undefined => {
  const personal = event.personal;
  if (personal !== undefined) {
    for (const pointer in personal) {
      const field = personal[pointer]!;
      const value = valueAt(event.data, pointer);
      if (isSealed(field)) {
        if (value === undefined || saltedDigestOf(field.salt, value) !== field.digest) {
          return { kind: 'hash-mismatch', detail: `personal field ${pointer} changed` };
        }
      } else if (isErased(field) && typeof field.digest === 'string') {
        const record = recordOf(records, event.eventId, pointer, field.digest);
        if (record === undefined) {
          return {
            kind: 'erasure-unrecorded',
            detail: `personal field ${pointer} is marked erased, but no erasure in ${PRIVACY_STREAM} records it with its digest`,
          };
        }
        if (value !== erasedPlaceholder(record)) {
          return { kind: 'hash-mismatch', detail: `erased personal field ${pointer} changed` };
        }
        erased?.push({
          eventId: event.eventId,
          streamId: event.streamId,
          pointer,
          erasedAt: record.erasedAt,
          basis: record.basis,
        });
      } else {
        return { kind: 'hash-mismatch', detail: `personal field ${pointer} changed` };
      }
    }
  }
  const expected = personal === undefined ? event.hash : expectedHashOf(event, records);
  if (hashOf(event) !== expected) {
    return { kind: 'hash-mismatch', detail: `stored hash ${event.hash.slice(0, 12)}… does not match its content` };
  }
  return undefined;
};
