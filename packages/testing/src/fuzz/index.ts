/** Near-valid commands derived from every command codec, each with one thing changed, and the strange values they use. */
export { derivedInput } from './derivedInput.js';
export {
  type BaseInput,
  baseInputOf,
  type FuzzCase,
  type FuzzedCommand,
  fuzzCases,
  mutationsOf,
} from './nearValidCommands.js';
export { sampleInputs } from './sampleInputs.js';
export {
  prototypeKeys,
  type StrangeValue,
  strangeDates,
  strangeTexts,
  strangeValues,
  wrongTypes,
} from './strangeValues.js';
