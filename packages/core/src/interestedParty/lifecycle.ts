import { type Lifecycle, nothingLapses } from '../shared/lifecycle.js';
import type { InterestedPartyEvent } from './events.js';

/** Where an interested party stands: `registered` from its first event on. */
export type InterestedPartyStatus = 'none' | 'registered';

/** Where one of a party's requirements stands: `current` until it is `withdrawn`. */
export type RequirementStatus = 'current' | 'withdrawn';

/**
 * The interested party's life cycle. Nothing lapses: a change replaces a requirement's revision
 * and a withdrawal ends it, each one requirement's own fact.
 */
export const interestedPartyLifecycle: Lifecycle<InterestedPartyEvent, InterestedPartyStatus> = {
  initial: 'none',
  statusAfter: (status, event) => (event.type === 'InterestedPartyRegistered' ? 'registered' : status),
  lapses: () => nothingLapses,
};
