import { type Position, START } from '@eventstore/db-client';
import type { GlobalPosition } from '@mgmt-review/eventsourcing';

/**
 * The one conversion between EventStoreDB's `$all` positions and our global positions. A global
 * position is the event's `$all` commit position, exact as a `bigint` (it is a byte offset in the
 * transaction log and may exceed 2^53). For events not written in an explicit transaction — all of
 * this store's — commit and prepare positions are equal, and each event has its own.
 */
export const globalPositionOf = (position: Position): GlobalPosition => position.commit;

/** Where a `$all` subscription starts to deliver events strictly after `after` (0 is the beginning). */
export const subscriptionStart = (after: GlobalPosition): Position | typeof START =>
  after <= 0n ? START : { commit: after, prepare: after };

/** EventStoreDB reports "no position" on some reads as the largest unsigned 64-bit value. */
export const isRealPosition = (position: Position | undefined): position is Position =>
  position !== undefined && position.commit !== 0xffff_ffff_ffff_ffffn && position.commit >= 0n;
