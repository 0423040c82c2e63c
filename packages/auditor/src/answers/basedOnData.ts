import { domainRegistry, type FrozenInputPack, type ManagementReviewEvent, reviewStreamId } from '@mgmt-review/core';
import { decodeOrThrow, type EventRegistry, type TenantEventStore } from '@mgmt-review/eventsourcing';
import { verifyPack } from '@mgmt-review/inputs';
import { type AuditorAnswer, answerOf, listed, plural } from '../answer.js';
import { distinctEvidence } from '../evidence.js';
import { reviewsHeld } from '../reviewsHeld.js';
import type { AuditorState, ReviewRecord } from '../state.js';

const registry = domainRegistry as EventRegistry<ManagementReviewEvent>;

/** What computing the last review's frozen pack again from the records found. */
export type FrozenPackCheck =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: string; readonly partsDiffering: readonly string[] };

/** How one input presented at the last review stands on data. */
export interface PresentedInputData {
  readonly inputId: string;
  /** It cites a part of the pack frozen into the review (the pack's digest and the part's match). */
  readonly citesFrozenPart: boolean;
  /** Its part computes again to the same digest; `null` when the pack was not computed again. */
  readonly verifies: boolean | null;
}

/** What answer 15 rests on: the last review, its frozen pack, and each input it presented. */
export interface BasedOnDataDetails {
  readonly reviewId: string | undefined;
  /** The frozen pack's digest and position, when the review froze one. */
  readonly pack: { readonly digest: string; readonly position: string } | undefined;
  readonly inputs: readonly PresentedInputData[];
  /** Whether the frozen pack was computed again from the records for this answer. */
  readonly recomputed: boolean;
  readonly reason: string | undefined;
}

const cites = (review: ReviewRecord, inputId: string): boolean => {
  const cited = review.inputs.get(inputId)?.frozenPart;
  const pack = review.inputPack;
  return (
    cited !== undefined &&
    pack !== undefined &&
    cited.packDigest === pack.digest &&
    pack.partDigests.get(inputId) === cited.partDigest
  );
};

/**
 * 15. Was the review based on data? `yes` when every input presented at the last review cites a
 * part of the pack frozen into it and that pack, computed again from the records as of its
 * position, gives the same digests; `partial` when only some do, or when the pack was not computed
 * again (`check` absent: the state alone cannot recompute); `no` when none does.
 */
export const reviewBasedOnData = (
  state: AuditorState,
  now: string,
  check?: FrozenPackCheck,
): AuditorAnswer<BasedOnDataDetails> => {
  const last = reviewsHeld(state).at(-1);
  if (last === undefined) {
    return answerOf('review-based-on-data', now, {
      verdict: 'not-yet-applicable',
      sentence: 'No management review meeting has been held yet.',
      details: { reviewId: undefined, pack: undefined, inputs: [], recomputed: false, reason: undefined },
      evidence: [],
    });
  }
  const presented = last.agenda.filter((inputId) => last.inputs.get(inputId)?.kind === 'presented');
  // A check that names no part (the pack could not be computed again) fails every part.
  const verifies = (inputId: string): boolean | null =>
    check === undefined
      ? null
      : check.ok || (check.partsDiffering.length > 0 && !check.partsDiffering.includes(inputId));
  const inputs = presented.map((inputId): PresentedInputData => {
    const cited = cites(last, inputId);
    return { inputId, citesFrozenPart: cited, verifies: cited ? verifies(inputId) : false };
  });
  const details: BasedOnDataDetails = {
    reviewId: last.reviewId,
    pack:
      last.inputPack === undefined ? undefined : { digest: last.inputPack.digest, position: last.inputPack.position },
    inputs,
    recomputed: check !== undefined,
    reason: check === undefined || check.ok ? undefined : check.reason,
  };
  // The meeting is evidence of every verdict: even one with no input presented and no pack frozen.
  const evidence = distinctEvidence([
    last.meeting.evidence,
    last.inputPack?.evidence,
    ...presented.map((id) => last.inputs.get(id)?.evidence),
  ]);
  const where = `${last.reviewId} (${last.meeting.day})`;
  const citing = inputs.filter((i) => i.citesFrozenPart);
  const uncited = inputs.filter((i) => !i.citesFrozenPart).map((i) => i.inputId);
  const failing = inputs.filter((i) => i.verifies === false && i.citesFrozenPart).map((i) => i.inputId);
  const good = inputs.filter((i) => i.verifies === true);
  const gaps = [
    uncited.length > 0 ? `${listed(uncited)} cite${uncited.length === 1 ? 's' : ''} no frozen part` : undefined,
    failing.length > 0 ? `the part of ${listed(failing)} no longer computes to its digest` : undefined,
  ].filter((g) => g !== undefined);
  const answer = (verdict: 'yes' | 'partial' | 'no', sentence: string) =>
    answerOf('review-based-on-data', now, { verdict, sentence, details, evidence });
  if (presented.length === 0) return answer('no', `No: ${where} presented no input.`);
  if (citing.length === 0) {
    return answer(
      'no',
      `No: none of the ${plural(presented.length, 'input')} presented in ${where} cites a part of a frozen input pack.`,
    );
  }
  if (check === undefined) {
    return answer(
      'partial',
      `Partly: ${citing.length} of ${plural(presented.length, 'input')} presented in ${where} cite a frozen part${gaps.length > 0 ? ` (${listed(gaps)})` : ''}; the pack has not been computed again here.`,
    );
  }
  if (good.length === presented.length) {
    return answer(
      'yes',
      `Yes: every one of the ${plural(presented.length, 'input')} presented in ${where} cites a part of the pack frozen at position ${details.pack?.position}, and the pack computes again to the same digests.`,
    );
  }
  if (good.length === 0) return answer('no', `No: in ${where}, ${listed(gaps)}.`);
  return answer(
    'partial',
    `Partly: ${good.length} of ${plural(presented.length, 'input')} presented in ${where} rest on a frozen part that verifies; ${listed(gaps)}.`,
  );
};

/** The pack with this digest, as the review's stream holds it. */
const packOf = async (
  store: TenantEventStore,
  reviewId: string,
  digest: string,
): Promise<FrozenInputPack | undefined> => {
  const read = await store.readStream(reviewStreamId(reviewId));
  if (read._tag === 'Left') throw new Error(read.left.message);
  for (const stored of read.right) {
    const event = decodeOrThrow(registry, stored);
    if (event.type === 'InputPackFrozen' && event.data.pack.digest === digest) return event.data.pack;
  }
  return undefined;
};

/**
 * Computes the last held review's frozen pack again from the tenant's records, as of the position
 * it records; `undefined` when no review was held or the last one froze no pack.
 */
export const checkLastFrozenPack = async (
  store: TenantEventStore,
  state: AuditorState,
): Promise<FrozenPackCheck | undefined> => {
  const last = reviewsHeld(state).at(-1);
  if (last?.inputPack === undefined) return undefined;
  const pack = await packOf(store, last.reviewId, last.inputPack.digest);
  if (pack === undefined)
    return { ok: false, reason: 'the frozen pack is not in the review stream', partsDiffering: [] };
  const verified = await verifyPack(store, last.reviewId, pack);
  return verified.ok
    ? { ok: true }
    : { ok: false, reason: verified.reason, partsDiffering: verified.partsDiffering.map((p) => p.inputId) };
};
