import { defineEvent, type EventOf } from '@mgmt-review/eventsourcing';
import * as t from 'io-ts';
import {
  Id,
  IsoDate,
  IsoDateTime,
  NonEmptyString,
  nonEmptyArray,
  oneOf,
  Person,
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

export const actionRaised = defineEvent({
  type: 'ActionRaised',
  codec: structWith(
    {
      actionId: Id,
      origin: ActionOrigin,
      /** The review, nonconformity, risk or improvement opportunity the action comes from. */
      originId: Id,
      title: NonEmptyString,
      owner: Person,
      dueDate: IsoDate,
      at: IsoDateTime,
    },
    { decisionId: Id, description: NonEmptyString },
  ),
});

export const actionStarted = defineEvent({
  type: 'ActionStarted',
  codec: struct({ actionId: Id, at: IsoDateTime }),
});

export const actionProgressNoted = defineEvent({
  type: 'ActionProgressNoted',
  codec: structWith({ actionId: Id, note: NonEmptyString, at: IsoDateTime }, { percentComplete: t.number }),
});

/** A due date moved; each slip is kept with its reason. */
export const actionDueDateChanged = defineEvent({
  type: 'ActionDueDateChanged',
  codec: struct({
    actionId: Id,
    previousDueDate: IsoDate,
    dueDate: IsoDate,
    reason: NonEmptyString,
    at: IsoDateTime,
  }),
});

export const actionCompleted = defineEvent({
  type: 'ActionCompleted',
  codec: struct({ actionId: Id, summary: NonEmptyString, evidence: nonEmptyArray(NonEmptyString), at: IsoDateTime }),
});

/** Someone other than the owner checked that the action was done as completed. */
export const actionVerified = defineEvent({
  type: 'ActionVerified',
  codec: struct({ actionId: Id, verifiedBy: Id, comment: NonEmptyString, at: IsoDateTime }),
});

/** The effectiveness review of a verified action. `effective` closes it; otherwise it reopens. */
export const actionEffectivenessReviewed = defineEvent({
  type: 'ActionEffectivenessReviewed',
  codec: struct({
    actionId: Id,
    effective: t.boolean,
    reviewedBy: Id,
    comment: NonEmptyString,
    at: IsoDateTime,
  }),
});

export const actionClosed = defineEvent({
  type: 'ActionClosed',
  codec: struct({ actionId: Id, at: IsoDateTime }),
});

export const actionReopened = defineEvent({
  type: 'ActionReopened',
  codec: struct({ actionId: Id, reason: NonEmptyString, at: IsoDateTime }),
});

export const actionCancelled = defineEvent({
  type: 'ActionCancelled',
  codec: struct({ actionId: Id, reason: NonEmptyString, at: IsoDateTime }),
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
