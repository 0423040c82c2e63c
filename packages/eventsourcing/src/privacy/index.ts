/** Personal data in the history: the marker on codecs, and the personal fields of a payload. */
export { ANY_ITEM, isPersonal, type PersonalMark, personal, personalPathsOf } from './personal.js';
