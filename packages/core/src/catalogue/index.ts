import { cataloguesOf } from './catalogue.js';
import { iso27001_2022 } from './iso27001.js';

export * from './catalogue.js';
export * from './iso27001.js';

/** The catalogues known out of the box. Hosts pass more to `createReviewDecider`/`createManagementReview`. */
export const builtInCatalogues = cataloguesOf([iso27001_2022]);
