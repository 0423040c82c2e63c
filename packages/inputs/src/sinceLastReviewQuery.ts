import type { TenantEventStore } from '@mgmt-review/eventsourcing';
import { type Either, right } from 'fp-ts/lib/Either.js';
import { computeInputPack, type InputPackQuery } from './computeInputPack.js';
import type { InputPackProblem } from './computeParts.js';
import type { SinceLastReview } from './sinceLastReview.js';

/** What changed since the last review for each agenda input, as of a moment: the pack's `sinceLastReview`, by input. */
export const sinceLastReview = async (
  store: TenantEventStore,
  query: InputPackQuery,
): Promise<Either<InputPackProblem, readonly ({ readonly inputId: string } & SinceLastReview)[]>> => {
  const computed = await computeInputPack(store, query);
  if (computed._tag === 'Left') return computed;
  return right(
    computed.right.parts.map((part) => ({
      inputId: part.inputId,
      ...(part.content as { readonly sinceLastReview: SinceLastReview }).sinceLastReview,
    })),
  );
};
