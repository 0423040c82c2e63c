import { type ManagementReviewEvent, routeEvents } from '@mgmt-review/core';
import type { Projection, RecordedEvent } from '@mgmt-review/eventsourcing';
import { type KpiState, kpiProjection } from '@mgmt-review/kpis';
import { type ViewsState, viewsProjection } from '@mgmt-review/views';
import { applyDossierEvent, type ReviewDossier } from './dossier.js';

/** What a pack is made from: the views, the KPI facts, and each review's dossier. */
export interface PackState {
  views: ViewsState;
  kpis: KpiState;
  dossiers: Map<string, ReviewDossier>;
  /** The global position of the last event folded (0 before any): where the pack's history ends. */
  position: bigint;
}

/** The dossiers `apply` is folding; set before routing (the router is built once, `apply` is synchronous). */
let folding: Map<string, ReviewDossier> = new Map();

const ignore = (): void => {};

/** Each review event to the dossiers, by core's router; other aggregates' events are the views' and KPIs'. */
const route = routeEvents<RecordedEvent<ManagementReviewEvent>, void>(
  {
    review: (event) => applyDossierEvent(folding, event),
    action: ignore,
    nonConformity: ignore,
    risk: ignore,
    objective: ignore,
    indicator: ignore,
    audit: ignore,
    contextIssue: ignore,
    interestedParty: ignore,
    consultation: ignore,
    improvement: ignore,
  },
  ignore,
);

/**
 * One fold for the review pack: the views' and the KPIs' own folds, and the review dossiers, in
 * one pass over the history. Updates its state in place and never reads a clock.
 */
export const packProjection: Projection<PackState, ManagementReviewEvent> = {
  name: 'mgmt-review.report',
  version: 1,
  initial: () => ({
    views: viewsProjection.initial(),
    kpis: kpiProjection.initial(),
    dossiers: new Map(),
    position: 0n,
  }),
  apply: (state, event) => {
    state.views = viewsProjection.apply(state.views, event);
    state.kpis = kpiProjection.apply(state.kpis, event);
    state.position = event.globalPosition;
    folding = state.dossiers;
    route(event);
    return state;
  },
};
