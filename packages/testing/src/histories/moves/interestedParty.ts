import type { InterestedParty, PartyKind } from '@mgmt-review/core';
import { ciso, type MoveStep, stateOf } from './moveStep.js';

/** An interested party of a random history, as registered (4.2 a). */
export interface InterestedPartyProfile {
  readonly interestedPartyId: string;
  readonly name: string;
  readonly kind: PartyKind;
}

/** A customer, a regulator and the staff. */
export const INTERESTED_PARTIES: readonly InterestedPartyProfile[] = [
  { interestedPartyId: 'ip-bank', name: 'a retail bank, our largest customer', kind: 'customer' },
  { interestedPartyId: 'ip-regulator', name: 'the national cyber-security authority', kind: 'regulator' },
  { interestedPartyId: 'ip-staff', name: 'staff', kind: 'employee' },
];

/** How the ISMS addresses a requirement (4.2 c), or why not: a control, a policy, an objective, or a reason. */
const addressing = (c: number) => {
  switch (c % 4) {
    case 0:
      return { addressedBy: [{ kind: 'control' as const, reference: 'A.8.24' }] };
    case 1:
      return { addressedBy: [{ kind: 'policy' as const, reference: 'POL-CRYPTO v2' }] };
    case 2:
      return { addressedBy: [{ kind: 'objective' as const, reference: 'obj-incidents' }] };
    default:
      return { notAddressedReason: 'outside the scope of the ISMS' };
  }
};

/**
 * Moves an interested party one command along (4.2): register it; record up to three requirements
 * (some climate-related, some not addressed, with the reason); change or withdraw a current one.
 */
export const moveInterestedParty = async (step: MoveStep, profile: InterestedPartyProfile): Promise<void> => {
  const { t, choice: c, at } = step;
  const { interestedPartyId } = profile;
  const p = await stateOf<InterestedParty>(t.interestedParties.load(interestedPartyId));
  const by = { actor: ciso };
  if (p.status === 'none') {
    await t.interestedParties.register(
      { interestedPartyId, name: profile.name, kind: profile.kind, relevance: 'its requirements bind the ISMS', at },
      by,
    )();
    return;
  }
  const current = p.requirements.filter((r) => r.status === 'current');
  if (p.requirements.length < 3 && (current.length === 0 || c % 3 === 0)) {
    await t.interestedParties.recordRequirement(
      {
        interestedPartyId,
        requirementId: `${interestedPartyId}-req-${p.requirements.length + 1}`,
        need: 'customer data stays confidential',
        source: 'contract §12',
        climateRelated: c % 5 === 0,
        ...addressing(c >> 2),
        at,
      },
      by,
    )();
    return;
  }
  const requirement = current[(c >> 3) % Math.max(1, current.length)];
  if (requirement === undefined) return;
  const { requirementId } = requirement;
  if (c % 5 === 0) {
    await t.interestedParties.withdrawRequirement({ interestedPartyId, requirementId, reason: 'dropped', at }, by)();
  } else
    await t.interestedParties.changeRequirement(
      c % 2 === 0
        ? { interestedPartyId, requirementId, reason: 'a new contract', ...addressing(c >> 1), at }
        : { interestedPartyId, requirementId, reason: 'restated', climateRelated: !requirement.climateRelated, at },
      by,
    )();
};
