import { type Either, isLeft, right } from 'fp-ts/lib/Either.js';
import type { Actor } from '../envelope.js';
import type { AppendError, ReadError } from '../errors.js';
import type { TenantEventStore } from '../eventStore.js';
import { type Anchor, decodeAnchor } from './anchor.js';
import { ANCHOR_RECORDED, ANCHOR_STREAM } from './anchorEvent.js';
import { type AnchorOptions, anchorOf } from './anchorOf.js';

/** Who records anchors when the host does not say: the kernel itself. */
export const ANCHOR_ACTOR: Actor = { id: 'mgmt-review', role: 'system' };

/**
 * Takes the tenant's tree head and records it as an `AnchorRecorded` event in the tenant's anchor
 * stream. The rule every check relies on: an anchor covers only events before its own, so the
 * event that records an anchor of size n is leaf n or later of every later tree (later when other
 * events were appended between the head and the record), and never part of the anchor it records.
 */
export const recordAnchor = async (
  store: TenantEventStore,
  options: AnchorOptions & { readonly actor?: Actor } = {},
): Promise<Either<AppendError, Anchor>> => {
  const anchor = await anchorOf(store, options);
  const appended = await store.append(ANCHOR_STREAM, [
    { type: ANCHOR_RECORDED, data: anchor, metadata: { actor: options.actor ?? ANCHOR_ACTOR, occurredAt: anchor.at } },
  ]);
  return isLeft(appended) ? appended : right(anchor);
};

/**
 * The anchors recorded in the tenant's history, oldest first. A recorded anchor whose payload no
 * longer decodes is left out here: its event fails the hash chain, which names it.
 */
export const recordedAnchors = async (store: TenantEventStore): Promise<Either<ReadError, readonly Anchor[]>> => {
  const events = await store.readStream(ANCHOR_STREAM);
  if (isLeft(events)) return events;
  const anchors: Anchor[] = [];
  for (const event of events.right) {
    if (event.type !== ANCHOR_RECORDED) continue;
    const decoded = decodeAnchor(event.data);
    if (!isLeft(decoded)) anchors.push(decoded.right);
  }
  return right(anchors);
};
