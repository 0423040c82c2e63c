import { type Either, left, right } from 'fp-ts/lib/Either.js';
import type { NewEvent, StoredEvent } from './envelope.js';
import type { DuplicateEventId } from './errors.js';

const alreadyStored = (eventId: string): DuplicateEventId => ({
  _tag: 'DuplicateEventId',
  eventId,
  message: `event id ${eventId} is already stored, and this append is not a retry of the one that stored it`,
});

const NEW: Either<never, 'new'> = right('new');

/**
 * Decides what an append whose events carry ids that already exist means. Given the stored events
 * found under those ids, and the ids a store knows are stored in another stream without having read
 * their events (`elsewhere`): none → a new append; every event found, in this stream, at
 * consecutive versions → a retried append (return the stored ones, write nothing); anything else →
 * `DuplicateEventId`, naming the first such id in append order.
 */
export const classifyRetry = (
  streamId: string,
  events: readonly NewEvent[],
  found: ReadonlyMap<string, StoredEvent>,
  elsewhere: readonly string[],
): Either<DuplicateEventId, 'new' | StoredEvent[]> => {
  if (elsewhere.length > 0) return left(alreadyStored(elsewhere[0]!));
  if (found.size === 0) return NEW;
  const stored: StoredEvent[] = [];
  let someNew = false;
  for (const event of events) {
    const existing = event.eventId === undefined ? undefined : found.get(event.eventId);
    if (existing === undefined) {
      someNew = true;
      continue;
    }
    if (existing.streamId !== streamId) return left(alreadyStored(existing.eventId));
    const previous = stored.at(-1);
    if (previous !== undefined && existing.streamVersion !== previous.streamVersion + 1) {
      return left({
        _tag: 'DuplicateEventId',
        eventId: existing.eventId,
        message: `event id ${existing.eventId} is already stored out of order`,
      });
    }
    stored.push(existing);
  }
  const [first] = stored;
  if (first === undefined) return NEW;
  // Some events are stored and others are not: a new append that reuses ids, not a retry.
  return someNew ? left(alreadyStored(first.eventId)) : right(stored);
};
