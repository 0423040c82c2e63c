import type { RuleBroken } from '@mgmt-review/eventsourcing';
import { type Either, right } from 'fp-ts/lib/Either.js';
import type { Catalogues, ClauseCatalogue } from '../catalogue/catalogue.js';
import { refuse } from '../shared/rules.js';

/**
 * The rule on the catalogues a review follows: at least one, each known, none twice, named either
 * as one `catalogueId` or as the list `catalogues`; and a pack frozen into the review follows the
 * same catalogues, in the same order.
 */
export const reviewCataloguesRule = 'review-catalogues';

/** How a schedule names its catalogues: one, or the list of an integrated review. */
export interface CatalogueChoice {
  readonly catalogueId?: string;
  readonly catalogues?: readonly string[];
}

/** The catalogues a review is scheduled to follow, in the order given, or why not. */
export const cataloguesFollowed = (
  choice: CatalogueChoice,
  catalogues: Catalogues,
): Either<RuleBroken, readonly ClauseCatalogue[]> => {
  if (choice.catalogueId !== undefined && choice.catalogues !== undefined) {
    return refuse(reviewCataloguesRule, 'name the catalogue as catalogueId or the catalogues as catalogues, not both');
  }
  const ids = choice.catalogues ?? (choice.catalogueId === undefined ? [] : [choice.catalogueId]);
  if (ids.length === 0) {
    return refuse(reviewCataloguesRule, 'a review follows at least one catalogue (catalogueId or catalogues)');
  }
  const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (twice.length > 0) {
    return refuse(reviewCataloguesRule, `catalogue ${[...new Set(twice)].join(', ')} is listed more than once`);
  }
  const unknown = ids.filter((id) => !catalogues.has(id));
  if (unknown.length > 0) {
    return refuse(
      reviewCataloguesRule,
      `catalogue ${unknown.join(', ')} is unknown (known: ${[...catalogues.keys()].join(', ')})`,
    );
  }
  return right(ids.map((id) => catalogues.get(id)!));
};

/** The catalogues a review follows, as its messages name them: `iso27001-2022 + iso9001-2015`. */
export const catalogueNames = (catalogueIds: readonly string[]): string => catalogueIds.join(' + ');
