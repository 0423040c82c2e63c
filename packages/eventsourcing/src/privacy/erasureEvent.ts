import { isLeft } from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import type { StoredEvent } from '../envelope.js';
import type { EventDefinition } from '../eventRegistry.js';
import { structWith } from '../structWith.js';

/** The type of the event that records an erasure of personal fields in its tenant's history. */
export const ERASURE_RECORDED = 'ErasureRecorded';

/**
 * The stream each tenant's erasures go to. Every stream belongs to one tenant, so one stream id
 * serves all; the category is the kernel's own, and no aggregate uses it.
 */
export const PRIVACY_STREAM = 'privacy-log';

/** One erased field: its place in the event's payload and the digest the event's hash covers. */
export interface ErasedPlace {
  readonly pointer: string;
  readonly digest: string;
}

/**
 * What an erasure recorded: which event's fields were erased (with the digests that stay in its
 * hash), when, why and on which legal basis. Who erased them is the event's actor. Never the
 * erased text. For an event written before salted digests, `remainderDigest` is the hash of the
 * event's hashed form with the erased values replaced by their digests: what verification checks
 * that event against from then on.
 */
export interface Erasure {
  readonly eventId: string;
  readonly streamId: string;
  readonly fields: readonly ErasedPlace[];
  readonly reason: string;
  readonly basis: string;
  /** When the values were removed (ISO-8601, the store's clock). */
  readonly erasedAt: string;
  readonly remainderDigest?: string;
}

const Text = t.refinement(t.string, (s) => s.trim() !== '', 'a non-empty text');
const Hex64 = t.refinement(t.string, (s) => /^[0-9a-f]{64}$/.test(s), '64 lower-case hex digits');

/** The io-ts codec of an erasure record. */
export const erasureCodec: t.Type<Erasure, Erasure, unknown> = structWith(
  {
    eventId: Text,
    streamId: Text,
    fields: t.readonlyArray(t.type({ pointer: t.string, digest: Hex64 })),
    reason: Text,
    basis: Text,
    erasedAt: Text,
  },
  { remainderDigest: Hex64 },
  'Erasure',
);

/**
 * The kernel's erasure event, known to every registry like `AnchorRecorded` (see `kernelEvents`),
 * so every store accepts it and every reader decodes it; read models route it nowhere, as an
 * event of no aggregate. A literal rather than `defineEvent`: the registry imports this module.
 */
export const erasureRecorded: EventDefinition<typeof ERASURE_RECORDED, Erasure> = {
  type: ERASURE_RECORDED,
  schemaVersion: 1,
  codec: erasureCodec,
  upcasters: {},
};

/** The erasure an event records, if it is a well-formed `ErasureRecorded` of the privacy stream. */
export const erasureIn = (event: StoredEvent): Erasure | undefined => {
  if (event.type !== ERASURE_RECORDED || event.streamId !== PRIVACY_STREAM) return undefined;
  const decoded = erasureCodec.decode(event.data);
  return isLeft(decoded) ? undefined : decoded.right;
};
