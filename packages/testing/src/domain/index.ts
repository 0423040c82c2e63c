/** Given/when/then for deciders: `deciderSpec(decider).given(events).when(command).then(events | error)`. */

/** fast-check arbitraries: valid, random and mixed command sequences of each aggregate. */
export * from './arbitraries.js';
export * from './givenWhenThen.js';
/** Running commands through a decider: `historyOf` (setup, throws on refusal), `runCommands` (skips refusals). */
export * from './history.js';
/** Invariants of a history, checked on the events alone. */
export * from './invariants.js';
/** Sample people (host user ids with roles) and sample commands of each aggregate's happy path. */
export { people as samplePeople } from './people.js';
export {
  actionSamples,
  agenda27001,
  minute as sampleTime,
  nonConformitySamples,
  reviewSamples,
  reviewUpToClose,
  reviewUpToDraftedMinutes,
  reviewUpToMeeting,
  riskCriteria as sampleRiskCriteria,
  riskSamples,
  riskScale as sampleRiskScale,
} from './samples.js';
/** `reviewSpec`, `actionSpec`, `nonConformitySpec`, `riskSpec`. */
export * from './specs.js';
