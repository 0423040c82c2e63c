import { dayOf, presentPreviousActions, type TenantHandles } from '@mgmt-review/core';
import { isLeft, left } from 'fp-ts/lib/Either.js';
import type { Step } from './step.js';

type Send = ReturnType<Step['send']>;
type Input = Parameters<TenantHandles['reviews']['presentInput']>[0];

/**
 * Presents an input citing its part of the review's frozen input pack, when the review froze one
 * (from the demo's second year on, the `demo` command freezes each pack before the meeting);
 * otherwise as written by hand. The presenter's summary and facts stay beside the data.
 */
export const presentCitingPack =
  (input: Input): Step['send'] =>
  (t, o): Send =>
  async () => {
    const loaded = await t.reviews.load(input.reviewId)();
    if (isLeft(loaded)) return left(loaded.left);
    const frozenPartDigest = loaded.right.state.inputPack?.partDigests.get(input.inputId);
    return t.reviews.presentInput(frozenPartDigest === undefined ? input : { ...input, frozenPartDigest }, o)();
  };

/**
 * Input a) (9.3.2 a): with a frozen pack, presented from the facade's status of previous actions
 * and citing its part; without one, through `presentStatusOfPreviousActions` as before.
 */
export const presentPreviousActionsCitingPack =
  (reviewId: string, at: string): Step['send'] =>
  (t, o): Send =>
  async () => {
    const loaded = await t.reviews.load(reviewId)();
    if (isLeft(loaded)) return left(loaded.left);
    const frozenPartDigest = loaded.right.state.inputPack?.partDigests.get('a');
    if (frozenPartDigest === undefined) return t.reviews.presentStatusOfPreviousActions({ reviewId, at }, o)();
    const actions = await t.queries.statusOfActionsFromPreviousReviews(reviewId, dayOf(at))();
    if (isLeft(actions)) return left(actions.left);
    const presented = presentPreviousActions(actions.right);
    return t.reviews.presentInput(
      {
        reviewId,
        inputId: 'a',
        summary: presented.summary,
        facts: [...presented.facts],
        references: [...presented.references],
        frozenPartDigest,
        at,
      },
      o,
    )();
  };
