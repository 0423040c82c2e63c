import { builtInCatalogues, type Catalogues, type FrozenInputPack, sealInputPack } from '@mgmt-review/core';
import type { TenantEventStore } from '@mgmt-review/eventsourcing';
import { type Either, left, right } from 'fp-ts/lib/Either.js';
import { computeParts, type InputPackProblem, isPackProblem, reviewAt } from './computeParts.js';
import { foldPackEvents, type PackHistory, readPackEvents } from './history.js';
import type { Json, PartComputers } from './part.js';
import { partComputers } from './parts/index.js';
import { figuresThenPass, sinceLastReviewOf } from './sinceLastReview.js';

/** Which review a pack is for, as of when, and (optionally) other catalogues or part computers. */
export interface InputPackQuery {
  readonly reviewId: string;
  /** The moment the pack is computed as of (ISO-8601 date-time): the records as recorded by then. */
  readonly asOf: string;
  /** Reads what had happened by `asOf` in business time rather than what had been recorded by then. */
  readonly effective?: boolean;
  /** Computes as of this position instead of the last event recorded by `asOf` (which stays "now"). */
  readonly position?: bigint;
  readonly catalogues?: Catalogues;
  readonly computers?: PartComputers;
}

/** A computed pack, and the history it was computed from. */
export interface ComputedPack {
  readonly pack: FrozenInputPack;
  readonly history: PackHistory;
}

/**
 * Computes a review's input pack (9.3.2) from a tenant's records as of a moment: the review as it
 * stood then (catalogues, period covered, agenda, previous review), the position of the last event
 * recorded by `asOf`, and for each agenda input the part its record sources give, with what changed
 * since the last review, sealed with its digests. Every figure relative to today is relative to
 * `asOf`; nothing reads a clock, and nothing after the position counts, so computing again as of
 * the recorded position and `asOf` gives the same digests.
 */
export const computeInputPackWithHistory = async (
  store: TenantEventStore,
  query: InputPackQuery,
): Promise<Either<InputPackProblem, ComputedPack>> => {
  const catalogues = query.catalogues ?? builtInCatalogues;
  const computers = query.computers ?? partComputers;
  const read = await readPackEvents(
    store,
    query.position !== undefined
      ? { position: query.position }
      : query.effective === true
        ? { occurredAt: query.asOf }
        : { recordedAt: query.asOf },
  );
  // One fold of the history: the previous review's figures are taken on the way through it.
  const then = figuresThenPass(store.tenantId, read, { reviewId: query.reviewId, computers, catalogues });
  const history = await foldPackEvents(read, then.snapshot);
  const at = await reviewAt(store.tenantId, history, { reviewId: query.reviewId, asOf: query.asOf, catalogues });
  if (isPackProblem(at)) return left(at);
  const parts = await computeParts(at, computers);
  const since = sinceLastReviewOf(at, parts, then.result());
  const pack = sealInputPack({
    catalogueIds: at.catalogues.map((catalogue) => catalogue.id),
    periodCovered: at.context.period,
    position: history.position.toString(),
    asOf: query.asOf,
    parts: parts.map((part) => ({
      inputId: part.inputId,
      sources: part.sources.map((s) => s.source),
      summary: part.summary,
      content: {
        // In a review of several catalogues, the input also names the catalogue inputs it stands for.
        input: {
          id: part.inputId,
          title: part.title,
          clause: part.clause,
          ...(part.from === undefined ? {} : { from: part.from }),
        },
        presentedByHand: part.sources.length === 0,
        sources: part.sources,
        // An input presented by hand has no figures to compare, and rests on no event.
        ...(part.sources.length === 0 ? {} : { sinceLastReview: since.get(part.inputId) }),
      } as unknown as Json,
    })),
  });
  return right({ pack, history });
};

/** Computes a review's input pack as of a moment (see `computeInputPackWithHistory`). */
export const computeInputPack = async (
  store: TenantEventStore,
  query: InputPackQuery,
): Promise<Either<InputPackProblem, FrozenInputPack>> => {
  const computed = await computeInputPackWithHistory(store, query);
  return computed._tag === 'Left' ? computed : right(computed.right.pack);
};
