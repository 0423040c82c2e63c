import { domainRegistry, type ManagementReviewEvent } from '@mgmt-review/core';
import {
  type AsOf,
  combineProjections,
  type EventRegistry,
  replay,
  type TenantEventStore,
} from '@mgmt-review/eventsourcing';
import { type ViewsState, viewsProjection } from '@mgmt-review/views';
import { type ExportDetails, exportDetailsProjection } from './reviewDetails.js';

/**
 * What every export is made from: the views' state and the exports' own records, folded in one
 * pass over the same history, so both stand at the same position.
 */
export interface ExportState {
  readonly views: ViewsState;
  readonly details: ExportDetails;
}

/** The views and the exports' records as one fold; replay it `asOf` any moment. */
export const exportsProjection = combineProjections('mgmt-review.exports', {
  views: viewsProjection,
  details: exportDetailsProjection,
});

/** The history position an export was made from, as a decimal string (`'0'` for an empty history). */
export const positionOf = (state: ExportState): string => (state.details.position ?? 0n).toString();

/**
 * The tenant an export is made for, checked against the history folded: identifiers derive from
 * it, so an export never names one tenant's items with another's UUIDs.
 */
export const tenantOf = (state: ExportState, tenantId: string): string => {
  const folded = state.details.tenantId;
  if (folded !== undefined && folded !== tenantId) {
    throw new RangeError(`tenantId: the state holds the history of tenant ${folded}, not ${tenantId}`);
  }
  return tenantId;
};

/** Replays one tenant's history as of a moment (or whole) into the state the exports read. */
export const exportStateAsOf = (
  store: TenantEventStore,
  options: { readonly asOf?: AsOf } = {},
): Promise<ExportState> =>
  replay(store, domainRegistry as EventRegistry<ManagementReviewEvent>, exportsProjection, { asOf: options.asOf });
