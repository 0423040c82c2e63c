import { cataloguesOf } from './catalogue.js';
import { iso9001_2015 } from './iso9001.js';
import { iso14001_2015 } from './iso14001.js';
import { iso22301_2019 } from './iso22301.js';
import { iso27001_2022 } from './iso27001.js';
import { iso42001_2023 } from './iso42001.js';

export * from './agenda.js';
export * from './catalogue.js';
export * from './iso9001.js';
export * from './iso14001.js';
export * from './iso22301.js';
export * from './iso27001.js';
export * from './iso42001.js';

/**
 * The catalogues known out of the box: ISO/IEC 27001:2022 and the other harmonized-structure
 * standards (ISO 9001:2015, ISO 14001:2015, ISO 22301:2019, ISO/IEC 42001:2023). Hosts pass more to
 * `createReviewDecider`/`createManagementReview`.
 */
export const builtInCatalogues = cataloguesOf([
  iso27001_2022,
  iso9001_2015,
  iso14001_2015,
  iso22301_2019,
  iso42001_2023,
]);
