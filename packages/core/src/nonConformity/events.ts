import { defineEvent, type EventOf } from '@mgmt-review/eventsourcing';
import * as t from 'io-ts';
import {
  Id,
  IsoDateTime,
  NonEmptyString,
  nonEmptyArray,
  oneOf,
  Person,
  personalText,
  struct,
  structWith,
} from '../shared/codecs.js';

/**
 * The events of a nonconformity (ISO/IEC 27001:2022 10.2), stream `nonconformity-<nonConformityId>`.
 * Every payload carries the nonconformity id and `at`, the business time of the command (ISO-8601).
 */

export const NonConformitySource = oneOf(
  'internalAudit',
  'externalAudit',
  'incident',
  'monitoring',
  'managementReview',
  'selfIdentified',
);
export type NonConformitySource = t.TypeOf<typeof NonConformitySource>;

export const Severity = oneOf('major', 'minor', 'observation');
export type Severity = t.TypeOf<typeof Severity>;

/** Whether nonconformities like this one exist elsewhere or could occur (10.2 b 3). */
export const SimilarFinding = oneOf('none', 'exist', 'couldOccur');
export type SimilarFinding = t.TypeOf<typeof SimilarFinding>;

/** The free text of a nonconformity, in its commands and events: each field may name a person (docs/privacy.md). */
export const nonConformityTexts = {
  sourceReference: personalText(
    'the name or reference of the audit report, incident, measurement or review it was found in',
  ),
  description: personalText('what was found, which may name the people involved'),
  correction: personalText('what was done to control and correct it (10.2 a)'),
  cause: personalText('a cause found (10.2 b), which may name a person or a team'),
  reference: personalText('a reference to a similar record: its name or URI'),
  comment: personalText("a reviewer's or verifier's comment"),
  justification: personalText('why no corrective action is needed, in words'),
  note: personalText('a note on the corrective actions implemented'),
  evidence: personalText('a reference to evidence: the name or URI of a document, ticket or attachment'),
  ismsChange: personalText('the change to the ISMS the nonconformity made necessary (10.2 e)'),
  reason: personalText('why it is open again, in words'),
};

/** A corrective action planned for a nonconformity, with its owner (who may not verify effectiveness). */
export const PlannedAction = struct({ actionId: Id, owner: Person }, 'PlannedAction');
export type PlannedAction = t.TypeOf<typeof PlannedAction>;

/** The sources a nonconformity found by an audit has: it can name its audit (`auditId`). */
export const auditSources: readonly NonConformitySource[] = ['internalAudit', 'externalAudit'];

/** What a raised nonconformity records (the command's fields and the event's). */
export const nonConformityRaisedFields = {
  nonConformityId: Id,
  source: NonConformitySource,
  /** The audit report, incident, measurement or review it was found in. */
  sourceReference: nonConformityTexts.sourceReference,
  severity: Severity,
  /** The clause or Annex A control not fulfilled, e.g. `9.2` or `A.5.15`. */
  requirement: NonEmptyString,
  description: nonConformityTexts.description,
  owner: Person,
  at: IsoDateTime,
};

export const nonConformityRaisedOptions = {
  /** The Audit that found it, for a source `internalAudit` or `externalAudit` (optional: events before audits were recorded have none). */
  auditId: Id,
};

export const nonConformityRaised = defineEvent({
  type: 'NonConformityRaised',
  codec: structWith(nonConformityRaisedFields, nonConformityRaisedOptions),
});

/** 10.2 a: the reaction — control and correct, contain the consequences. Kept apart from corrective action. */
export const correctionRecorded = defineEvent({
  type: 'CorrectionRecorded',
  codec: struct({ nonConformityId: Id, description: nonConformityTexts.correction, at: IsoDateTime }),
});

/** 10.2 b 1–2: review of the nonconformity and its causes. */
export const rootCauseRecorded = defineEvent({
  type: 'RootCauseRecorded',
  codec: struct({
    nonConformityId: Id,
    method: NonEmptyString,
    causes: nonEmptyArray(nonConformityTexts.cause),
    at: IsoDateTime,
  }),
});

/** 10.2 b 3: whether similar nonconformities exist or could occur. */
export const similarNonConformitiesAssessed = defineEvent({
  type: 'SimilarNonConformitiesAssessed',
  codec: struct({
    nonConformityId: Id,
    finding: SimilarFinding,
    references: t.array(nonConformityTexts.reference),
    comment: nonConformityTexts.comment,
    at: IsoDateTime,
  }),
});

/** 10.2 c: the corrective actions, each an Action aggregate. */
export const correctiveActionsPlanned = defineEvent({
  type: 'CorrectiveActionsPlanned',
  codec: struct({ nonConformityId: Id, actions: nonEmptyArray(PlannedAction), at: IsoDateTime }),
});

/** 10.2 c: no corrective action is needed, with the justification (minor or observation only). */
export const noCorrectiveActionDecided = defineEvent({
  type: 'NoCorrectiveActionDecided',
  codec: struct({ nonConformityId: Id, justification: nonConformityTexts.justification, at: IsoDateTime }),
});

export const correctiveActionsImplemented = defineEvent({
  type: 'CorrectiveActionsImplemented',
  codec: struct({ nonConformityId: Id, note: nonConformityTexts.note, at: IsoDateTime }),
});

/** 10.2 d: the effectiveness of the corrective actions, reviewed by someone who does not own them. */
export const nonConformityEffectivenessVerified = defineEvent({
  type: 'NonConformityEffectivenessVerified',
  codec: struct({
    nonConformityId: Id,
    effective: t.boolean,
    verifiedBy: Id,
    evidence: nonEmptyArray(nonConformityTexts.evidence),
    comment: nonConformityTexts.comment,
    at: IsoDateTime,
  }),
});

/** 10.2 e: a change to the ISMS the nonconformity made necessary. */
export const ismsChangeRecorded = defineEvent({
  type: 'IsmsChangeRecorded',
  codec: struct({ nonConformityId: Id, description: nonConformityTexts.ismsChange, at: IsoDateTime }),
});

export const nonConformityClosed = defineEvent({
  type: 'NonConformityClosed',
  codec: struct({ nonConformityId: Id, at: IsoDateTime }),
});

/** The nonconformity recurred: it is open again, and needs corrective action again. */
export const nonConformityReopened = defineEvent({
  type: 'NonConformityReopened',
  codec: struct({ nonConformityId: Id, reason: nonConformityTexts.reason, at: IsoDateTime }),
});

export const nonConformityEventDefinitions = [
  nonConformityRaised,
  correctionRecorded,
  rootCauseRecorded,
  similarNonConformitiesAssessed,
  correctiveActionsPlanned,
  noCorrectiveActionDecided,
  correctiveActionsImplemented,
  nonConformityEffectivenessVerified,
  ismsChangeRecorded,
  nonConformityClosed,
  nonConformityReopened,
] as const;

/** Any event of a nonconformity stream. */
export type NonConformityEvent = EventOf<(typeof nonConformityEventDefinitions)[number]>;
