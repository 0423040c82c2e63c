import { type ManagementReviewEvent, type ParticipantRole, type ReviewEvent, routeEvents } from '@mgmt-review/core';
import type { Projection, RecordedEvent } from '@mgmt-review/eventsourcing';

/**
 * What the exports need of a review beyond the views' rows: who takes part and in which role,
 * each move of its planned date, and the evidence each input was presented with. Records are
 * mutable and updated in place, as in every projection of the project.
 */

/** One move of a review's planned date. */
export interface RescheduleRecord {
  readonly previousPlannedDate: string;
  readonly plannedDate: string;
  readonly reason: string;
  readonly at: string;
}

/** The evidence an input was presented with at a meeting (9.3.2). */
export interface InputEvidenceRecord {
  readonly reviewId: string;
  readonly inputId: string;
  readonly summary: string;
  readonly facts: readonly { readonly label: string; readonly value: string }[];
  readonly references: readonly string[];
  readonly at: string;
}

/** A review's participants and moves (the chair is on the views' row). */
export interface ReviewDetailsRecord {
  readonly reviewId: string;
  /** Invited participants, by person id, in the order invited. */
  readonly participants: Map<string, ParticipantRole>;
  readonly reschedules: RescheduleRecord[];
}

/** The exports' own records, and the history position they were folded up to. */
export interface ExportDetails {
  /** The tenant of the last event folded (every event of one replay has the same). */
  tenantId: string | undefined;
  /** The global position of the last event folded; undefined for an empty history. */
  position: bigint | undefined;
  readonly reviews: Map<string, ReviewDetailsRecord>;
  /** Every input presented, in history order. */
  readonly evidence: InputEvidenceRecord[];
}

/** An empty set of records. */
export const initialExportDetails = (): ExportDetails => ({
  tenantId: undefined,
  position: undefined,
  reviews: new Map(),
  evidence: [],
});

const applyReviewDetails = (details: ExportDetails, event: ReviewEvent): void => {
  if (event.type === 'ReviewScheduled') {
    details.reviews.set(event.data.reviewId, {
      reviewId: event.data.reviewId,
      participants: new Map(),
      reschedules: [],
    });
    return;
  }
  const r = details.reviews.get(event.data.reviewId);
  if (r === undefined) return;
  switch (event.type) {
    case 'ReviewRescheduled': {
      const d = event.data;
      r.reschedules.push({
        previousPlannedDate: d.previousPlannedDate,
        plannedDate: d.plannedDate,
        reason: d.reason,
        at: d.at,
      });
      return;
    }
    case 'ParticipantInvited':
      r.participants.set(event.data.participant.id, event.data.participant.role);
      return;
    case 'InputPresented': {
      const d = event.data;
      details.evidence.push({
        reviewId: d.reviewId,
        inputId: d.inputId,
        summary: d.summary,
        facts: d.facts.map((f) => ({ label: f.label, value: f.value })),
        references: d.references.slice(),
        at: d.at,
      });
      return;
    }
    default:
      return;
  }
};

/** The records `apply` is folding; set before routing (the router is built once, `apply` is synchronous). */
let folding: ExportDetails = initialExportDetails();

const nothing = (): void => {};

/** Review events to their records; every other aggregate's events only move the position. */
const route = routeEvents<RecordedEvent<ManagementReviewEvent>, void>(
  {
    review: (event) => applyReviewDetails(folding, event),
    action: nothing,
    nonConformity: nothing,
    risk: nothing,
    objective: nothing,
    indicator: nothing,
    audit: nothing,
    contextIssue: nothing,
    interestedParty: nothing,
    consultation: nothing,
    improvement: nothing,
  },
  nothing,
);

/** The exports' own fold: review participants, reschedules and input evidence, and the position reached. */
export const exportDetailsProjection: Projection<ExportDetails, ManagementReviewEvent> = {
  name: 'mgmt-review.exports.details',
  version: 1,
  initial: initialExportDetails,
  apply: (state, event) => {
    state.tenantId = event.tenantId;
    state.position = event.globalPosition;
    folding = state;
    route(event);
    return state;
  },
};
