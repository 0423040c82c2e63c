import { type ConsultationEvent, consultationLifecycle, dayOf, type FeedbackKind } from '@mgmt-review/core';
import type { RecordedEvent } from '@mgmt-review/eventsourcing';
import { type Evidence, evidenceOf } from './evidence.js';
import { recordedStatus } from './recordedStatus.js';
import type { AuditorState, ConsultationItemRecord, ConsultationRecord } from './state.js';

const statusAfter = recordedStatus(consultationLifecycle, 'none');

/** A finding of the results, or a party's feedback item, as it comes in: not yet taken into account. */
const arrived = (
  item: {
    readonly itemId: string;
    readonly item: ConsultationItemRecord['item'];
    readonly interestedPartyId?: string;
    readonly feedbackKind?: FeedbackKind;
    readonly summary: string;
    readonly at: string;
  },
  evidence: Evidence,
): ConsultationItemRecord => ({
  itemId: item.itemId,
  item: item.item,
  interestedPartyId: item.interestedPartyId,
  feedbackKind: item.feedbackKind,
  summary: item.summary,
  day: dayOf(item.at),
  recorded: evidence,
  links: [],
  reasonNotActedOn: undefined,
  takenIntoAccount: undefined,
});

/** The results, findings, feedback and what was done with each, as each event records them. */
const record = (
  consultation: ConsultationRecord,
  event: RecordedEvent<ConsultationEvent>,
  evidence: Evidence,
): void => {
  switch (event.type) {
    case 'ConsultationResultsRecorded': {
      const d = event.data;
      consultation.results = {
        conductedOn: d.conductedOn,
        responses: d.responses,
        invited: d.invited,
        score: d.score,
        evidence,
      };
      for (const finding of d.findings) {
        const item = { itemId: finding.findingId, item: 'finding', summary: finding.summary, at: d.at } as const;
        consultation.items.set(finding.findingId, arrived(item, evidence));
      }
      return;
    }
    case 'FeedbackRecorded': {
      const d = event.data;
      const item = {
        itemId: d.feedbackId,
        item: 'feedback',
        interestedPartyId: d.interestedPartyId,
        feedbackKind: d.kind,
        summary: d.summary,
        at: d.at,
      } as const;
      consultation.items.set(d.feedbackId, arrived(item, evidence));
      return;
    }
    case 'FeedbackTakenIntoAccount': {
      const item = consultation.items.get(event.data.itemId);
      if (item === undefined) return;
      item.links.push(...event.data.links);
      if (event.data.reasonNotActedOn !== undefined) item.reasonNotActedOn = event.data.reasonNotActedOn;
      item.takenIntoAccount = evidence;
      return;
    }
    default:
      return;
  }
};

/**
 * Folds one consultation event into the auditor's state (in place). The status comes from the
 * consultation's life cycle (nothing lapses: taking an item into account again adds links); the
 * auditor adds the evidence of the results, each finding and feedback item, and what was done
 * with it.
 */
export const applyConsultationEvent = (state: AuditorState, event: RecordedEvent<ConsultationEvent>): void => {
  const evidence = evidenceOf(event);
  if (event.type === 'ConsultationPlanned') {
    const d = event.data;
    state.consultations.set(d.consultationId, {
      consultationId: d.consultationId,
      channel: d.channel,
      interestedPartyIds: d.interestedPartyIds,
      topic: d.topic,
      window: d.window,
      planned: evidence,
      status: statusAfter(consultationLifecycle.initial, event),
      results: undefined,
      items: new Map(),
    });
    return;
  }
  const consultation = state.consultations.get(event.data.consultationId);
  if (consultation === undefined) return;
  record(consultation, event, evidence);
  consultation.status = statusAfter(consultation.status, event);
};
