import { type ConsultationEvent, isTakenIntoAccount } from '@mgmt-review/core';
import type { KpiState } from '../state.js';

/**
 * Folds one consultation event into the KPI facts, in place: its results (response rate, score on
 * its scale) and its parties' feedback items, each with the first day it was taken into account by
 * a link and by a reason. A feedback item counts as taken into account only when core says the
 * event gives a link or a reason (`isTakenIntoAccount`); the consultation's own findings are not
 * feedback and are not counted. Nothing a consultation records lapses.
 */
export const applyConsultation = (state: KpiState, event: ConsultationEvent, day: string): void => {
  if (event.type === 'ConsultationPlanned') {
    state.consultations.set(event.data.consultationId, { results: undefined, feedback: new Map() });
    return;
  }
  const consultation = state.consultations.get(event.data.consultationId);
  if (consultation === undefined) return;
  switch (event.type) {
    case 'ConsultationResultsRecorded':
      consultation.results = {
        day,
        responseRate: event.data.responseRate,
        scale: event.data.scale,
        score: event.data.score,
      };
      return;
    case 'FeedbackRecorded':
      consultation.feedback.set(event.data.feedbackId, {
        recordedOn: day,
        linkedOn: undefined,
        reasonGivenOn: undefined,
      });
      return;
    case 'FeedbackTakenIntoAccount': {
      const { itemId, links, reasonNotActedOn } = event.data;
      const item = consultation.feedback.get(itemId);
      if (item === undefined || !isTakenIntoAccount({ links, reasonNotActedOn })) return;
      if (links.length > 0) item.linkedOn ??= day;
      if (reasonNotActedOn !== undefined) item.reasonGivenOn ??= day;
      return;
    }
    default:
      return;
  }
};
