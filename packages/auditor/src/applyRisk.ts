import type { RiskEvent } from '@mgmt-review/core';
import type { RecordedEvent } from '@mgmt-review/eventsourcing';
import { evidenceOf } from './evidence.js';
import type { AuditorState } from './state.js';

/** Folds one risk event into the auditor's state (in place). */
export const applyRiskEvent = (state: AuditorState, event: RecordedEvent<RiskEvent>): void => {
  if (event.type === 'RiskIdentified') {
    state.risks.set(event.data.riskId, {
      riskId: event.data.riskId,
      ownerId: event.data.owner.id,
      identified: evidenceOf(event),
      stage: 'identified',
      appetite: 0,
      score: undefined,
      treatment: undefined,
      approved: undefined,
      residual: undefined,
      acceptance: undefined,
      retired: undefined,
    });
    return;
  }
  const risk = state.risks.get(event.data.riskId);
  if (risk === undefined) return;
  switch (event.type) {
    case 'RiskAssessed':
    case 'RiskReassessed':
      // A (re)assessment starts the treatment over: plan, residual risk and acceptance lapse.
      risk.stage = 'assessed';
      risk.appetite = event.data.appetite;
      risk.score = event.data.score;
      risk.treatment = undefined;
      risk.approved = undefined;
      risk.residual = undefined;
      risk.acceptance = undefined;
      return;
    case 'TreatmentDecided':
      risk.stage = 'treatmentDecided';
      risk.treatment = { option: event.data.option, controls: event.data.controls, evidence: evidenceOf(event) };
      risk.approved = undefined;
      return;
    case 'TreatmentPlanApproved':
      risk.stage = 'treatmentApproved';
      risk.approved = { approvedBy: event.data.approvedBy, evidence: evidenceOf(event) };
      return;
    case 'TreatmentActionsLinked':
      return;
    case 'ResidualRiskAssessed':
      risk.stage = 'residualAssessed';
      risk.residual = { score: event.data.score, aboveAppetite: event.data.aboveAppetite, evidence: evidenceOf(event) };
      risk.acceptance = undefined;
      return;
    case 'ResidualRiskAccepted': {
      const d = event.data;
      risk.stage = 'accepted';
      risk.acceptance = {
        acceptedBy: d.acceptedBy,
        score: d.score,
        aboveAppetite: d.aboveAppetite,
        expiresOn: d.expiresOn,
        exceptionJustification: d.exceptionJustification,
        evidence: evidenceOf(event),
      };
      return;
    }
    case 'RiskRetired':
      risk.stage = 'retired';
      risk.retired = evidenceOf(event);
      return;
  }
};
