import { combineProjections } from '@mgmt-review/eventsourcing';
import { type ExportState, exportDetailsProjection } from '@mgmt-review/exports';
import { packProjection } from '@mgmt-review/report';

/**
 * What the host keeps current in its database: the review pack's fold (the views, the KPI facts and
 * each review's dossier) and the exports' own records, in one pass over the history.
 */
export const readModelProjection = combineProjections('host-http.readModels', {
  pack: packProjection,
  details: exportDetailsProjection,
});

export type ReadModelState = ReturnType<typeof readModelProjection.initial>;

/** The state the exports read, from the read models' state. */
export const exportStateOf = (state: ReadModelState): ExportState => ({
  views: state.pack.views,
  details: state.details,
});
