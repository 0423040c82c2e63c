import type { RiskEvent } from '@mgmt-review/core';
import { dayOf } from '@mgmt-review/core';
import type { RiskRecord } from '../state.js';

const newRisk = (d: Extract<RiskEvent, { type: 'RiskIdentified' }>['data'], day: string): RiskRecord => ({
  riskId: d.riskId,
  scenario: d.scenario,
  asset: d.asset,
  ownerId: d.owner.id,
  cia: d.cia,
  stage: 'identified',
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
});

/**
 * Folds one risk event into the risk records, in place. Mirrors the risk's own state: a
 * (re)assessment starts the treatment over, so treatment, plan approval, residual risk and
 * acceptance lapse with it.
 */
export const applyRiskEvent = (risks: Map<string, RiskRecord>, event: RiskEvent): void => {
  const day = dayOf(event.data.at);
  if (event.type === 'RiskIdentified') {
    risks.set(event.data.riskId, newRisk(event.data, day));
    return;
  }
  const r = risks.get(event.data.riskId);
  if (r === undefined) return;
  r.lastActivityOn = day;
  switch (event.type) {
    case 'RiskAssessed':
    case 'RiskReassessed': {
      const d = event.data;
      r.stage = 'assessed';
      r.assessedOn = day;
      r.inherent = { likelihood: d.likelihood, impact: d.impact, score: d.score };
      r.maxScore = d.scale.likelihoodLevels * d.scale.impactLevels;
      r.appetite = d.appetite;
      r.treatment = undefined;
      r.controls = [];
      r.planApprovedOn = undefined;
      r.planApprovedBy = undefined;
      r.residual = undefined;
      r.residualAssessedOn = undefined;
      r.acceptance = undefined;
      if (event.type === 'RiskReassessed') r.reassessments += 1;
      return;
    }
    case 'TreatmentDecided':
      r.stage = 'treatmentDecided';
      r.treatment = event.data.option;
      r.controls = event.data.controls;
      r.residual = undefined;
      r.residualAssessedOn = undefined;
      r.acceptance = undefined;
      return;
    case 'TreatmentPlanApproved':
      r.stage = 'treatmentApproved';
      r.planApprovedOn = day;
      r.planApprovedBy = event.data.approvedBy;
      return;
    case 'TreatmentActionsLinked':
      for (const actionId of event.data.actionIds) r.actionIds.push(actionId);
      return;
    case 'ResidualRiskAssessed': {
      const d = event.data;
      r.stage = 'residualAssessed';
      r.residual = { likelihood: d.likelihood, impact: d.impact, score: d.score };
      r.residualAssessedOn = day;
      r.acceptance = undefined;
      return;
    }
    case 'ResidualRiskAccepted': {
      const d = event.data;
      r.stage = 'accepted';
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
      r.stage = 'retired';
      r.retiredOn = day;
      return;
  }
};
