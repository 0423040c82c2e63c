import type { CommandOptions, Review, ReviewEvent, TenantHandles } from '@mgmt-review/core';
import type { CommandError, CommandResult, DomainError, TenantEventStore } from '@mgmt-review/eventsourcing';
import type { Either } from 'fp-ts/lib/Either.js';
import { left } from 'fp-ts/lib/Either.js';
import { computeInputPack, type InputPackQuery } from './computeInputPack.js';
import type { InputPackProblem } from './computeParts.js';

/** What freezing a pack asks for: the review, the moment the pack is computed as of, and when it is frozen. */
export interface FreezeInputPackInput
  extends Pick<InputPackQuery, 'reviewId' | 'asOf' | 'effective' | 'catalogues' | 'computers'> {
  /** When the freeze is recorded; defaults to `asOf`. */
  readonly at?: string;
}

/**
 * Computes a review's input pack as of `asOf`, seals it, and records it into the review with the
 * facade's `reviews.freezeInputPack` (the review's rules decide: before any input is addressed, on
 * its catalogue, period and agenda).
 */
export const freezeInputPack = async (
  handles: TenantHandles,
  store: TenantEventStore,
  input: FreezeInputPackInput,
  options: CommandOptions,
): Promise<Either<CommandError<DomainError> | InputPackProblem, CommandResult<Review, ReviewEvent>>> => {
  const computed = await computeInputPack(store, input);
  if (computed._tag === 'Left') return left(computed.left);
  return handles.reviews.freezeInputPack(
    { reviewId: input.reviewId, pack: computed.right, at: input.at ?? input.asOf },
    options,
  )();
};
