import { type Lifecycle, lapsing, nothingLapses } from '../shared/lifecycle.js';
import type { RiskEvent } from './events.js';

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

/** What a risk's assessment and treatment record that a later event can undo (6.1.2, 6.1.3). */
export type RiskFact = 'treatment' | 'planApproval' | 'residual' | 'acceptance';

const startingOver = lapsing<RiskFact>('treatment', 'planApproval', 'residual', 'acceptance');
const newPlan = lapsing<RiskFact>('planApproval', 'residual', 'acceptance');
const newResidual = lapsing<RiskFact>('acceptance');

/**
 * The risk's life cycle. A (re)assessment starts the treatment over: the treatment decided, its
 * plan's approval, the residual risk and its acceptance lapse (6.1.2 → 6.1.3). A new treatment
 * decision needs the risk owner's approval again and a new residual assessment (6.1.3 f). A new
 * residual assessment needs a new acceptance.
 */
export const riskLifecycle: Lifecycle<RiskEvent, RiskStage, RiskFact> = {
  initial: 'none',
  statusAfter: (stage, event) => {
    switch (event.type) {
      case 'RiskIdentified':
        return 'identified';
      case 'RiskAssessed':
      case 'RiskReassessed':
        return 'assessed';
      case 'TreatmentDecided':
        return 'treatmentDecided';
      case 'TreatmentPlanApproved':
        return 'treatmentApproved';
      case 'ResidualRiskAssessed':
        return 'residualAssessed';
      case 'ResidualRiskAccepted':
        return 'accepted';
      case 'RiskRetired':
        return 'retired';
      case 'TreatmentActionsLinked':
        return stage;
    }
  },
  lapses: (event) => {
    switch (event.type) {
      case 'RiskAssessed':
      case 'RiskReassessed':
        return startingOver;
      case 'TreatmentDecided':
        return newPlan;
      case 'ResidualRiskAssessed':
        return newResidual;
      default:
        return nothingLapses;
    }
  },
};
