/**
 * @mgmt-review/inputs — a management review's inputs (9.3.2) computed from a tenant's records as of
 * a moment, frozen into the review with the position they were computed at and their digests, and
 * verified by computing them again as of that position.
 *
 * `computeInputPack(store, { reviewId, asOf })` gives the sealed pack; `freezeInputPack(handles,
 * store, …)` records it; `verifyFrozenPack(store, reviewId)` recomputes and compares;
 * `sinceLastReview(store, …)` gives, per input, the figures now against the previous review's.
 */

/** `computeInputPack(store, { reviewId, asOf, position? })` and the same with the history it read. */
export {
  type ComputedPack,
  computeInputPack,
  computeInputPackWithHistory,
  type InputPackQuery,
} from './computeInputPack.js';
/** The parts before sealing, and why a pack cannot be computed. */
export { type ComputedPart, type InputPackProblem, periodBefore, type SourceContent } from './computeParts.js';
/** `freezeInputPack(handles, store, { reviewId, asOf, at? }, options)`: compute, seal and record. */
export { type FreezeInputPackInput, freezeInputPack } from './freezeInputPack.js';
/** The history a pack reads: `readPackHistory(store, moment)`. */
export { type PackHistory, type PackMoment, readPackHistory } from './history.js';
/** What a part computer gives and reads. */
export type {
  DayRange,
  Figures,
  Json,
  PartComputer,
  PartComputers,
  PartContext,
  SourcePart,
  TrendSeries,
} from './part.js';
/** One part computer per record source. */
export { partComputers } from './parts/index.js';
/** What changed since the last review, per input. */
export type { FigureChange, SinceBasis, SinceLastReview } from './sinceLastReview.js';
/** `sinceLastReview(store, { reviewId, asOf })`: per input, the figures now against the previous review's. */
export { sinceLastReview } from './sinceLastReviewQuery.js';
/** `verifyFrozenPack(store, reviewId)` and `verifyPack(store, reviewId, pack)`. */
export {
  frozenPackOf,
  type PackVerification,
  type PartMismatch,
  verifyFrozenPack,
  verifyPack,
} from './verifyFrozenPack.js';
