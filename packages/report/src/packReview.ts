import { agendaInputOf, builtInCatalogues, type ClauseCatalogue, reviewAgendaOf } from '@mgmt-review/core';
import { type ReviewBoardRow, reviewBoard } from '@mgmt-review/views';
import type { ReviewDossier } from './dossier.js';
import type { PackReview } from './packModel.js';
import type { PackState } from './projection.js';

/** A review's board row and dossier, or a RangeError naming the review the history does not hold. */
export const reviewOf = (
  state: PackState,
  reviewId: string,
  now: string,
): { readonly row: ReviewBoardRow; readonly dossier: ReviewDossier; readonly review: PackReview } => {
  const row = reviewBoard(state.views, { now }).find((r) => r.reviewId === reviewId);
  const record = state.views.reviews.get(reviewId);
  const dossier = state.dossiers.get(reviewId);
  if (row === undefined || record === undefined || dossier === undefined) {
    throw new RangeError(`review ${reviewId}: not in the history as of ${now}`);
  }
  return {
    row,
    dossier,
    review: {
      reviewId,
      kind: row.kind,
      status: row.status,
      plannedDate: row.plannedDate,
      heldOn: row.heldOn,
      chairId: row.chairId,
      catalogueIds: record.catalogueIds,
      periodCovered: dossier.periodCovered,
    },
  };
};

/** The title of an agenda input, or its id when a catalogue of the review is not a built-in one. */
export const inputTitleOf = (catalogueIds: readonly string[], inputId: string): string => {
  const catalogues = catalogueIds.map((id) => builtInCatalogues.get(id));
  if (catalogues.some((catalogue) => catalogue === undefined)) return inputId;
  return agendaInputOf(reviewAgendaOf(catalogues as ClauseCatalogue[]), inputId)?.title ?? inputId;
};
