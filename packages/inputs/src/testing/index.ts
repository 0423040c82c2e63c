/** Test support for input packs: `copyHistory(tenant, change?)` copies a tenant's history into a new store. */
export { copyHistory } from './copyHistory.js';
export { eventsPartRestsOn } from './restsOn.js';
