import { dayOf, type RiskEvent, type RiskFact, riskLifecycle } from '@mgmt-review/core';
import type { RiskRecord } from '../state.js';

const newRisk = (event: Extract<RiskEvent, { type: 'RiskIdentified' }>, day: string): RiskRecord => {
  const d = event.data;
  return {
    riskId: d.riskId,
    scenario: d.scenario,
    asset: d.asset,
    ownerId: d.owner.id,
    cia: d.cia,
    stage: riskLifecycle.statusAfter(riskLifecycle.initial, event),
    identifiedOn: day,
    assessedOn: undefined,
    inherent: undefined,
    maxScore: 0,
    appetite: 0,
    treatment: undefined,
    controls: [],
    planApprovedOn: undefined,
    planApprovedBy: undefined,
    actionIds: [],
    residual: undefined,
    residualAssessedOn: undefined,
    acceptance: undefined,
    reassessments: 0,
    retiredOn: undefined,
    lastActivityOn: day,
  };
};

/** Clears the fields of the register that record a fact of the risk's treatment that lapsed. */
const lapse = (r: RiskRecord, fact: RiskFact): void => {
  switch (fact) {
    case 'treatment':
      r.treatment = undefined;
      r.controls = [];
      return;
    case 'planApproval':
      r.planApprovedOn = undefined;
      r.planApprovedBy = undefined;
      return;
    case 'residual':
      r.residual = undefined;
      r.residualAssessedOn = undefined;
      return;
    case 'acceptance':
      r.acceptance = undefined;
      return;
  }
};

/** What the register records of each event beyond the stage and what lapses: ratings, dates, who. */
const record = (r: RiskRecord, event: RiskEvent, day: string): void => {
  switch (event.type) {
    case 'RiskAssessed':
    case 'RiskReassessed': {
      const d = event.data;
      r.assessedOn = day;
      r.inherent = { likelihood: d.likelihood, impact: d.impact, score: d.score };
      r.maxScore = d.scale.likelihoodLevels * d.scale.impactLevels;
      r.appetite = d.appetite;
      if (event.type === 'RiskReassessed') r.reassessments += 1;
      return;
    }
    case 'TreatmentDecided':
      r.treatment = event.data.option;
      r.controls = event.data.controls;
      return;
    case 'TreatmentPlanApproved':
      r.planApprovedOn = day;
      r.planApprovedBy = event.data.approvedBy;
      return;
    case 'TreatmentActionsLinked':
      for (const actionId of event.data.actionIds) r.actionIds.push(actionId);
      return;
    case 'ResidualRiskAssessed': {
      const d = event.data;
      r.residual = { likelihood: d.likelihood, impact: d.impact, score: d.score };
      r.residualAssessedOn = day;
      return;
    }
    case 'ResidualRiskAccepted': {
      const d = event.data;
      r.acceptance = {
        acceptedBy: d.acceptedBy,
        acceptedOn: day,
        expiresOn: d.expiresOn,
        score: d.score,
        aboveAppetite: d.aboveAppetite,
        exceptionJustification: d.exceptionJustification,
      };
      return;
    }
    case 'RiskRetired':
      r.retiredOn = day;
      return;
    default:
      return;
  }
};

/**
 * Folds one risk event into the risk records, in place. The stage and what lapses come from the
 * risk's life cycle (a reassessment starts the treatment over; a new treatment decision needs a
 * new approval and residual assessment); the register adds the ratings, dates and approvers.
 */
export const applyRiskEvent = (risks: Map<string, RiskRecord>, event: RiskEvent): void => {
  const day = dayOf(event.data.at);
  if (event.type === 'RiskIdentified') {
    risks.set(event.data.riskId, newRisk(event, day));
    return;
  }
  const r = risks.get(event.data.riskId);
  if (r === undefined) return;
  r.lastActivityOn = day;
  for (const fact of riskLifecycle.lapses(event)) lapse(r, fact);
  record(r, event, day);
  r.stage = riskLifecycle.statusAfter(r.stage, event);
};
