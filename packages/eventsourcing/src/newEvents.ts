import { type Either, left, right } from 'fp-ts/lib/Either.js';
import type { NewEvent } from './envelope.js';
import { type DuplicateEventId, type InvalidInput, invalidInput } from './errors.js';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

const isNonEmptyText = (value: unknown): boolean => typeof value === 'string' && value !== '';
const isInstant = (value: unknown): boolean =>
  typeof value === 'string' && ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value));

/** The common case, checked without allocating: every append runs it for every event. */
const isWellFormed = (event: NewEvent): boolean => {
  const m = event.metadata as Partial<NewEvent['metadata']> | undefined | null;
  return (
    typeof m === 'object' &&
    m !== null &&
    isNonEmptyText(m.actor?.id) &&
    isNonEmptyText(m.actor?.role) &&
    isInstant(m.occurredAt) &&
    (event.eventId === undefined || isNonEmptyText(event.eventId))
  );
};

const checkMetadata = (event: NewEvent, index: number): InvalidInput | undefined => {
  if (isWellFormed(event)) return undefined;
  const problems: { path: string; message: string }[] = [];
  const m = event.metadata as Partial<NewEvent['metadata']> | undefined;
  const at = `events.${index}.metadata`;
  if (m === undefined || m === null || typeof m !== 'object') {
    problems.push({ path: at, message: 'metadata is required (actor and occurredAt)' });
  } else {
    if (typeof m.actor?.id !== 'string' || m.actor.id === '')
      problems.push({ path: `${at}.actor.id`, message: 'a non-empty user id is required' });
    if (typeof m.actor?.role !== 'string' || m.actor.role === '')
      problems.push({ path: `${at}.actor.role`, message: 'a non-empty role is required' });
    if (!isInstant(m.occurredAt)) {
      problems.push({ path: `${at}.occurredAt`, message: 'an ISO-8601 timestamp is required' });
    }
  }
  if (event.eventId !== undefined && !isNonEmptyText(event.eventId)) {
    problems.push({ path: `events.${index}.eventId`, message: 'an event id must be a non-empty string' });
  }
  return problems.length === 0 ? undefined : invalidInput(problems);
};

/** The answer for every append whose events let the store generate their ids: nothing to look up. */
const NONE_CHOSEN: Either<never, readonly string[]> = right(Object.freeze([]));

/**
 * Checks what can be checked without the store — each event's shape, metadata and event id, and
 * that no event id appears twice in the append — and returns the event ids the writer chose, in
 * append order: the ids the store must look up before it writes. Appends without chosen ids (the
 * usual case) allocate nothing here.
 */
export const checkNewEvents = (events: unknown): Either<InvalidInput | DuplicateEventId, readonly string[]> => {
  if (!Array.isArray(events)) {
    return left(invalidInput([{ path: 'events', message: 'an array of events is required' }]));
  }
  let chosen: string[] | undefined;
  let seen: Set<string> | undefined;
  for (let index = 0; index < events.length; index++) {
    const event = events[index] as NewEvent | null | undefined;
    if (typeof event !== 'object' || event === null || typeof event.type !== 'string') {
      return left(
        invalidInput([{ path: `events.${index}`, message: 'an event with a type, data and metadata is required' }]),
      );
    }
    const problem = checkMetadata(event, index);
    if (problem !== undefined) return left(problem);
    if (event.eventId === undefined) continue;
    if (chosen === undefined) chosen = [];
    else seen ??= new Set(chosen);
    if (seen?.has(event.eventId) === true) {
      return left({
        _tag: 'DuplicateEventId',
        eventId: event.eventId,
        message: `event id ${event.eventId} appears twice in one append`,
      });
    }
    chosen.push(event.eventId);
    seen?.add(event.eventId);
  }
  return chosen === undefined ? NONE_CHOSEN : right(chosen);
};
