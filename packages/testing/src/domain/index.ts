/**
 * Given/when/then for deciders (`deciderSpec`) and running commands through a decider (`historyOf`,
 * which throws on a refusal; `runCommands`, which skips refusals): the kernel's, from
 * `@mgmt-review/eventsourcing/testing`, here too for hosts that test with this package alone.
 */

/**
 * Sample people, sample commands of each aggregate's happy path, and `reviewSpec`, `actionSpec`,
 * `nonConformitySpec`, `riskSpec`: core's, from `@mgmt-review/core/testing`.
 */
export * from '@mgmt-review/core/testing';
export {
  type DeciderSpec,
  deciderSpec,
  type ExpectedError,
  type Given,
  historyOf,
  type Outcome,
  runCommands,
} from '@mgmt-review/eventsourcing/testing';
/** fast-check arbitraries: valid, random and mixed command sequences of each aggregate. */
export * from './arbitraries.js';
/** Invariants of a history, checked on the events alone. */
export * from './invariants.js';
