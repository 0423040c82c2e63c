import type { Person } from '../shared/codecs.js';
import type { RiskEvent, RiskScale, TreatmentOption } from './events.js';

/**
 * Where a risk stands: `identified` → `assessed` → `treatmentDecided` → `treatmentApproved` →
 * `residualAssessed` → `accepted`; a reassessment goes back to `assessed`; `retired` ends it.
 */
export type RiskStage =
  | 'none'
  | 'identified'
  | 'assessed'
  | 'treatmentDecided'
  | 'treatmentApproved'
  | 'residualAssessed'
  | 'accepted'
  | 'retired';

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
  stage: 'none',
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

/** Applies one event of the risk's history. Every state is written out in full (one shape, no spread). */
export const evolveRisk = (s: Risk, event: RiskEvent): Risk => {
  const at = event.data.at;
  switch (event.type) {
    case 'RiskIdentified':
      return {
        stage: 'identified',
        riskId: event.data.riskId,
        owner: event.data.owner,
        scale: undefined,
        appetite: 0,
        assessment: undefined,
        treatment: undefined,
        actionIds: [],
        residual: undefined,
        acceptance: undefined,
        lastAt: at,
      };
    case 'RiskAssessed':
    case 'RiskReassessed': {
      // A (re)assessment starts the treatment over: residual risk and acceptance lapse.
      const d = event.data;
      return {
        stage: 'assessed',
        riskId: s.riskId,
        owner: s.owner,
        scale: d.scale,
        appetite: d.appetite,
        assessment: { likelihood: d.likelihood, impact: d.impact, score: d.score },
        treatment: undefined,
        actionIds: s.actionIds,
        residual: undefined,
        acceptance: undefined,
        lastAt: at,
      };
    }
    case 'TreatmentDecided':
      return {
        stage: 'treatmentDecided',
        riskId: s.riskId,
        owner: s.owner,
        scale: s.scale,
        appetite: s.appetite,
        assessment: s.assessment,
        treatment: event.data.option,
        actionIds: s.actionIds,
        residual: undefined,
        acceptance: undefined,
        lastAt: at,
      };
    case 'TreatmentPlanApproved':
      return {
        stage: 'treatmentApproved',
        riskId: s.riskId,
        owner: s.owner,
        scale: s.scale,
        appetite: s.appetite,
        assessment: s.assessment,
        treatment: s.treatment,
        actionIds: s.actionIds,
        residual: s.residual,
        acceptance: s.acceptance,
        lastAt: at,
      };
    case 'TreatmentActionsLinked':
      return {
        stage: s.stage,
        riskId: s.riskId,
        owner: s.owner,
        scale: s.scale,
        appetite: s.appetite,
        assessment: s.assessment,
        treatment: s.treatment,
        actionIds: s.actionIds.concat(event.data.actionIds),
        residual: s.residual,
        acceptance: s.acceptance,
        lastAt: at,
      };
    case 'ResidualRiskAssessed': {
      const d = event.data;
      return {
        stage: 'residualAssessed',
        riskId: s.riskId,
        owner: s.owner,
        scale: s.scale,
        appetite: s.appetite,
        assessment: s.assessment,
        treatment: s.treatment,
        actionIds: s.actionIds,
        residual: { likelihood: d.likelihood, impact: d.impact, score: d.score },
        acceptance: undefined,
        lastAt: at,
      };
    }
    case 'ResidualRiskAccepted': {
      const d = event.data;
      return {
        stage: 'accepted',
        riskId: s.riskId,
        owner: s.owner,
        scale: s.scale,
        appetite: s.appetite,
        assessment: s.assessment,
        treatment: s.treatment,
        actionIds: s.actionIds,
        residual: s.residual,
        acceptance: {
          acceptedBy: d.acceptedBy,
          score: d.score,
          aboveAppetite: d.aboveAppetite,
          expiresOn: d.expiresOn,
        },
        lastAt: at,
      };
    }
    case 'RiskRetired':
      return {
        stage: 'retired',
        riskId: s.riskId,
        owner: s.owner,
        scale: s.scale,
        appetite: s.appetite,
        assessment: s.assessment,
        treatment: s.treatment,
        actionIds: s.actionIds,
        residual: s.residual,
        acceptance: s.acceptance,
        lastAt: at,
      };
  }
};

/**
 * Whether the risk needs reassessment on `day` (`YYYY-MM-DD`): its residual-risk acceptance has
 * expired. A state of time, not of history: views compute it for the day they show.
 */
export const needsReassessment = (risk: Risk, day: string): boolean =>
  risk.stage === 'accepted' && risk.acceptance !== undefined && risk.acceptance.expiresOn < day;
