import type { InterestedPartyPlan } from './interestedPartyPlans.js';
import { people } from './people.js';
import { recordSteps, type Step } from './step.js';

/**
 * The steps of one interested party: registered by the CISO; each requirement recorded, changed
 * (each change with its reason) and withdrawn on the days of its plan.
 */
export const interestedPartySteps = (plan: InterestedPartyPlan): readonly Step[] => {
  const interestedPartyId = plan.interestedPartyId;
  const ciso = people.ciso;
  const party = recordSteps(interestedPartyId);
  party.add(plan.registeredOn, '11:30', 'register', ciso, (t, o, at) =>
    t.interestedParties.register(
      { interestedPartyId, name: plan.name, kind: plan.kind, relevance: plan.relevance, at },
      o,
    ),
  );
  for (const r of plan.requirements) {
    const requirementId = r.requirementId;
    party.add(r.recordedOn, '11:45', `record-${requirementId}`, ciso, (t, o, at) =>
      t.interestedParties.recordRequirement(
        {
          interestedPartyId,
          requirementId,
          need: r.need,
          source: r.source,
          climateRelated: r.climateRelated ?? false,
          addressedBy: r.addressedBy === undefined ? undefined : [...r.addressedBy],
          notAddressedReason: r.notAddressedReason,
          at,
        },
        o,
      ),
    );
    for (const change of r.changes ?? []) {
      party.add(change.on, '11:45', `change-${requirementId}-${change.on}`, ciso, (t, o, at) =>
        t.interestedParties.changeRequirement(
          {
            interestedPartyId,
            requirementId,
            reason: change.reason,
            need: change.need,
            addressedBy: change.addressedBy === undefined ? undefined : [...change.addressedBy],
            notAddressedReason: change.notAddressedReason,
            at,
          },
          o,
        ),
      );
    }
    const withdrawn = r.withdrawn;
    if (withdrawn !== undefined) {
      party.add(withdrawn.on, '11:45', `withdraw-${requirementId}`, ciso, (t, o, at) =>
        t.interestedParties.withdrawRequirement({ interestedPartyId, requirementId, reason: withdrawn.reason, at }, o),
      );
    }
  }
  return party.steps;
};
