import { type RiskEvent, type RiskFact, riskLifecycle } from '@mgmt-review/core';
import type { KpiRiskSnapshot, KpiState } from '../state.js';

/** A snapshot while it is written, before it joins the risk's history. */
type Draft = { -readonly [K in keyof KpiRiskSnapshot]: KpiRiskSnapshot[K] };

/** Clears what a snapshot holds of a lapsed fact (the KPIs keep no treatment option). */
const lapse = (s: Draft, fact: RiskFact): void => {
  switch (fact) {
    case 'planApproval':
      s.planApproved = false;
      return;
    case 'residual':
      s.residualScore = undefined;
      return;
    case 'acceptance':
      s.acceptanceExpiresOn = undefined;
      return;
    case 'treatment':
      return;
  }
};

/** What a snapshot records of each event beyond the stage and what lapses: scores, appetite, approval, expiry. */
const record = (s: Draft, event: RiskEvent): void => {
  switch (event.type) {
    case 'RiskAssessed':
    case 'RiskReassessed':
      s.inherentScore = event.data.score;
      s.appetite = event.data.appetite;
      return;
    case 'TreatmentPlanApproved':
      s.planApproved = true;
      return;
    case 'ResidualRiskAssessed':
      s.residualScore = event.data.score;
      return;
    case 'ResidualRiskAccepted':
      s.acceptanceExpiresOn = event.data.expiresOn;
      return;
    default:
      return;
  }
};

/**
 * Folds one risk event into the KPI facts, in place: a new snapshot of the risk from the event's
 * day on, with the stage its life cycle gives and what lapses cleared. Linking treatment actions
 * changes nothing a risk KPI reads, so it adds no snapshot.
 */
export const applyRisk = (state: KpiState, event: RiskEvent, day: string): void => {
  if (event.type === 'RiskIdentified') {
    state.risks.set(event.data.riskId, [
      {
        day,
        stage: riskLifecycle.statusAfter(riskLifecycle.initial, event),
        inherentScore: 0,
        residualScore: undefined,
        appetite: 0,
        planApproved: false,
        acceptanceExpiresOn: undefined,
      },
    ]);
    return;
  }
  const snapshots = state.risks.get(event.data.riskId);
  if (snapshots === undefined || event.type === 'TreatmentActionsLinked') return;
  const s = snapshots[snapshots.length - 1]!;
  // Written out in full from the snapshot before it: no spread on the hot path.
  const next: Draft = {
    day,
    stage: riskLifecycle.statusAfter(s.stage, event),
    inherentScore: s.inherentScore,
    residualScore: s.residualScore,
    appetite: s.appetite,
    planApproved: s.planApproved,
    acceptanceExpiresOn: s.acceptanceExpiresOn,
  };
  for (const fact of riskLifecycle.lapses(event)) lapse(next, fact);
  record(next, event);
  snapshots.push(next);
};
