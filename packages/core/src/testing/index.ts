/**
 * @mgmt-review/core/testing — test support for the domain, apart from core's main entry: sample
 * people and the sample commands of each aggregate's happy path, and given/when/then over each
 * decider (`reviewSpec`, …, built with the kernel's `deciderSpec`).
 */

/** Sample commands of an objective (measurable, and judged by its criteria), an indicator, and an internal audit. */
export { auditSamples } from './auditSamples.js';
/** Sample commands of the context (4.1), interested parties (4.2), consultations (9.3.2 c, e) and improvements (10.1). */
export { consultationSamples } from './consultationSamples.js';
export { climateSamples, contextIssueSamples } from './contextSamples.js';
/** Random command sequences for property tests: drafts sent one day apart to one aggregate. */
export { type CommandDraft, dailyCommands } from './dailyCommands.js';
export { improvementSamples } from './improvementSamples.js';
export { indicatorSamples } from './indicatorSamples.js';
export { interestedPartySamples } from './interestedPartySamples.js';
export { objectiveSamples } from './objectiveSamples.js';
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
  riskUpToResidual,
} from './samples.js';
/**
 * `reviewSpec`, `actionSpec`, `nonConformitySpec`, `riskSpec`, `objectiveSpec`, `indicatorSpec`,
 * `auditSpec`, `contextIssueSpec`, `interestedPartySpec`, `consultationSpec`, `improvementSpec`.
 */
export * from './specs.js';
/** `typedCommand<C>()`: sample commands of one aggregate, typed by their data. */
export { typedCommand } from './typedCommand.js';
