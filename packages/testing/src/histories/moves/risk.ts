import type { Risk } from '@mgmt-review/core';
import { ACTIONS } from './action.js';
import { ciso, day, type MoveStep, owners, stateOf } from './moveStep.js';

/** The risks of a random history. */
export const RISKS = ['risk-1', 'risk-2', 'risk-3'] as const;

const scale = { likelihoodLevels: 5, impactLevels: 5 };
const criteria = { acceptance: 'score ≤ 8', assessment: '5×5 matrix' };

/** Moves risk `riskId` one command along (6.1.2, 6.1.3): identify, assess, treat, approve, residual, accept, reassess. */
export const moveRisk = async (step: MoveStep, riskId: string): Promise<void> => {
  const { t, choice: c, at, now } = step;
  const r = await stateOf<Risk>(t.risks.load(riskId));
  const owner = owners[riskId.endsWith('1') ? 0 : 1]!;
  const by = { actor: ciso };
  const rating = { likelihood: 1 + (c % 5), impact: 1 + ((c >> 3) % 5), scale, criteria, appetite: 8 };
  switch (r.stage) {
    case 'none':
      await t.risks.identify(
        {
          riskId,
          scenario: 'ransomware',
          asset: 'file server',
          owner,
          cia: { confidentiality: true, integrity: false, availability: true },
          at,
        },
        by,
      )();
      return;
    case 'identified':
      await t.risks.assess({ riskId, ...rating, at }, by)();
      return;
    case 'assessed':
      await t.risks.decideTreatment(
        c % 4 === 0
          ? { riskId, option: 'retain', controls: [], justification: 'low', at }
          : { riskId, option: 'modify', controls: ['A.8.13'], justification: 'backups', at },
        by,
      )();
      return;
    case 'treatmentDecided':
      await t.risks.approveTreatmentPlan({ riskId, at }, { actor: owner })();
      return;
    case 'treatmentApproved':
      if (r.actionIds.length === 0 && c % 3 === 0)
        await t.risks.linkTreatmentActions({ riskId, actionIds: [ACTIONS[c % ACTIONS.length]!], at }, by)();
      else await t.risks.assessResidual({ riskId, likelihood: 1 + (c % 3), impact: 1 + ((c >> 2) % 4), at }, by)();
      return;
    case 'residualAssessed': {
      const above = (r.residual?.score ?? 0) > r.appetite;
      await t.risks.acceptResidual(
        {
          riskId,
          expiresOn: day(now, 15 + (c % 90)),
          exceptionJustification: above ? 'board exception' : undefined,
          at,
        },
        { actor: owner },
      )();
      return;
    }
    case 'accepted':
      if (c % 3 === 0) await t.risks.reassess({ riskId, trigger: 'periodic', reason: 'yearly', ...rating, at }, by)();
      else if (c % 7 === 0) await t.risks.retire({ riskId, reason: 'asset decommissioned', at }, by)();
      return;
    default:
      return;
  }
};
