import { catalogueNames } from '@mgmt-review/core';
import type { PackReview } from '../packModel.js';
import { escapeHtml, htmlFacts } from './markup.js';

/** The page header: what the pack is and which review it is about. */
export const reviewHeader = (title: string, review: PackReview): string =>
  [
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="subtitle">ISO/IEC 27001:2022 clause 9.3 — review ${escapeHtml(review.reviewId)}</p>`,
    htmlFacts([
      ['Review', review.reviewId],
      ['Kind', review.kind],
      ['Status', review.status],
      ['Planned for', review.plannedDate],
      ['Held on', review.heldOn],
      ['Chair', review.chairId],
      ['Period covered', `${review.periodCovered.from} to ${review.periodCovered.to}`],
      ['Catalogue', catalogueNames(review.catalogueIds)],
    ]),
  ].join('\n');
