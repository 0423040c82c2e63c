import { deciderSpec } from '@mgmt-review/eventsourcing/testing';
import {
  actionDecider,
  auditDecider,
  consultationDecider,
  contextIssueDecider,
  improvementDecider,
  indicatorDecider,
  interestedPartyDecider,
  nonConformityDecider,
  objectiveDecider,
  reviewDecider,
  riskDecider,
} from '../index.js';

/** Given/when/then over the review decider (decider rules only; policies are tested with `withPolicy`). */
export const reviewSpec = deciderSpec(reviewDecider);
/** Given/when/then over the action decider. */
export const actionSpec = deciderSpec(actionDecider);
/** Given/when/then over the nonconformity decider. */
export const nonConformitySpec = deciderSpec(nonConformityDecider);
/** Given/when/then over the risk decider. */
export const riskSpec = deciderSpec(riskDecider);
/** Given/when/then over the objective decider. */
export const objectiveSpec = deciderSpec(objectiveDecider);
/** Given/when/then over the indicator decider. */
export const indicatorSpec = deciderSpec(indicatorDecider);
/** Given/when/then over the audit decider. */
export const auditSpec = deciderSpec(auditDecider);
/** Given/when/then over the context decider (issues and the climate decisions). */
export const contextIssueSpec = deciderSpec(contextIssueDecider);
/** Given/when/then over the interested-party decider. */
export const interestedPartySpec = deciderSpec(interestedPartyDecider);
/** Given/when/then over the consultation decider. */
export const consultationSpec = deciderSpec(consultationDecider);
/** Given/when/then over the improvement-opportunity decider. */
export const improvementSpec = deciderSpec(improvementDecider);
