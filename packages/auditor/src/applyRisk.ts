import { type RiskEvent, type RiskFact, riskLifecycle } from '@mgmt-review/core';
import type { RecordedEvent } from '@mgmt-review/eventsourcing';
import { evidenceOf } from './evidence.js';
import { recordedStatus } from './recordedStatus.js';
import type { AuditorState, RiskRecord } from './state.js';

const stageAfter = recordedStatus(riskLifecycle, 'none');

/** Clears the evidence of a fact of the risk's treatment that lapsed. */
const lapse = (risk: RiskRecord, fact: RiskFact): void => {
  switch (fact) {
    case 'treatment':
      risk.treatment = undefined;
      return;
    case 'planApproval':
      risk.approved = undefined;
      return;
    case 'residual':
      risk.residual = undefined;
      return;
    case 'acceptance':
      risk.acceptance = undefined;
      return;
  }
};

/** The figures and evidence each event adds, beyond the stage and what lapses. */
const record = (risk: RiskRecord, event: RecordedEvent<RiskEvent>): void => {
  switch (event.type) {
    case 'RiskAssessed':
    case 'RiskReassessed':
      risk.appetite = event.data.appetite;
      risk.score = event.data.score;
      return;
    case 'TreatmentDecided':
      risk.treatment = { option: event.data.option, controls: event.data.controls, evidence: evidenceOf(event) };
      return;
    case 'TreatmentPlanApproved':
      risk.approved = { approvedBy: event.data.approvedBy, evidence: evidenceOf(event) };
      return;
    case 'ResidualRiskAssessed':
      risk.residual = { score: event.data.score, aboveAppetite: event.data.aboveAppetite, evidence: evidenceOf(event) };
      return;
    case 'ResidualRiskAccepted': {
      const d = event.data;
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
      risk.retired = evidenceOf(event);
      return;
    default:
      return;
  }
};

/**
 * Folds one risk event into the auditor's state (in place). The stage and what lapses come from
 * the risk's life cycle (a reassessment starts the treatment over; a new treatment decision needs
 * a new approval, residual assessment and acceptance); the auditor adds the evidence of each fact.
 */
export const applyRiskEvent = (state: AuditorState, event: RecordedEvent<RiskEvent>): void => {
  if (event.type === 'RiskIdentified') {
    state.risks.set(event.data.riskId, {
      riskId: event.data.riskId,
      ownerId: event.data.owner.id,
      identified: evidenceOf(event),
      stage: stageAfter(riskLifecycle.initial, event),
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
  for (const fact of riskLifecycle.lapses(event)) lapse(risk, fact);
  record(risk, event);
  risk.stage = stageAfter(risk.stage, event);
};
