import { defineEvent, type EventOf } from '@mgmt-review/eventsourcing';
import * as t from 'io-ts';
import {
  Id,
  IsoDate,
  IsoDateTime,
  nonEmptyArray,
  oneOf,
  Person,
  personalText,
  struct,
  structWith,
} from '../shared/codecs.js';

/**
 * The events of an action item or corrective action, stream `action-<actionId>`. Every payload
 * carries the action id and `at`, the business time of the command (ISO-8601).
 */

/** Where an action comes from: a review decision (9.3.3), a nonconformity (10.2 c), a risk treatment (6.1.3), an improvement (10.1). */
export const ActionOrigin = oneOf('reviewDecision', 'nonConformity', 'riskTreatment', 'improvement');
export type ActionOrigin = t.TypeOf<typeof ActionOrigin>;

/** The free text of an action, in its commands and events: each field may name a person (docs/privacy.md). */
export const actionTexts = {
  title: personalText('what is to be done, which may name a person it concerns'),
  description: personalText('the action in more detail, which may name the people involved'),
  note: personalText('a progress note: who did what so far'),
  reason: personalText('a reason given in words (for a slip, a reopening, a cancellation)'),
  summary: personalText('what was done, as the owner reports it'),
  evidence: personalText('a reference to evidence: the name or URI of a document, ticket or attachment'),
  comment: personalText("a verifier's or reviewer's comment"),
};

export const actionRaised = defineEvent({
  type: 'ActionRaised',
  codec: structWith(
    {
      actionId: Id,
      origin: ActionOrigin,
      /** The review, nonconformity, risk or improvement opportunity the action comes from. */
      originId: Id,
      title: actionTexts.title,
      owner: Person,
      dueDate: IsoDate,
      at: IsoDateTime,
    },
    { decisionId: Id, description: actionTexts.description },
  ),
});

export const actionStarted = defineEvent({
  type: 'ActionStarted',
  codec: struct({ actionId: Id, at: IsoDateTime }),
});

export const actionProgressNoted = defineEvent({
  type: 'ActionProgressNoted',
  codec: structWith({ actionId: Id, note: actionTexts.note, at: IsoDateTime }, { percentComplete: t.number }),
});

/** A due date moved; each slip is kept with its reason. */
export const actionDueDateChanged = defineEvent({
  type: 'ActionDueDateChanged',
  codec: struct({
    actionId: Id,
    previousDueDate: IsoDate,
    dueDate: IsoDate,
    reason: actionTexts.reason,
    at: IsoDateTime,
  }),
});

export const actionCompleted = defineEvent({
  type: 'ActionCompleted',
  codec: struct({
    actionId: Id,
    summary: actionTexts.summary,
    evidence: nonEmptyArray(actionTexts.evidence),
    at: IsoDateTime,
  }),
});

/** Someone other than the owner checked that the action was done as completed. */
export const actionVerified = defineEvent({
  type: 'ActionVerified',
  codec: struct({ actionId: Id, verifiedBy: Id, comment: actionTexts.comment, at: IsoDateTime }),
});

/** The effectiveness review of a verified action. `effective` closes it; otherwise it reopens. */
export const actionEffectivenessReviewed = defineEvent({
  type: 'ActionEffectivenessReviewed',
  codec: struct({
    actionId: Id,
    effective: t.boolean,
    reviewedBy: Id,
    comment: actionTexts.comment,
    at: IsoDateTime,
  }),
});

export const actionClosed = defineEvent({
  type: 'ActionClosed',
  codec: struct({ actionId: Id, at: IsoDateTime }),
});

export const actionReopened = defineEvent({
  type: 'ActionReopened',
  codec: struct({ actionId: Id, reason: actionTexts.reason, at: IsoDateTime }),
});

export const actionCancelled = defineEvent({
  type: 'ActionCancelled',
  codec: struct({ actionId: Id, reason: actionTexts.reason, at: IsoDateTime }),
});

export const actionEventDefinitions = [
  actionRaised,
  actionStarted,
  actionProgressNoted,
  actionDueDateChanged,
  actionCompleted,
  actionVerified,
  actionEffectivenessReviewed,
  actionClosed,
  actionReopened,
  actionCancelled,
] as const;

/** Any event of an action stream. */
export type ActionEvent = EventOf<(typeof actionEventDefinitions)[number]>;
