import type { DomainError } from '@mgmt-review/eventsourcing';
import { type Either, right } from 'fp-ts/lib/Either.js';
import { lifecycleRule, refuse } from '../shared/rules.js';
import { catalogueNames } from './catalogues.js';
import type { ReviewEvent } from './events.js';
import type { Review } from './state.js';

/** What a review command decides: the events to append, or why not. */
export type Decided = Either<DomainError, readonly ReviewEvent[]>;

export const one = (event: ReviewEvent): Decided => right([event]);

/**
 * Commands accepted while the meeting is open and the minutes are not approved yet. Before the
 * meeting, the refusal names `rule`: the clause that makes it a result of the meeting.
 */
export const inMeeting = (state: Review, what: string, rule: string): Decided | undefined =>
  state.status === 'meetingOpen'
    ? undefined
    : state.status === 'scheduled'
      ? refuse(rule, `${what} only once the meeting is opened`)
      : refuse(lifecycleRule, `${what} only while the meeting is open and its minutes are not approved`);

/** Inputs a review presents: the agenda of its catalogues, each addressed once. */
export const onAgenda = (state: Review, inputId: string): Decided | undefined =>
  state.agenda.includes(inputId)
    ? state.coverage.has(inputId)
      ? refuse('9.3.2', `input ${inputId} is already addressed in this review`)
      : undefined
    : refuse(
        '9.3.2',
        `input ${inputId} is not on the agenda of catalogue ${catalogueNames(state.catalogueIds)} (${state.agenda.join(', ')})`,
      );

/**
 * 9.3.2: an input presented from the frozen pack cites the part frozen for it, by its digest, so
 * the data the meeting saw is the data that was frozen. Presenting without a citation stays allowed.
 */
export const citesFrozenPart = (state: Review, inputId: string, digest: string | undefined): Decided | undefined => {
  if (digest === undefined) return undefined;
  const frozen = state.inputPack?.partDigests.get(inputId);
  if (frozen === undefined)
    return refuse('9.3.2', `input ${inputId} cites a frozen part, but no input pack is frozen for this review`);
  return frozen === digest
    ? undefined
    : refuse(
        '9.3.2',
        `input ${inputId} cites part ${digest.slice(0, 12)}…, but the part frozen for it is ${frozen.slice(0, 12)}…`,
      );
};
