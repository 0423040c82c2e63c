import {
  checkPackDigests,
  domainRegistry,
  type FrozenInputPack,
  type ManagementReviewEvent,
  reviewStreamId,
} from '@mgmt-review/core';
import { decodeOrThrow, type EventRegistry, type TenantEventStore } from '@mgmt-review/eventsourcing';
import type { InputPackQuery } from './computeInputPack.js';
import { computeInputPack } from './computeInputPack.js';

const registry = domainRegistry as EventRegistry<ManagementReviewEvent>;

/** One input whose frozen part is not what the records give when computed again. */
export interface PartMismatch {
  readonly inputId: string;
  /** The frozen part's digest, and the recomputed one (`null` when the recomputed pack has no such part). */
  readonly frozen: string;
  readonly recomputed: string | null;
}

/** What recomputing a frozen pack found. */
export type PackVerification =
  | { readonly ok: true; readonly pack: FrozenInputPack }
  | {
      readonly ok: false;
      /** Why, in plain words, naming the parts that differ. */
      readonly reason: string;
      readonly partsDiffering: readonly PartMismatch[];
      readonly pack: FrozenInputPack | undefined;
    };

/** The pack a review froze last, as its stream holds it. */
export const frozenPackOf = async (store: TenantEventStore, reviewId: string): Promise<FrozenInputPack | undefined> => {
  const read = await store.readStream(reviewStreamId(reviewId));
  if (read._tag === 'Left') throw new Error(read.left.message);
  let pack: FrozenInputPack | undefined;
  for (const stored of read.right) {
    const event = decodeOrThrow(registry, stored);
    if (event.type === 'InputPackFrozen') pack = event.data.pack;
  }
  return pack;
};

const failed = (reason: string, partsDiffering: readonly PartMismatch[], pack?: FrozenInputPack): PackVerification => ({
  ok: false,
  reason,
  partsDiffering,
  pack,
});

/**
 * Verifies a frozen pack by computing it again from the records, as of the position it records
 * and with its `asOf` as "now": `ok` when every part's digest and the pack's are the same, or the
 * parts that differ, named by input. A pack whose digests are not those of its own content fails
 * too, naming the parts.
 */
export const verifyPack = async (
  store: TenantEventStore,
  reviewId: string,
  pack: FrozenInputPack,
  options: Pick<InputPackQuery, 'catalogues' | 'computers'> = {},
): Promise<PackVerification> => {
  const own = checkPackDigests(pack);
  if (own.partsNotMatching.length > 0 || !own.packMatches) {
    const parts = own.partsNotMatching;
    return failed(
      parts.length > 0
        ? `the digest of the frozen part of input ${parts.join(', ')} is not the digest of its content`
        : "the frozen pack's digest is not the digest of its content",
      pack.parts
        .filter((p) => parts.includes(p.inputId))
        .map((p) => ({ inputId: p.inputId, frozen: p.digest, recomputed: null })),
      pack,
    );
  }
  const recomputed = await computeInputPack(store, {
    ...options,
    reviewId,
    asOf: pack.asOf,
    position: BigInt(pack.position),
  });
  if (recomputed._tag === 'Left') return failed(recomputed.left.message, [], pack);
  const again = new Map(recomputed.right.parts.map((p) => [p.inputId, p.digest]));
  const differing = pack.parts
    .filter((p) => again.get(p.inputId) !== p.digest)
    .map((p) => ({ inputId: p.inputId, frozen: p.digest, recomputed: again.get(p.inputId) ?? null }));
  if (differing.length > 0) {
    return failed(
      `recomputed as of position ${pack.position}, the part of input ${differing.map((d) => d.inputId).join(', ')} differs`,
      differing,
      pack,
    );
  }
  if (recomputed.right.digest !== pack.digest) {
    return failed(`recomputed as of position ${pack.position}, the pack's digest differs`, [], pack);
  }
  return { ok: true, pack };
};

/** Verifies the pack a review froze last (see `verifyPack`); fails when the review froze none. */
export const verifyFrozenPack = async (
  store: TenantEventStore,
  reviewId: string,
  options: Pick<InputPackQuery, 'catalogues' | 'computers'> = {},
): Promise<PackVerification> => {
  const pack = await frozenPackOf(store, reviewId);
  if (pack === undefined) return failed(`review ${reviewId} has no frozen input pack`, []);
  return verifyPack(store, reviewId, pack, options);
};
