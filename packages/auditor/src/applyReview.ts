import { dayOf, type ManagementReviewEvent, type ReviewEvent, reviewLifecycle } from '@mgmt-review/core';
import type { RecordedEvent } from '@mgmt-review/eventsourcing';
import { type Evidence, evidenceOf } from './evidence.js';
import { recordedStatus } from './recordedStatus.js';
import type { AuditorState, ReviewRecord } from './state.js';

const statusAfter = recordedStatus(reviewLifecycle, 'unscheduled');

type Recorded<T extends ReviewEvent['type']> = RecordedEvent<Extract<ManagementReviewEvent, { type: T }>>;

const scheduled = (event: Recorded<'ReviewScheduled'>, evidence: Evidence): ReviewRecord => {
  const d = event.data;
  return {
    reviewId: d.reviewId,
    kind: d.kind,
    cadence: d.cadence,
    chairId: d.chair.id,
    previousReviewId: d.previousReviewId,
    agenda: d.agenda,
    scheduled: evidence,
    status: statusAfter(reviewLifecycle.initial, event),
    plannedDate: d.plannedDate,
    rescheduled: [],
    participants: [],
    reports: [],
    meeting: undefined,
    inputs: new Map(),
    decisions: [],
    verdicts: new Map(),
    minutesDrafted: undefined,
    minutesApproved: undefined,
    communications: [],
    nextReview: undefined,
    closed: undefined,
    cancelled: undefined,
  };
};

/** The evidence each event adds, beyond the review's status. */
const record = (review: ReviewRecord, event: RecordedEvent<ReviewEvent>, evidence: Evidence): void => {
  switch (event.type) {
    case 'ReviewRescheduled':
      review.rescheduled.push({
        from: event.data.previousPlannedDate,
        to: event.data.plannedDate,
        reason: event.data.reason,
        evidence,
      });
      review.plannedDate = event.data.plannedDate;
      return;
    case 'ParticipantInvited':
      review.participants.push(event.data.participant);
      return;
    case 'PreparatoryReportRequested': {
      const d = event.data;
      review.reports.push({
        reportId: d.reportId,
        requestedFrom: d.requestedFrom,
        inputIds: d.inputIds,
        dueDate: d.dueDate,
        requested: evidence,
        submitted: undefined,
      });
      return;
    }
    case 'PreparatoryReportSubmitted': {
      const report = review.reports.find((r) => r.reportId === event.data.reportId);
      if (report !== undefined) report.submitted = evidence;
      return;
    }
    case 'MeetingOpened':
      review.meeting = {
        day: dayOf(event.data.at),
        attendees: event.data.attendees,
        apologies: event.data.apologies,
        evidence,
      };
      return;
    case 'InputPresented':
      review.inputs.set(event.data.inputId, {
        kind: 'presented',
        text: event.data.summary,
        references: event.data.references,
        evidence,
        frozenPart: event.data.frozenPart,
      });
      return;
    case 'InputPackFrozen':
      review.inputPack = {
        digest: event.data.pack.digest,
        position: event.data.pack.position,
        partDigests: new Map(event.data.pack.parts.map((part) => [part.inputId, part.digest])),
        evidence,
      };
      return;
    case 'InputNotCovered':
      review.inputs.set(event.data.inputId, {
        kind: 'notCovered',
        text: event.data.justification,
        references: [],
        evidence,
      });
      return;
    case 'DecisionRecorded': {
      const d = event.data;
      review.decisions.push({
        decisionId: d.decisionId,
        kind: d.kind,
        description: d.description,
        rationale: d.rationale,
        actionIds: d.actionIds,
        evidence,
      });
      return;
    }
    case 'VerdictRecorded':
      review.verdicts.set(event.data.aspect, { outcome: event.data.outcome, comment: event.data.comment, evidence });
      return;
    case 'MinutesDrafted':
      review.minutesDrafted = { documentRef: event.data.documentRef, evidence };
      return;
    case 'MinutesApproved':
      review.minutesApproved = { approvedBy: event.data.approvedBy, evidence };
      return;
    case 'ResultsCommunicated': {
      const d = event.data;
      review.communications.push({
        audiences: d.audiences,
        channel: d.channel,
        communicatedOn: d.communicatedOn,
        evidence,
      });
      return;
    }
    case 'NextReviewScheduled': {
      const d = event.data;
      review.nextReview = {
        plannedDate: d.plannedDate,
        withinCadence: d.withinCadence,
        nextReviewId: d.nextReviewId,
        longerGapReason: d.longerGapReason,
        evidence,
      };
      return;
    }
    case 'ReviewClosed':
      review.closed = evidence;
      return;
    case 'ReviewCancelled':
      review.cancelled = { reason: event.data.reason, evidence };
      return;
    default:
      return;
  }
};

/**
 * Folds one review event into the auditor's state (in place). The status comes from the review's
 * life cycle (nothing a review records lapses); the auditor adds the evidence of each fact.
 */
export const applyReviewEvent = (state: AuditorState, event: RecordedEvent<ReviewEvent>): void => {
  const evidence = evidenceOf(event);
  if (event.type === 'ReviewScheduled') {
    state.reviews.set(event.data.reviewId, scheduled(event, evidence));
    return;
  }
  const review = state.reviews.get(event.data.reviewId);
  if (review === undefined) return;
  record(review, event, evidence);
  review.status = statusAfter(review.status, event);
};
