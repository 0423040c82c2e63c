import type { KpiState } from '../state.js';
import { type Measures, meanOf, percent, type Span, within } from './measured.js';

/**
 * The results of consultations recorded in the period (mean response rate, mean satisfaction on
 * its 1–5 scale, mean Net Promoter Score apart), and the share of the parties' feedback recorded by
 * period end that was taken into account by then.
 */
export const consultationMeasures = (state: KpiState, span: Span): Measures => {
  const responseRates: number[] = [];
  const satisfaction: number[] = [];
  const nps: number[] = [];
  let recorded = 0;
  let linked = 0;
  let withReason = 0;
  let taken = 0;
  for (const c of state.consultations.values()) {
    const results = c.results;
    if (results !== undefined && within(results.day, span)) {
      responseRates.push(results.responseRate * 100);
      if (results.score !== undefined && results.scale === 'satisfaction') satisfaction.push(results.score);
      if (results.score !== undefined && results.scale === 'nps') nps.push(results.score);
    }
    for (const f of c.feedback.values()) {
      if (f.recordedOn > span.end) continue;
      recorded += 1;
      const isLinked = f.linkedOn !== undefined && f.linkedOn <= span.end;
      const hasReason = f.reasonGivenOn !== undefined && f.reasonGivenOn <= span.end;
      if (isLinked) linked += 1;
      if (hasReason) withReason += 1;
      if (isLinked || hasReason) taken += 1;
    }
  }
  return {
    consultationResponseRate: { value: meanOf(responseRates) },
    satisfactionScore: { value: meanOf(satisfaction) },
    netPromoterScore: { value: meanOf(nps) },
    feedbackTakenIntoAccount: {
      value: percent(taken, recorded),
      breakdown: { feedback: { recorded, takenIntoAccount: taken, linked, withReason, awaiting: recorded - taken } },
    },
  };
};
