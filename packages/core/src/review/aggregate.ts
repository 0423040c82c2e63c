import { defineAggregate } from '../shared/aggregate.js';
import { reviewCommandCodecs } from './commands.js';
import { createReviewDecider } from './decide.js';
import { reviewEventDefinitions } from './events.js';
import { reviewLifecycle } from './lifecycle.js';

/** The management review (9.3): streams `review-<reviewId>`. */
export const reviewAggregate = defineAggregate({
  name: 'review',
  title: 'Review (9.3)',
  group: 'reviews',
  category: 'review',
  idOf: (data) => data.reviewId,
  entityOf: (event) => event.data.reviewId,
  events: reviewEventDefinitions,
  commands: reviewCommandCodecs,
  decider: (context) => createReviewDecider(context.catalogues),
  lifecycle: reviewLifecycle,
  statusOf: (state) => state.status,
  verbs: {
    schedule: { command: 'ScheduleReview', generated: ['reviewId'] },
    reschedule: { command: 'RescheduleReview' },
    inviteParticipant: { command: 'InviteParticipant' },
    requestPreparatoryReport: { command: 'RequestPreparatoryReport', generated: ['reportId'] },
    submitPreparatoryReport: { command: 'SubmitPreparatoryReport' },
    openMeeting: { command: 'OpenMeeting' },
    freezeInputPack: { command: 'FreezeInputPack' },
    presentInput: { command: 'PresentInput' },
    markInputNotCovered: { command: 'MarkInputNotCovered' },
    recordDecision: { command: 'RecordDecision', generated: ['decisionId'] },
    recordVerdict: { command: 'RecordVerdict' },
    draftMinutes: { command: 'DraftMinutes' },
    approveMinutes: { command: 'ApproveMinutes' },
    communicateResults: { command: 'CommunicateResults' },
    scheduleNext: { command: 'ScheduleNextReview' },
    close: { command: 'CloseReview' },
    cancel: { command: 'CancelReview' },
    noteCorrection: { command: 'NoteCorrection' },
  },
});
