import { isLeft } from 'fp-ts/lib/Either.js';
import { reviewAgendaOf } from '../catalogue/agenda.js';
import type { Catalogues } from '../catalogue/catalogue.js';
import { chronologyRule, lifecycleRule, refuse } from '../shared/rules.js';
import { cataloguesFollowed } from './catalogues.js';
import type { ReviewCommand } from './commands.js';
import { type Decided, one } from './decideSupport.js';
import type { Review } from './state.js';

/** Commands that plan and prepare a review, up to the opening of its meeting (9.3.1, 9.3.2). */
export type PreparationCommand = Extract<
  ReviewCommand,
  {
    type:
      | 'ScheduleReview'
      | 'RescheduleReview'
      | 'InviteParticipant'
      | 'RequestPreparatoryReport'
      | 'SubmitPreparatoryReport'
      | 'OpenMeeting';
  }
>;

/** The command types of `PreparationCommand`. */
export const preparationCommandTypes: ReadonlySet<ReviewCommand['type']> = new Set<ReviewCommand['type']>([
  'ScheduleReview',
  'RescheduleReview',
  'InviteParticipant',
  'RequestPreparatoryReport',
  'SubmitPreparatoryReport',
  'OpenMeeting',
]);

/** Decides a preparation command for a review that is neither closed nor cancelled. */
export const decidePreparation = (command: PreparationCommand, state: Review, catalogues: Catalogues): Decided => {
  switch (command.type) {
    case 'ScheduleReview': {
      const d = command.data;
      const followed = cataloguesFollowed(d, catalogues);
      if (isLeft(followed)) return followed;
      if (d.periodCovered.to < d.periodCovered.from) {
        return refuse(chronologyRule, 'the period covered ends before it starts');
      }
      if (d.previousReviewId === d.reviewId) return refuse(lifecycleRule, 'a review cannot follow itself');
      return one({
        type: 'ReviewScheduled',
        data: {
          reviewId: d.reviewId,
          plannedDate: d.plannedDate,
          cadence: d.cadence,
          kind: d.kind,
          chair: d.chair,
          periodCovered: d.periodCovered,
          catalogueIds: followed.right.map((catalogue) => catalogue.id),
          agenda: reviewAgendaOf(followed.right).map((input) => input.id),
          previousReviewId: d.previousReviewId,
          at: d.at,
        },
      });
    }
    case 'RescheduleReview': {
      const d = command.data;
      if (state.status !== 'scheduled') return refuse(lifecycleRule, 'a review is rescheduled only before its meeting');
      if (d.plannedDate === state.plannedDate)
        return refuse(lifecycleRule, `the review is already planned on ${d.plannedDate}`);
      return one({
        type: 'ReviewRescheduled',
        data: {
          reviewId: state.reviewId,
          previousPlannedDate: state.plannedDate,
          plannedDate: d.plannedDate,
          reason: d.reason,
          at: d.at,
        },
      });
    }
    case 'InviteParticipant': {
      const d = command.data;
      if (state.status !== 'scheduled') return refuse(lifecycleRule, 'participants are invited before the meeting');
      if (state.participants.some((p) => p.id === d.participant.id)) {
        return refuse(lifecycleRule, `${d.participant.id} is already invited`);
      }
      return one({
        type: 'ParticipantInvited',
        data: { reviewId: state.reviewId, participant: d.participant, at: d.at },
      });
    }
    case 'RequestPreparatoryReport': {
      const d = command.data;
      if (state.status !== 'scheduled')
        return refuse(lifecycleRule, 'preparatory reports are requested before the meeting');
      if (!state.participants.some((p) => p.id === d.requestedFrom)) {
        return refuse(lifecycleRule, `${d.requestedFrom} is not an invited participant`);
      }
      if (state.reports.some((r) => r.reportId === d.reportId)) {
        return refuse(lifecycleRule, `report ${d.reportId} is already requested`);
      }
      if (d.dueDate > state.plannedDate) {
        return refuse(
          chronologyRule,
          `a preparatory report is due by the meeting (${state.plannedDate}), not ${d.dueDate}`,
        );
      }
      const unknown = d.inputIds.filter((inputId) => !state.agenda.includes(inputId));
      if (unknown.length > 0) return refuse('9.3.2', `inputs ${unknown.join(', ')} are not on the agenda`);
      return one({
        type: 'PreparatoryReportRequested',
        data: {
          reviewId: state.reviewId,
          reportId: d.reportId,
          requestedFrom: d.requestedFrom,
          inputIds: d.inputIds,
          dueDate: d.dueDate,
          at: d.at,
        },
      });
    }
    case 'SubmitPreparatoryReport': {
      const d = command.data;
      const report = state.reports.find((r) => r.reportId === d.reportId);
      if (report === undefined) return refuse(lifecycleRule, `report ${d.reportId} was not requested`);
      if (report.submitted) return refuse(lifecycleRule, `report ${d.reportId} is already submitted`);
      if (state.status !== 'scheduled')
        return refuse(lifecycleRule, 'preparatory reports are submitted before the meeting');
      return one({
        type: 'PreparatoryReportSubmitted',
        data: {
          reviewId: state.reviewId,
          reportId: d.reportId,
          submittedBy: command.actor.id,
          summary: d.summary,
          references: d.references,
          at: d.at,
        },
      });
    }
    case 'OpenMeeting': {
      const d = command.data;
      if (state.status !== 'scheduled') return refuse(lifecycleRule, 'the meeting is opened once');
      // 9.3.1: top management reviews the ISMS — a meeting without it is not a management review.
      if (!d.attendees.some((p) => p.role === 'topManagement')) {
        return refuse('9.3.1', 'top management must attend the management review');
      }
      return one({
        type: 'MeetingOpened',
        data: { reviewId: state.reviewId, attendees: d.attendees, apologies: d.apologies, at: d.at },
      });
    }
  }
};
