import { type Catalogues, type RecordSource, reviewStreamId } from '@mgmt-review/core';
import { isLeft } from 'fp-ts/lib/Either.js';
import { type ComputedPart, isPackProblem, type ReviewAt, reviewAt } from './computeParts.js';
import { historyWithin } from './history.js';
import type { Figures, Json, PartComputers } from './part.js';
import { eventsOfStreams, restsOnDigest } from './restsOn.js';

/** One figure in the previous review and now, and by how much it moved when both are numbers. */
export interface FigureChange {
  readonly previous: Json;
  readonly now: Json;
  readonly change: number | null;
}

/** Where the previous review's figures come from: its frozen pack, the records as of its meeting day, or none. */
export type SinceBasis = 'frozenPack' | 'meetingDay' | 'none';

/** What changed since the last review, for one input: each source's figures now against then. */
export interface SinceLastReview {
  readonly previousReviewId: string | null;
  readonly basis: SinceBasis;
  /** The moment the previous figures are as of (the previous pack's `asOf`, or the end of its meeting day). */
  readonly asOf: string | null;
  readonly sources: readonly {
    readonly source: RecordSource;
    readonly figures: { readonly [f: string]: FigureChange };
  }[];
  /** The events of the previous review's stream the comparison rests on (its pack, its meeting), in global order. */
  readonly events: readonly string[];
  /** Their digest (`restsOnDigest`). */
  readonly restsOn: string;
}

interface Then {
  readonly previousReviewId: string | null;
  readonly events: readonly string[];
  readonly basis: SinceBasis;
  readonly asOf: string | null;
  /** Each input's figures then, by source (from a frozen pack), or each source's (recomputed). */
  readonly figuresOf: (inputId: string, source: RecordSource) => Figures | undefined;
}

const none = (previousReviewId: string | null, events: readonly string[] = []): Then => ({
  previousReviewId,
  events,
  basis: 'none',
  asOf: null,
  figuresOf: () => undefined,
});

/** The figures of the previous review: from the pack it froze last, or recomputed as of the end of its meeting day. */
const thenOf = async (
  at: ReviewAt,
  parts: readonly ComputedPart[],
  options: { readonly computers: PartComputers; readonly catalogues: Catalogues },
): Promise<Then> => {
  const { history, review, handles } = at.context;
  const previousId = review.previousReviewId;
  if (previousId === undefined) return none(null);
  const stream = reviewStreamId(previousId);
  const events = eventsOfStreams(history, [stream]);
  const frozen = history.events.filter((e) => e.streamId === stream && e.type === 'InputPackFrozen').at(-1);
  if (frozen !== undefined && frozen.type === 'InputPackFrozen') {
    const pack = frozen.data.pack;
    return {
      previousReviewId: previousId,
      events,
      basis: 'frozenPack',
      asOf: pack.asOf,
      // A source's figures are the same in every part of a pack (each source is computed once), so
      // when the input is not on the previous agenda (a review of other catalogues), another
      // part fed by the source gives them.
      figuresOf: (inputId, source) => {
        const figures = (part: (typeof pack.parts)[number] | undefined) =>
          (
            part?.content as
              | { readonly sources?: readonly { readonly source: string; readonly figures: Figures }[] }
              | undefined
          )?.sources?.find((s) => s.source === source)?.figures;
        return (
          figures(pack.parts.find((p) => p.inputId === inputId)) ??
          figures(pack.parts.find((p) => p.sources.includes(source)))
        );
      },
    };
  }
  const loaded = await handles.reviews.load(previousId)();
  if (isLeft(loaded) || loaded.right.state.meetingDay === undefined) return none(previousId, events);
  const asOf = `${loaded.right.state.meetingDay}T23:59:59.999Z`;
  const earlier = await historyWithin(history, { recordedAt: asOf });
  const atThen = await reviewAt(handles.tenantId, earlier, {
    reviewId: previousId,
    asOf,
    catalogues: options.catalogues,
  });
  if (isPackProblem(atThen)) return none(previousId, events);
  const figures = new Map<RecordSource, Figures>();
  for (const source of new Set(parts.flatMap((p) => p.sources.map((s) => s.source)))) {
    figures.set(source, (await options.computers[source](atThen.context)).figures);
  }
  return {
    previousReviewId: previousId,
    events,
    basis: 'meetingDay',
    asOf,
    figuresOf: (_, source) => figures.get(source),
  };
};

const changeOf = (previous: Json | undefined, now: Json): FigureChange => ({
  previous: previous ?? null,
  now,
  change: typeof previous === 'number' && typeof now === 'number' ? Math.round((now - previous) * 1000) / 1000 : null,
});

/**
 * What changed since the last review, for each part fed by records: every figure but lists, now against the
 * previous review's, with the change where both are numbers.
 */
export const sinceLastReviewOf = async (
  at: ReviewAt,
  parts: readonly ComputedPart[],
  options: { readonly computers: PartComputers; readonly catalogues: Catalogues },
): Promise<ReadonlyMap<string, SinceLastReview>> => {
  const then = await thenOf(at, parts, options);
  const restsOn = restsOnDigest(at.context.history, then.events);
  const result = new Map<string, SinceLastReview>();
  for (const part of parts) {
    result.set(part.inputId, {
      previousReviewId: then.previousReviewId,
      basis: then.basis,
      asOf: then.asOf,
      sources: part.sources.map((s) => {
        const before = then.figuresOf(part.inputId, s.source) ?? {};
        const figures: Record<string, FigureChange> = {};
        for (const [name, now] of Object.entries(s.figures)) {
          if (Array.isArray(now)) continue;
          figures[name] = changeOf(before[name], now);
        }
        return { source: s.source, figures };
      }),
      events: then.events,
      restsOn,
    });
  }
  return result;
};
