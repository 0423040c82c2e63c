import { addDays } from '@mgmt-review/core';
import { type DemoStep, demoFacts, people } from '@mgmt-review/demo';
import type { TenantEventStore } from '@mgmt-review/eventsourcing';
import { computeInputPack } from '@mgmt-review/inputs';
import { left } from 'fp-ts/lib/Either.js';

/** The reviews that freeze their input pack: those held from the demo's second year on. */
export const reviewsFreezingPacks = (): readonly { readonly reviewId: string; readonly meetingDay: string }[] => {
  const secondYear = addDays(demoFacts.meetingDays[0]!, 365);
  return demoFacts.heldReviewIds
    .map((reviewId, i) => ({ reviewId, meetingDay: demoFacts.meetingDays[i]! }))
    .filter((r) => r.meetingDay >= secondYear);
};

/**
 * The demo's steps with a freeze before each meeting from its second year on: at 08:00 on the
 * meeting day the review's input pack is computed from the records as of then and frozen into it,
 * and the inputs presented at the meeting then cite their parts. The demo package writes the story;
 * the pack is computed here because the inputs package reads the views, whose tests read the demo.
 */
export const withFrozenInputPacks = (steps: readonly DemoStep[], tenant: TenantEventStore): readonly DemoStep[] => {
  const freezing = new Map(reviewsFreezingPacks().map((r) => [`demo:${r.reviewId}:open`, r]));
  return steps.flatMap((s): DemoStep[] => {
    const review = freezing.get(s.commandId);
    if (review === undefined) return [s];
    const at = `${review.meetingDay}T08:00:00.000Z`;
    const freeze: DemoStep = {
      at,
      commandId: `demo:${review.reviewId}:freeze-inputs`,
      actor: people.ciso,
      send: (t, o) => async () => {
        const computed = await computeInputPack(tenant, { reviewId: review.reviewId, asOf: at });
        if (computed._tag === 'Left') throw new Error(computed.left.message);
        const frozen = await t.reviews.freezeInputPack({ reviewId: review.reviewId, pack: computed.right, at }, o)();
        return frozen._tag === 'Left' ? left(frozen.left) : frozen;
      },
    };
    return [freeze, s];
  });
};
