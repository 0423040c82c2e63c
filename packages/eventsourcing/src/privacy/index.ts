/**
 * Personal data in the history: the marker on codecs, the salted digests the hash covers instead
 * of personal values, and erasure (docs/privacy-format.md).
 */
export * from './erasure.js';
export * from './erasureEvent.js';
export { type ErasedFieldReport, type IntegrityProblem, integrityOf } from './integrity.js';
export { ANY_ITEM, isPersonal, type PersonalMark, personal, personalPathsOf } from './personal.js';
export * from './personalFields.js';
export { personalPointersIn, pointerOf, segmentsOf, valueAt } from './pointer.js';
