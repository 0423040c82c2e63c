import { addDays } from '@mgmt-review/core';
import { actionSteps } from './actions.js';
import { at } from './calendar.js';
import { people } from './people.js';
import { annualReassessmentDay, type RiskFate, type RiskPlan, riskMethod } from './riskPlans.js';
import { type Step, step } from './step.js';

const order: readonly RiskFate[] = ['identified', 'assessed', 'decided', 'approved', 'residualAssessed', 'accepted'];

/** Whether the plan goes as far as `stage` (renewed, exception and retired risks are accepted first). */
const reaches = (plan: RiskPlan, stage: RiskFate): boolean => {
  const fate = plan.fate === 'renewed' || plan.fate === 'exception' || plan.fate === 'retired' ? 'accepted' : plan.fate;
  return order.indexOf(fate) >= order.indexOf(stage);
};

/** The day the risk of `plan` is retired, when its fate is `retired`. */
export const retirementDay = '2026-03-16';

/**
 * The steps of one risk: identified; assessed three days later; treatment decided after ten days
 * and approved by the owner after fourteen; treatment actions linked (and raised) the next day;
 * residual risk assessed after 75 days and accepted by the owner two days later. A renewed risk is
 * reassessed at the annual reassessment and treated and accepted again; a retired one is retired.
 */
export const riskSteps = (plan: RiskPlan): readonly Step[] => {
  const riskId = plan.riskId;
  const owner = people[plan.owner];
  const ciso = people.ciso;
  const key = (what: string) => `${riskId}:${what}`;
  const d = plan.identifiedOn;
  const steps: Step[] = [];
  const identified = at(d, '09:00');
  steps.push(
    step(identified, key('identify'), ciso, (t, o) =>
      t.risks.identify(
        {
          riskId,
          scenario: plan.scenario,
          asset: plan.asset,
          owner,
          cia: {
            confidentiality: plan.cia.includes('C'),
            integrity: plan.cia.includes('I'),
            availability: plan.cia.includes('A'),
          },
          at: identified,
        },
        o,
      ),
    ),
  );
  if (!reaches(plan, 'assessed')) return steps;
  const [likelihood, impact] = plan.rating;
  const assessed = at(addDays(d, 3), '09:00');
  steps.push(
    step(assessed, key('assess'), ciso, (t, o) =>
      t.risks.assess(
        {
          riskId,
          likelihood,
          impact,
          scale: riskMethod.scale,
          criteria: riskMethod.criteria,
          appetite: riskMethod.appetite,
          at: assessed,
        },
        o,
      ),
    ),
  );

  /** Treatment, approval, actions, residual risk and acceptance, from `start`; `cycle` prefixes command ids. */
  const treat = (
    start: string,
    cycle: string,
    offsets: readonly [number, number, number, number],
    expiresOn: string,
  ) => {
    if (!reaches(plan, 'decided')) return;
    const decided = at(addDays(start, offsets[0]), '09:30');
    const treatment = plan.treatment;
    steps.push(
      step(decided, key(`${cycle}treatment`), ciso, (t, o) =>
        t.risks.decideTreatment(
          {
            riskId,
            option: treatment.option,
            controls: [...treatment.controls],
            justification: treatment.justification,
            at: decided,
          },
          o,
        ),
      ),
    );
    if (!reaches(plan, 'approved')) return;
    const approvedOn = addDays(start, offsets[1]);
    steps.push(
      step(at(approvedOn, '10:00'), key(`${cycle}approve`), owner, (t, o) =>
        t.risks.approveTreatmentPlan({ riskId, at: at(approvedOn, '10:00') }, o),
      ),
    );
    const actions = cycle === '' ? (plan.actions ?? []) : [];
    if (actions.length > 0) {
      const linkedOn = addDays(approvedOn, 1);
      steps.push(
        step(at(linkedOn, '10:00'), key('link-actions'), ciso, (t, o) =>
          t.risks.linkTreatmentActions(
            { riskId, actionIds: actions.map((a) => a.actionId), at: at(linkedOn, '10:00') },
            o,
          ),
        ),
      );
      for (const action of actions) {
        steps.push(...actionSteps(action, { origin: 'riskTreatment', originId: riskId, raisedOn: linkedOn }));
      }
    }
    if (!reaches(plan, 'residualAssessed')) return;
    const residualOn = at(addDays(start, offsets[2]), '09:00');
    const [residualLikelihood, residualImpact] = plan.residual;
    steps.push(
      step(residualOn, key(`${cycle}residual`), ciso, (t, o) =>
        t.risks.assessResidual({ riskId, likelihood: residualLikelihood, impact: residualImpact, at: residualOn }, o),
      ),
    );
    if (!reaches(plan, 'accepted')) return;
    const acceptedOn = at(addDays(start, offsets[3]), '10:00');
    const exceptionJustification =
      plan.fate === 'exception'
        ? 'Accepted by top management until the ERP replacement; compensating monitoring in place'
        : undefined;
    steps.push(
      step(acceptedOn, key(`${cycle}accept`), owner, (t, o) =>
        t.risks.acceptResidual({ riskId, expiresOn, exceptionJustification, at: acceptedOn }, o),
      ),
    );
  };

  treat(d, '', [10, 14, 75, 77], plan.fate === 'renewed' ? '2025-12-31' : (plan.expiresOn ?? '2026-12-31'));
  if (plan.fate === 'renewed') {
    const reassessed = at(annualReassessmentDay, '09:00');
    steps.push(
      step(reassessed, key('reassess'), ciso, (t, o) =>
        t.risks.reassess(
          {
            riskId,
            trigger: 'periodic',
            reason: 'Annual reassessment for the in-depth management review',
            likelihood,
            impact,
            scale: riskMethod.scale,
            criteria: riskMethod.criteria,
            appetite: riskMethod.appetite,
            at: reassessed,
          },
          o,
        ),
      ),
    );
    treat(annualReassessmentDay, 'annual-', [3, 5, 7, 10], plan.expiresOn ?? '2026-12-31');
  }
  if (plan.fate === 'retired') {
    const retired = at(retirementDay, '09:00');
    steps.push(
      step(retired, key('retire'), ciso, (t, o) =>
        t.risks.retire(
          { riskId, reason: 'The e-mail service moved to a new provider; see the supplier risks', at: retired },
          o,
        ),
      ),
    );
  }
  return steps;
};
