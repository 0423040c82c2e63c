import {
  type ConsultationChannel,
  type ConsultationEvent,
  type ConsultationItemKind,
  type ConsultationStatus,
  type ConsultationWindow,
  consultationLifecycle,
  dayOf,
  type FeedbackKind,
  type FeedbackLink,
  type ScoreScale,
} from '@mgmt-review/core';

/** The results of a consultation (9.3.2 e): when conducted, the responses out of those invited, the score. */
export interface ConsultationResultsRecord {
  readonly conductedOn: string;
  readonly recordedOn: string;
  readonly invited: number;
  readonly responses: number;
  readonly responseRate: number;
  /** The scale and score, where the consultation scores its answers. */
  readonly scale: ScoreScale | undefined;
  readonly score: number | undefined;
}

/** A finding of the results or a party's feedback, and what was done with it (9.3.2 c, e). */
export interface ConsultationItemRecord {
  readonly itemId: string;
  readonly item: ConsultationItemKind;
  readonly summary: string;
  readonly recordedOn: string;
  /** Feedback only: the party it came from, its kind, and the party's requirement it concerns. */
  readonly interestedPartyId: string | undefined;
  readonly kind: FeedbackKind | undefined;
  readonly requirementId: string | undefined;
  /** The records it led to, in the order linked. */
  readonly links: FeedbackLink[];
  /** Why nothing is done with it, as last recorded. */
  reasonNotActedOn: string | undefined;
  /** The day it was last taken into account, and by whom. */
  takenIntoAccountOn: string | undefined;
  takenBy: string | undefined;
}

/** A consultation of interested parties: its plan, results, findings and feedback. */
export interface ConsultationRecord {
  readonly consultationId: string;
  readonly channel: ConsultationChannel;
  readonly interestedPartyIds: readonly string[];
  readonly topic: string;
  readonly window: ConsultationWindow;
  readonly scale: ScoreScale | undefined;
  readonly ownerId: string;
  status: ConsultationStatus;
  readonly plannedOn: string;
  results: ConsultationResultsRecord | undefined;
  /** Findings and feedback by id, in the order recorded. */
  readonly items: Map<string, ConsultationItemRecord>;
  closedOn: string | undefined;
  cancelledOn: string | undefined;
  cancelReason: string | undefined;
  lastActivityOn: string;
}

const newItem = (
  item: ConsultationItemKind,
  itemId: string,
  summary: string,
  day: string,
  feedback?: { interestedPartyId: string; kind: FeedbackKind; requirementId: string | undefined },
): ConsultationItemRecord => ({
  itemId,
  item,
  summary,
  recordedOn: day,
  interestedPartyId: feedback?.interestedPartyId,
  kind: feedback?.kind,
  requirementId: feedback?.requirementId,
  links: [],
  reasonNotActedOn: undefined,
  takenIntoAccountOn: undefined,
  takenBy: undefined,
});

/** What each event records beyond the status: results, findings, feedback, what was done with each, days. */
const record = (c: ConsultationRecord, event: ConsultationEvent, day: string): void => {
  switch (event.type) {
    case 'ConsultationResultsRecorded': {
      const d = event.data;
      c.results = {
        conductedOn: d.conductedOn,
        recordedOn: day,
        invited: d.invited,
        responses: d.responses,
        responseRate: d.responseRate,
        scale: d.scale,
        score: d.score,
      };
      for (const f of d.findings) c.items.set(f.findingId, newItem('finding', f.findingId, f.summary, day));
      return;
    }
    case 'FeedbackRecorded': {
      const d = event.data;
      c.items.set(
        d.feedbackId,
        newItem('feedback', d.feedbackId, d.summary, day, {
          interestedPartyId: d.interestedPartyId,
          kind: d.kind,
          requirementId: d.requirementId,
        }),
      );
      return;
    }
    case 'FeedbackTakenIntoAccount': {
      const d = event.data;
      const item = c.items.get(d.itemId);
      if (item === undefined) return;
      for (const link of d.links) item.links.push(link);
      if (d.reasonNotActedOn !== undefined) item.reasonNotActedOn = d.reasonNotActedOn;
      item.takenIntoAccountOn = day;
      item.takenBy = d.takenBy;
      return;
    }
    case 'ConsultationClosed':
      c.closedOn = day;
      return;
    case 'ConsultationCancelled':
      c.cancelledOn = day;
      c.cancelReason = event.data.reason;
      return;
    case 'ConsultationPlanned':
      return;
  }
};

/**
 * Folds one consultation event into the consultation records, in place. The status comes from the
 * consultation's life cycle (nothing lapses in it: taking an item into account again adds links);
 * the register adds the results, findings, feedback and what was done with each.
 */
export const applyConsultationEvent = (
  consultations: Map<string, ConsultationRecord>,
  event: ConsultationEvent,
): void => {
  const day = dayOf(event.data.at);
  if (event.type === 'ConsultationPlanned') {
    const d = event.data;
    consultations.set(d.consultationId, {
      consultationId: d.consultationId,
      channel: d.channel,
      interestedPartyIds: d.interestedPartyIds,
      topic: d.topic,
      window: d.window,
      scale: d.scale,
      ownerId: d.owner.id,
      status: consultationLifecycle.statusAfter(consultationLifecycle.initial, event),
      plannedOn: day,
      results: undefined,
      items: new Map(),
      closedOn: undefined,
      cancelledOn: undefined,
      cancelReason: undefined,
      lastActivityOn: day,
    });
    return;
  }
  const c = consultations.get(event.data.consultationId);
  if (c === undefined) return;
  record(c, event, day);
  c.lastActivityOn = day;
  c.status = consultationLifecycle.statusAfter(c.status, event);
};
