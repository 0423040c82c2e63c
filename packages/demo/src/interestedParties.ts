import { at } from './calendar.js';
import type { InterestedPartyPlan } from './interestedPartyPlans.js';
import { people } from './people.js';
import { type Step, step } from './step.js';

/**
 * The steps of one interested party: registered by the CISO; each requirement recorded, changed
 * (each change with its reason) and withdrawn on the days of its plan.
 */
export const interestedPartySteps = (plan: InterestedPartyPlan): readonly Step[] => {
  const interestedPartyId = plan.interestedPartyId;
  const key = (what: string) => `${interestedPartyId}:${what}`;
  const ciso = people.ciso;
  const registered = at(plan.registeredOn, '11:30');
  const steps: Step[] = [
    step(registered, key('register'), ciso, (t, o) =>
      t.interestedParties.register(
        { interestedPartyId, name: plan.name, kind: plan.kind, relevance: plan.relevance, at: registered },
        o,
      ),
    ),
  ];
  for (const r of plan.requirements) {
    const requirementId = r.requirementId;
    const recorded = at(r.recordedOn, '11:45');
    steps.push(
      step(recorded, key(`record-${requirementId}`), ciso, (t, o) =>
        t.interestedParties.recordRequirement(
          {
            interestedPartyId,
            requirementId,
            need: r.need,
            source: r.source,
            climateRelated: r.climateRelated ?? false,
            addressedBy: r.addressedBy === undefined ? undefined : [...r.addressedBy],
            notAddressedReason: r.notAddressedReason,
            at: recorded,
          },
          o,
        ),
      ),
    );
    for (const change of r.changes ?? []) {
      const when = at(change.on, '11:45');
      steps.push(
        step(when, key(`change-${requirementId}-${change.on}`), ciso, (t, o) =>
          t.interestedParties.changeRequirement(
            {
              interestedPartyId,
              requirementId,
              reason: change.reason,
              need: change.need,
              addressedBy: change.addressedBy === undefined ? undefined : [...change.addressedBy],
              notAddressedReason: change.notAddressedReason,
              at: when,
            },
            o,
          ),
        ),
      );
    }
    const withdrawn = r.withdrawn;
    if (withdrawn !== undefined) {
      const when = at(withdrawn.on, '11:45');
      steps.push(
        step(when, key(`withdraw-${requirementId}`), ciso, (t, o) =>
          t.interestedParties.withdrawRequirement(
            { interestedPartyId, requirementId, reason: withdrawn.reason, at: when },
            o,
          ),
        ),
      );
    }
  }
  return steps;
};
