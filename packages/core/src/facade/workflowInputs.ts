import * as t from 'io-ts';
import { actionCommandCodecs } from '../action/commands.js';
import { auditCommandCodecs } from '../audit/commands.js';
import { nonConformityCommandCodecs } from '../nonConformity/commands.js';
import { reviewCommandCodecs } from '../review/commands.js';
import { structWith } from '../shared/codecs.js';

/**
 * The inputs of the facade's workflows (functions that send several commands), as codecs, so an
 * import line naming one is validated strictly like any command. Every field is the codec of the
 * command it ends up in, so a workflow accepts exactly what its commands accept.
 */

const decision = reviewCommandCodecs.RecordDecision.type.props;
const raise = actionCommandCodecs.RaiseAction;
const present = reviewCommandCodecs.PresentInput.required;

/** An action a decision calls for (`DecidedActionInput`): raised with origin `reviewDecision`. */
export const DecidedAction = structWith(
  { title: raise.required.title, owner: raise.required.owner, dueDate: raise.required.dueDate },
  { actionId: raise.required.actionId, description: raise.optional.description },
  'DecidedAction',
);

/** `reviews.decideWithActions` (`DecisionWithActionsInput`): a decision (9.3.3) and the actions it calls for. */
export const DecisionWithActions = structWith(
  {
    reviewId: decision.reviewId,
    kind: decision.kind,
    description: decision.description,
    rationale: decision.rationale,
  },
  { decisionId: decision.decisionId, actions: t.array(DecidedAction), at: decision.at },
  'DecisionWithActions',
);

/** `reviews.presentStatusOfPreviousActions`: input a) (9.3.2 a) presented from the store. */
export const StatusOfPreviousActions = structWith(
  { reviewId: present.reviewId },
  { inputId: present.inputId, at: present.at },
  'StatusOfPreviousActions',
);

const finding = auditCommandCodecs.RecordAuditFinding;
const nonConformity = nonConformityCommandCodecs.RaiseNonConformity;

/** `audits.recordNonConformityFinding` (`NonConformityFindingInput`): a finding (9.2) and its NonConformity (10.2). */
export const NonConformityFinding = structWith(
  {
    auditId: finding.required.auditId,
    process: finding.required.process,
    requirement: finding.required.requirement,
    description: finding.required.description,
    auditor: finding.required.auditor,
    severity: nonConformity.required.severity,
    owner: nonConformity.required.owner,
  },
  {
    findingId: finding.required.findingId,
    nonConformityId: nonConformity.required.nonConformityId,
    sourceReference: nonConformity.required.sourceReference,
    at: finding.required.at,
  },
  'NonConformityFinding',
);
