import { defineEvent, type EventOf } from '@mgmt-review/eventsourcing';
import type * as t from 'io-ts';
import {
  Id,
  IsoDate,
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
 * The events of an audit (ISO/IEC 27001:2022 9.2), stream `audit-<auditId>`. An audit belongs to a
 * programme (`programmeId`); the programme is the audits that name it. Every payload carries the
 * audit id and `at`, the business time of the command (ISO-8601).
 */

/** An internal audit (9.2) or one by an external body (certification, surveillance, customer). */
export const AuditKind = oneOf('internal', 'external');
export type AuditKind = t.TypeOf<typeof AuditKind>;

/** A process in an audit's scope, with its owner: who may not audit it (9.2.2 c). */
export const AuditedProcess = struct({ process: NonEmptyString, owner: Person }, 'AuditedProcess');
export type AuditedProcess = t.TypeOf<typeof AuditedProcess>;

/** The days an audit is planned for, both included. */
export const AuditWindow = struct({ from: IsoDate, to: IsoDate }, 'AuditWindow');
export type AuditWindow = t.TypeOf<typeof AuditWindow>;

/** What a finding says of the requirement it was audited against. */
export const FindingKind = oneOf('conformity', 'nonconformity', 'observation', 'opportunity');
export type FindingKind = t.TypeOf<typeof FindingKind>;

/** What an audit's plan holds (the command's fields and the event's). */
export const auditPlanFields = {
  auditId: Id,
  programmeId: Id,
  kind: AuditKind,
  /** 9.2.2 b: the processes audited, each with its owner. */
  scope: nonEmptyArray(AuditedProcess),
  /** 9.2.2 b: what the audit is against, e.g. `ISO/IEC 27001:2022`, `ISMS policy v4`. */
  criteria: nonEmptyArray(NonEmptyString),
  window: AuditWindow,
  /** 9.2.2 c: not the owner of any process in scope. */
  leadAuditor: Person,
  at: IsoDateTime,
};

export const auditPlanOptions = {
  /** Who performs an external audit (the certification body). */
  auditBody: NonEmptyString,
};

/** 9.2.2 a–c: the audit planned in its programme — kind, scope, criteria, window, lead auditor. */
export const auditPlanned = defineEvent({
  type: 'AuditPlanned',
  codec: structWith(auditPlanFields, auditPlanOptions),
});

export const auditStarted = defineEvent({
  type: 'AuditStarted',
  codec: struct({ auditId: Id, at: IsoDateTime }),
});

/** The free text of an audit, in its commands and events: each field may name a person (docs/privacy.md). */
export const auditTexts = {
  description: personalText('what the auditor found, which may name the people interviewed or observed'),
  reportReference: personalText('the name or URI of the audit report'),
  reason: personalText('why the audit will not be performed, in words'),
};

/** What a finding records (the command's fields and the event's). */
export const auditFindingFields = {
  auditId: Id,
  findingId: Id,
  kind: FindingKind,
  /** The process in scope the finding is on. */
  process: NonEmptyString,
  /** The clause or Annex A control audited, e.g. `9.1` or `A.5.15`. */
  requirement: NonEmptyString,
  description: auditTexts.description,
  /** Who found it: not the owner of its process (9.2.2 c). */
  auditor: Person,
  at: IsoDateTime,
};

export const auditFindingOptions = {
  /** The NonConformity raised for a finding of kind `nonconformity` (its source this audit). */
  nonConformityId: Id,
};

/**
 * A finding on a process in scope, by an auditor who does not own that process. A nonconformity
 * names the NonConformity raised for it; no other kind does.
 */
export const auditFindingRecorded = defineEvent({
  type: 'AuditFindingRecorded',
  codec: structWith(auditFindingFields, auditFindingOptions),
});

/** 9.2.2 d: the results reported to relevant management, in a report kept as documented information. */
export const auditReported = defineEvent({
  type: 'AuditReported',
  codec: struct({
    auditId: Id,
    reportReference: auditTexts.reportReference,
    reportedOn: IsoDate,
    reportedTo: nonEmptyArray(Person),
    reportedBy: Id,
    at: IsoDateTime,
  }),
});

export const auditClosed = defineEvent({
  type: 'AuditClosed',
  codec: struct({ auditId: Id, at: IsoDateTime }),
});

/** The audit will not be performed, with the reason; the programme shows it as planned, not performed. */
export const auditCancelled = defineEvent({
  type: 'AuditCancelled',
  codec: struct({ auditId: Id, reason: auditTexts.reason, at: IsoDateTime }),
});

export const auditEventDefinitions = [
  auditPlanned,
  auditStarted,
  auditFindingRecorded,
  auditReported,
  auditClosed,
  auditCancelled,
] as const;

/** Any event of an audit stream. */
export type AuditEvent = EventOf<(typeof auditEventDefinitions)[number]>;
