import { computeKpis, indicatorKpiSeries } from '@mgmt-review/kpis';
import { riskRegister } from '@mgmt-review/views';
import type { AgendaPack } from './packModel.js';
import { inputTitleOf, reviewOf } from './packReview.js';
import type { PackState } from './projection.js';
import { trendSections } from './trendSections.js';

/** What an agenda pack is asked for: the review, the moment, and how many quarters of trend. */
export interface AgendaPackQuery {
  readonly reviewId: string;
  /** The moment the pack is made as of (ISO-8601); "today" of every register. */
  readonly now: string;
  /** Quarters of trend, ending with the one of the period covered's end (or of `now`, if earlier). Default 8. */
  readonly quarters?: number;
}

/** The first day of the quarter `quarters - 1` quarters before the one holding `day`. */
const quarterStartBefore = (day: string, quarters: number): string => {
  const quarterIndex = Math.floor((Number(day.slice(5, 7)) - 1) / 3) - (quarters - 1);
  return new Date(Date.UTC(Number(day.slice(0, 4)), quarterIndex * 3, 1)).toISOString().slice(0, 10);
};

/**
 * The agenda pack of a review: its agenda over the catalogue, participants and roles, the
 * preparatory reports requested and submitted, the frozen input pack (each part's summary and
 * digest) when the review has one, and a chart per trend from the current data.
 */
export const agendaPackOf = (state: PackState, query: AgendaPackQuery): AgendaPack => {
  const { review, dossier } = reviewOf(state, query.reviewId, query.now);
  const today = query.now.slice(0, 10);
  // Days compare as text (YYYY-MM-DD): the earlier of the period's end and today.
  const to = [review.periodCovered.to, today].sort()[0]!;
  const kpiQuery = {
    from: quarterStartBefore(to, query.quarters ?? 8),
    to,
    period: 'quarter',
    now: today,
  } as const;
  const kpis = computeKpis(state.kpis, kpiQuery);
  const indicators = indicatorKpiSeries(state.kpis, kpiQuery);
  const risks = riskRegister(state.views, { now: query.now });
  const pack = dossier.inputPack;
  return {
    kind: 'agenda',
    review,
    now: query.now,
    agenda: state.views.reviews
      .get(review.reviewId)!
      .agenda.map((inputId) => ({ inputId, title: inputTitleOf(review.catalogueIds, inputId) })),
    participants: dossier.invited.map((p) => ({ id: p.id, role: p.role })),
    reports: [...dossier.reports.values()].map((r) => ({ ...r })),
    inputPack:
      pack === undefined
        ? undefined
        : {
            position: pack.position,
            asOf: pack.asOf,
            digest: pack.digest,
            periodCovered: pack.periodCovered,
            parts: pack.parts,
          },
    trends: trendSections.flatMap((section) => section.chart({ kpis, risks, indicators })),
  };
};
