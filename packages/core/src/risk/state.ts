import type { Person } from '../shared/codecs.js';
import type { RiskEvent, RiskScale, TreatmentOption } from './events.js';
import { type RiskFact, type RiskStage, riskLifecycle } from './lifecycle.js';

export interface RiskRating {
  readonly likelihood: number;
  readonly impact: number;
  readonly score: number;
}

export interface Acceptance {
  readonly acceptedBy: string;
  readonly score: number;
  readonly aboveAppetite: boolean;
  readonly expiresOn: string;
}

export interface Risk {
  readonly stage: RiskStage;
  readonly riskId: string;
  readonly owner: Person | undefined;
  readonly scale: RiskScale | undefined;
  readonly appetite: number;
  readonly assessment: RiskRating | undefined;
  readonly treatment: TreatmentOption | undefined;
  readonly actionIds: readonly string[];
  readonly residual: RiskRating | undefined;
  readonly acceptance: Acceptance | undefined;
  readonly lastAt: string | undefined;
}

export const initialRiskState: Risk = {
  stage: riskLifecycle.initial,
  riskId: '',
  owner: undefined,
  scale: undefined,
  appetite: 0,
  assessment: undefined,
  treatment: undefined,
  actionIds: [],
  residual: undefined,
  acceptance: undefined,
  lastAt: undefined,
};

/** What each event records, beyond the stage and what lapses. */
const recorded = (s: Risk, event: RiskEvent): Risk => {
  switch (event.type) {
    case 'RiskIdentified':
      return { ...initialRiskState, riskId: event.data.riskId, owner: event.data.owner };
    case 'RiskAssessed':
    case 'RiskReassessed': {
      const d = event.data;
      return {
        ...s,
        scale: d.scale,
        appetite: d.appetite,
        assessment: { likelihood: d.likelihood, impact: d.impact, score: d.score },
      };
    }
    case 'TreatmentDecided':
      return { ...s, treatment: event.data.option };
    case 'TreatmentActionsLinked':
      return { ...s, actionIds: s.actionIds.concat(event.data.actionIds) };
    case 'ResidualRiskAssessed': {
      const d = event.data;
      return { ...s, residual: { likelihood: d.likelihood, impact: d.impact, score: d.score } };
    }
    case 'ResidualRiskAccepted': {
      const d = event.data;
      return {
        ...s,
        acceptance: {
          acceptedBy: d.acceptedBy,
          score: d.score,
          aboveAppetite: d.aboveAppetite,
          expiresOn: d.expiresOn,
        },
      };
    }
    case 'TreatmentPlanApproved':
    case 'RiskRetired':
      return s;
  }
};

const lapse = (s: Risk, fact: RiskFact): Risk => {
  switch (fact) {
    case 'treatment':
      return { ...s, treatment: undefined };
    case 'residual':
      return { ...s, residual: undefined };
    case 'acceptance':
      return { ...s, acceptance: undefined };
    case 'planApproval':
      return s;
  }
};

/** Applies one event of the risk's history: what lapses first, then what the event records. */
export const evolveRisk = (state: Risk, event: RiskEvent): Risk => {
  let s = state;
  for (const fact of riskLifecycle.lapses(event)) s = lapse(s, fact);
  s = recorded(s, event);
  return { ...s, stage: riskLifecycle.statusAfter(state.stage, event), lastAt: event.data.at };
};

/**
 * Whether the risk needs reassessment on `day` (`YYYY-MM-DD`): its residual-risk acceptance has
 * expired. A state of time, not of history: views compute it for the day they show.
 */
export const needsReassessment = (risk: Risk, day: string): boolean =>
  risk.stage === 'accepted' && risk.acceptance !== undefined && risk.acceptance.expiresOn < day;
