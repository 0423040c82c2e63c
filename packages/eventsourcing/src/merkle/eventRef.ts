import type { StoredEvent } from '../envelope.js';

/** Which event: its id, stream, version and global position (in decimal, as in an anchor). */
export interface EventRef {
  readonly eventId: string;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly position: string;
}

/** The reference of a stored event. */
export const refOf = (event: StoredEvent): EventRef => ({
  eventId: event.eventId,
  streamId: event.streamId,
  streamVersion: event.streamVersion,
  position: String(event.globalPosition),
});

/** How an event is named in a message: `review-q1 version 3 (event …, position 95)`. */
export const describeRef = (ref: EventRef): string =>
  `${ref.streamId} version ${ref.streamVersion} (event ${ref.eventId}, position ${ref.position})`;
