import type { Decider, DomainError } from '@mgmt-review/eventsourcing';
import { isLeft } from 'fp-ts/lib/Either.js';
import type { Catalogues } from '../catalogue/catalogue.js';
import { builtInCatalogues } from '../catalogue/index.js';
import { lifecycleRule, mustExist, mustNotExist, notBeforeLast, refuse } from '../shared/rules.js';
import type { ReviewCommand } from './commands.js';
import { decideClosing } from './decideClosing.js';
import { decideInputPack } from './decideInputPack.js';
import { decideMeeting, type MeetingCommand, meetingCommandTypes } from './decideMeeting.js';
import { decidePreparation, type PreparationCommand, preparationCommandTypes } from './decidePreparation.js';
import { one } from './decideSupport.js';
import type { ReviewEvent } from './events.js';
import { evolveReview, initialReviewState, type Review } from './state.js';

const isPreparation = (command: ReviewCommand): command is PreparationCommand =>
  preparationCommandTypes.has(command.type);
const isMeeting = (command: ReviewCommand): command is MeetingCommand => meetingCommandTypes.has(command.type);

/**
 * The management review decider (9.3). `catalogues` are the clause catalogues a review may
 * follow; the built-in one is ISO/IEC 27001:2022.
 */
export const createReviewDecider = (
  catalogues: Catalogues = builtInCatalogues,
): Decider<ReviewCommand, Review, ReviewEvent, DomainError> => ({
  initialState: initialReviewState,
  evolve: evolveReview,
  decide: (command, state) => {
    const exists = state.status !== 'unscheduled';
    const existence =
      command.type === 'ScheduleReview' ? mustNotExist(exists, 'the review') : mustExist(exists, 'the review');
    if (isLeft(existence)) return existence;
    const chronology = notBeforeLast(command.data.at, state.lastAt);
    if (isLeft(chronology)) return chronology;
    if (state.status === 'cancelled') return refuse(lifecycleRule, 'the review is cancelled');
    if (state.status === 'closed') {
      // After close the record stands; only a correction note is added to it.
      return command.type === 'NoteCorrection'
        ? one({
            type: 'ReviewCorrectionNoted',
            data: { reviewId: state.reviewId, note: command.data.note, at: command.data.at },
          })
        : refuse('9.3.3', 'a closed review is only corrected by a note');
    }
    if (command.type === 'FreezeInputPack') return decideInputPack(command, state);
    if (isPreparation(command)) return decidePreparation(command, state, catalogues);
    if (isMeeting(command)) return decideMeeting(command, state);
    return decideClosing(command, state);
  },
});

/** The review decider over the built-in catalogues. */
export const reviewDecider = createReviewDecider();
