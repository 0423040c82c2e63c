import { dayOf, type ReviewEvent, reviewLifecycle } from '@mgmt-review/core';
import type { ReviewRecord } from '../state.js';

const newReview = (event: Extract<ReviewEvent, { type: 'ReviewScheduled' }>, day: string): ReviewRecord => {
  const d = event.data;
  return {
    reviewId: d.reviewId,
    status: reviewLifecycle.statusAfter(reviewLifecycle.initial, event),
    kind: d.kind,
    cadence: d.cadence,
    chairId: d.chair.id,
    catalogueIds: d.catalogueIds,
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
  };
};

/** What the board records of each event beyond the review's status: dates, counts, coverage, decisions. */
const record = (r: ReviewRecord, event: ReviewEvent): void => {
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
      r.closedOn = dayOf(event.data.at);
      return;
    case 'ReviewCancelled':
      r.cancelledOn = dayOf(event.data.at);
      r.cancelReason = event.data.reason;
      return;
    case 'ReviewCorrectionNoted':
      r.corrections += 1;
      return;
    default:
      return;
  }
};

/**
 * Folds one review event into the review records, in place. The status comes from the review's
 * life cycle (nothing a review records lapses); the board adds the dates, counts and contents.
 * Events of a review the records do not know (its `ReviewScheduled` outside the history read) are
 * ignored.
 */
export const applyReviewEvent = (reviews: Map<string, ReviewRecord>, event: ReviewEvent): void => {
  if (event.type === 'ReviewScheduled') {
    reviews.set(event.data.reviewId, newReview(event, dayOf(event.data.at)));
    return;
  }
  const r = reviews.get(event.data.reviewId);
  if (r === undefined) return;
  record(r, event);
  r.status = reviewLifecycle.statusAfter(r.status, event);
};
