import {
  type AgendaInput,
  addDays,
  agendaInputOf,
  type Catalogues,
  type ClauseCatalogue,
  dayOf,
  daysBetween,
  type InputOrigin,
  type RecordSource,
  type Review,
  reviewAgendaOf,
  reviewLifecycle,
} from '@mgmt-review/core';
import { isLeft } from 'fp-ts/lib/Either.js';
import type { PackHistory } from './history.js';
import type { DayRange, PartComputers, PartContext, SourcePart } from './part.js';
import { handlesAt } from './recordsAt.js';
import { restsOnDigest } from './restsOn.js';

/** Why a pack cannot be computed for a review. */
export interface InputPackProblem {
  readonly _tag: 'InputPackProblem';
  readonly message: string;
}

/** A pack problem, in plain words. */
export const packProblem = (message: string): InputPackProblem => ({ _tag: 'InputPackProblem', message });

/** What one source gives in a part's content: its figures, trend, sentence, events, and their digest. */
export interface SourceContent extends SourcePart {
  readonly source: RecordSource;
  /** The digest of the events the source rests on (`restsOnDigest`). */
  readonly restsOn: string;
}

/** An input's part before what changed since the last review is added. */
export interface ComputedPart {
  readonly inputId: string;
  readonly title: string;
  readonly clause: string;
  /** The catalogue inputs it stands for, in a review of several catalogues; absent in a review of one. */
  readonly from?: readonly InputOrigin[];
  readonly sources: readonly SourceContent[];
  readonly summary: string;
}

/** The review a pack is computed for, with its catalogues, its agenda and the history as of the pack's position. */
export interface ReviewAt {
  readonly context: PartContext;
  /** The catalogues the review follows, in its order. */
  readonly catalogues: readonly ClauseCatalogue[];
  /** The agenda those catalogues give (`reviewAgendaOf`), each input with the catalogue inputs it stands for. */
  readonly agenda: readonly AgendaInput[];
}

/** The period of the same length that ends the day before `period` starts. */
export const periodBefore = (period: DayRange): DayRange => {
  const days = daysBetween(period.from, period.to) + 1;
  return { from: addDays(period.from, -days), to: addDays(period.from, -1) };
};

/** Loads the review as of the history's position and sets up what every part computer reads. */
export const reviewAt = async (
  tenantId: string,
  history: PackHistory,
  options: { readonly reviewId: string; readonly asOf: string; readonly catalogues: Catalogues },
): Promise<ReviewAt | InputPackProblem> => {
  const handles = handlesAt(tenantId, history, options.asOf);
  const loaded = await handles.reviews.load(options.reviewId)();
  if (isLeft(loaded)) return packProblem(loaded.left.message);
  const review: Review = loaded.right.state;
  if (review.status === reviewLifecycle.initial) {
    return packProblem(`review ${options.reviewId} had not been scheduled at position ${history.position}`);
  }
  if (review.periodCovered === undefined) return packProblem(`review ${options.reviewId} covers no period`);
  const unknown = review.catalogueIds.filter((id) => !options.catalogues.has(id));
  if (unknown.length > 0)
    return packProblem(`review ${options.reviewId} follows unknown catalogue ${unknown.join(', ')}`);
  const catalogues = review.catalogueIds.map((id) => options.catalogues.get(id)!);
  const period = { from: review.periodCovered.from, to: review.periodCovered.to };
  return {
    catalogues,
    agenda: reviewAgendaOf(catalogues),
    context: {
      history,
      handles,
      review,
      asOf: options.asOf,
      day: dayOf(options.asOf),
      period,
      previousPeriod: periodBefore(period),
    },
  };
};

/** Whether a value is a pack problem rather than what was asked for. */
export const isPackProblem = (value: unknown): value is InputPackProblem =>
  typeof value === 'object' && value !== null && (value as { _tag?: unknown })._tag === 'InputPackProblem';

/**
 * The part of each input on the review's agenda, in agenda order: each source computed once (two
 * inputs fed by one source share it, in an integrated review too), with the digest of the events it rests on. An input fed by
 * no source gets a part that says it is presented by hand.
 */
export const computeParts = async (at: ReviewAt, computers: PartComputers): Promise<readonly ComputedPart[]> => {
  const bySource = new Map<RecordSource, SourceContent>();
  const sourceContent = async (source: RecordSource): Promise<SourceContent> => {
    const known = bySource.get(source);
    if (known !== undefined) return known;
    const part = await computers[source](at.context);
    const content = { source, ...part, restsOn: restsOnDigest(at.context.history, part.events) };
    bySource.set(source, content);
    return content;
  };
  const parts: ComputedPart[] = [];
  const integrated = at.catalogues.length > 1;
  for (const inputId of at.context.review.agenda) {
    const input = agendaInputOf(at.agenda, inputId);
    const title = input?.title ?? inputId;
    const clause = input?.clause ?? at.catalogues[0]!.clause;
    const sources: SourceContent[] = [];
    for (const source of input?.fedBy ?? []) sources.push(await sourceContent(source));
    const summary =
      sources.length === 0
        ? `Presented by hand: no record kept here feeds ${clause} (${title}).`
        : sources.map((s) => s.summary).join(' ');
    const from = integrated ? { from: input?.from ?? [] } : {};
    parts.push({ inputId, title, clause, ...from, sources, summary });
  }
  return parts;
};
