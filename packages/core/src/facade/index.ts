export type { AggregateGroups, AggregateHandles, VerbFunction } from './aggregateHandles.js';
export * from './commandFunction.js';
export * from './createManagementReview.js';
export type { DecidedActionInput, DecisionWithActionsInput, DecisionWithActionsResult } from './decisionWithActions.js';
export type { NonConformityFindingInput, NonConformityFindingResult } from './nonConformityFinding.js';
export {
  type ErasureInput,
  type ErasureRefused,
  FieldErasure,
  type Mention,
  type MentionsErased,
  MentionsErasure,
  type MentionsErasureInput,
  type PrivacyHandles,
} from './privacy.js';
export type { Promised, PromiseGroup } from './promises.js';
export { DecidedAction, DecisionWithActions, NonConformityFinding, StatusOfPreviousActions } from './workflowInputs.js';
