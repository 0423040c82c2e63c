import type * as t from 'io-ts';
import { oneOf } from '../shared/codecs.js';

/** The planned interval between reviews (9.3.1 "at planned intervals"). */
export const Cadence = oneOf('monthly', 'quarterly', 'semiAnnual', 'annual');
export type Cadence = t.TypeOf<typeof Cadence>;

/** Months between two reviews of a cadence. */
export const monthsOf: Readonly<Record<Cadence, number>> = { monthly: 1, quarterly: 3, semiAnnual: 6, annual: 12 };

/** A regular review, the annual in-depth one, or one called outside the calendar. */
export const ReviewKind = oneOf('regular', 'annualInDepth', 'extraordinary');
export type ReviewKind = t.TypeOf<typeof ReviewKind>;

/** The part a participant plays in the review. */
export const ParticipantRole = oneOf('topManagement', 'ismsManager', 'processOwner', 'other');
export type ParticipantRole = t.TypeOf<typeof ParticipantRole>;

/** The results of a review (9.3.3). */
export const DecisionKind = oneOf('improvement', 'ismsChange', 'resourceNeed');
export type DecisionKind = t.TypeOf<typeof DecisionKind>;

/** The three aspects the review concludes on (9.3.1: continuing suitability, adequacy and effectiveness). */
export const VerdictAspect = oneOf('suitability', 'adequacy', 'effectiveness');
export type VerdictAspect = t.TypeOf<typeof VerdictAspect>;
export const verdictAspects: readonly VerdictAspect[] = ['suitability', 'adequacy', 'effectiveness'];

/** What the review concludes on one aspect. */
export const VerdictOutcome = oneOf('confirmed', 'confirmedWithReservations', 'notConfirmed');
export type VerdictOutcome = t.TypeOf<typeof VerdictOutcome>;
