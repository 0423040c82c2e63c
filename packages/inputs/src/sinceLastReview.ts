import {
  type Catalogues,
  type ClauseCatalogue,
  dayOf,
  type RecordSource,
  reviewAgendaOf,
  reviewStreamId,
} from '@mgmt-review/core';
import { type ComputedPart, isPackProblem, type ReviewAt, reviewAt } from './computeParts.js';
import { countWithin, type PackEvents, type Snapshot } from './history.js';
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

/** The previous review's figures recomputed as of the end of its meeting day, by source. */
export interface FiguresThen {
  readonly asOf: string;
  /** `undefined` when the previous review could not be read as of then. */
  readonly figures: ReadonlyMap<RecordSource, Figures> | undefined;
}

/** How the pack's fold gives the previous review's figures: where to look on the way, and what it found. */
export interface FiguresThenPass {
  readonly snapshot: Snapshot | undefined;
  readonly result: () => FiguresThen | undefined;
}

const noPass: FiguresThenPass = { snapshot: undefined, result: () => undefined };

/**
 * Plans the previous review's figures from the pack's own fold. Where the previous review froze no
 * pack, its figures are those its meeting day's records give: the history is looked at once the
 * events recorded by the end of that day are folded, every source of this review's agenda computed
 * there, and the fold goes on — one fold for the pack and its comparison. Where it froze a pack,
 * or has no previous review or meeting, there is nothing to look at.
 */
export const figuresThenPass = (
  tenantId: string,
  read: PackEvents,
  options: {
    readonly reviewId: string;
    readonly computers: PartComputers;
    readonly catalogues: Catalogues;
  },
): FiguresThenPass => {
  const stream = reviewStreamId(options.reviewId);
  const scheduled = read.events.find((e) => e.streamId === stream && e.type === 'ReviewScheduled');
  if (scheduled === undefined || scheduled.type !== 'ReviewScheduled') return noPass;
  const previousId = scheduled.data.previousReviewId;
  if (previousId === undefined) return noPass;
  const previousStream = reviewStreamId(previousId);
  const previous = read.events.filter((e) => e.streamId === previousStream);
  if (previous.some((e) => e.type === 'InputPackFrozen')) return noPass;
  const meeting = previous.filter((e) => e.type === 'MeetingOpened').at(-1);
  if (meeting === undefined) return noPass;
  const known = scheduled.data.catalogueIds.map((id) => options.catalogues.get(id));
  if (known.some((catalogue) => catalogue === undefined)) return noPass;
  const onAgenda = new Set(scheduled.data.agenda);
  const sources = new Set(
    reviewAgendaOf(known as ClauseCatalogue[])
      .filter((input) => onAgenda.has(input.id))
      .flatMap((input) => input.fedBy),
  );
  const asOf = `${dayOf(meeting.data.at)}T23:59:59.999Z`;
  let found: FiguresThen | undefined;
  return {
    snapshot: {
      index: countWithin(read, asOf),
      at: async (earlier) => {
        const atThen = await reviewAt(tenantId, earlier, {
          reviewId: previousId,
          asOf,
          catalogues: options.catalogues,
        });
        if (isPackProblem(atThen)) {
          found = { asOf, figures: undefined };
          return;
        }
        const figures = new Map<RecordSource, Figures>();
        // Copied out of the live folds, which go on after the look.
        for (const source of sources) {
          figures.set(source, structuredClone((await options.computers[source](atThen.context)).figures));
        }
        found = { asOf, figures };
      },
    },
    result: () => found,
  };
};

/** The figures of the previous review: from the pack it froze last, or those of its meeting day (`figuresThenPass`). */
const thenOf = (at: ReviewAt, figuresThen: FiguresThen | undefined): Then => {
  const { history, review } = at.context;
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
  const figures = figuresThen?.figures;
  if (figuresThen === undefined || figures === undefined) return none(previousId, events);
  return {
    previousReviewId: previousId,
    events,
    basis: 'meetingDay',
    asOf: figuresThen.asOf,
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
export const sinceLastReviewOf = (
  at: ReviewAt,
  parts: readonly ComputedPart[],
  figuresThen: FiguresThen | undefined,
): ReadonlyMap<string, SinceLastReview> => {
  const then = thenOf(at, figuresThen);
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
