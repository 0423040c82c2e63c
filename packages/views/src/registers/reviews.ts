import type { ReviewEvent } from '@mgmt-review/core';
import { dayOf } from '@mgmt-review/core';
import type { ReviewRecord } from '../state.js';

const newReview = (d: Extract<ReviewEvent, { type: 'ReviewScheduled' }>['data'], day: string): ReviewRecord => ({
  reviewId: d.reviewId,
  status: 'scheduled',
  kind: d.kind,
  cadence: d.cadence,
  chairId: d.chair.id,
  catalogueId: d.catalogueId,
  previousReviewId: d.previousReviewId,
  scheduledOn: day,
  firstPlannedDate: d.plannedDate,
  plannedDate: d.plannedDate,
  reschedules: 0,
  participants: 0,
  reportsRequested: 0,
  reportsSubmitted: 0,
  agenda: d.agenda,
  coverage: new Map(),
  heldOn: undefined,
  decisions: [],
  verdicts: {},
  minutes: 'none',
  minutesApprovedOn: undefined,
  minutesApprovedBy: undefined,
  communicatedOn: undefined,
  nextReview: undefined,
  closedOn: undefined,
  cancelledOn: undefined,
  cancelReason: undefined,
  corrections: 0,
});

/**
 * Folds one review event into the review records, in place. Events of a review the records do
 * not know (its `ReviewScheduled` outside the history read) are ignored.
 */
export const applyReviewEvent = (reviews: Map<string, ReviewRecord>, event: ReviewEvent): void => {
  if (event.type === 'ReviewScheduled') {
    reviews.set(event.data.reviewId, newReview(event.data, dayOf(event.data.at)));
    return;
  }
  const r = reviews.get(event.data.reviewId);
  if (r === undefined) return;
  switch (event.type) {
    case 'ReviewRescheduled':
      r.plannedDate = event.data.plannedDate;
      r.reschedules += 1;
      return;
    case 'ParticipantInvited':
      r.participants += 1;
      return;
    case 'PreparatoryReportRequested':
      r.reportsRequested += 1;
      return;
    case 'PreparatoryReportSubmitted':
      r.reportsSubmitted += 1;
      return;
    case 'MeetingOpened':
      r.status = 'meetingOpen';
      r.heldOn = dayOf(event.data.at);
      return;
    case 'InputPresented':
      r.coverage.set(event.data.inputId, 'presented');
      return;
    case 'InputNotCovered':
      r.coverage.set(event.data.inputId, 'notCovered');
      return;
    case 'DecisionRecorded': {
      const d = event.data;
      r.decisions.push({ decisionId: d.decisionId, kind: d.kind, description: d.description, actionIds: d.actionIds });
      return;
    }
    case 'VerdictRecorded':
      r.verdicts[event.data.aspect] = event.data.outcome;
      return;
    case 'MinutesDrafted':
      r.minutes = 'drafted';
      return;
    case 'MinutesApproved':
      r.status = 'minutesApproved';
      r.minutes = 'approved';
      r.minutesApprovedOn = dayOf(event.data.at);
      r.minutesApprovedBy = event.data.approvedBy;
      return;
    case 'ResultsCommunicated':
      r.communicatedOn = event.data.communicatedOn;
      return;
    case 'NextReviewScheduled': {
      const d = event.data;
      r.nextReview = {
        plannedDate: d.plannedDate,
        withinCadence: d.withinCadence,
        nextReviewId: d.nextReviewId,
        longerGapReason: d.longerGapReason,
      };
      return;
    }
    case 'ReviewClosed':
      r.status = 'closed';
      r.closedOn = dayOf(event.data.at);
      return;
    case 'ReviewCancelled':
      r.status = 'cancelled';
      r.cancelledOn = dayOf(event.data.at);
      r.cancelReason = event.data.reason;
      return;
    case 'ReviewCorrectionNoted':
      r.corrections += 1;
      return;
  }
};
