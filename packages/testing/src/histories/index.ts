/** Random valid histories for property tests (`historySteps`, `writeHistory`, `createHistoryWriter`). */
export * from './randomHistory.js';
/** A small hand-written history whose every value is known (`writeSmallHistory`). */
export * from './smallHistory.js';
