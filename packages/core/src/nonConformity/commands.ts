import * as t from 'io-ts';
import { Id, IsoDateTime, NonEmptyString, nonEmptyArray, struct, structWith } from '../shared/codecs.js';
import type { CommandOf } from '../shared/command.js';
import {
  nonConformityRaisedFields,
  nonConformityRaisedOptions,
  nonConformityTexts,
  PlannedAction,
  SimilarFinding,
} from './events.js';

/** The commands of a nonconformity (10.2). Each carries the nonconformity id and `at` (ISO-8601). */
export const nonConformityCommandCodecs = {
  /** `auditId` only for a source `internalAudit` or `externalAudit`. */
  RaiseNonConformity: structWith(nonConformityRaisedFields, nonConformityRaisedOptions),
  RecordCorrection: struct({ nonConformityId: Id, description: nonConformityTexts.correction, at: IsoDateTime }),
  RecordRootCause: struct({
    nonConformityId: Id,
    method: NonEmptyString,
    causes: nonEmptyArray(nonConformityTexts.cause),
    at: IsoDateTime,
  }),
  AssessSimilarNonConformities: struct({
    nonConformityId: Id,
    finding: SimilarFinding,
    references: t.array(nonConformityTexts.reference),
    comment: nonConformityTexts.comment,
    at: IsoDateTime,
  }),
  PlanCorrectiveActions: struct({ nonConformityId: Id, actions: nonEmptyArray(PlannedAction), at: IsoDateTime }),
  DecideNoCorrectiveAction: struct({
    nonConformityId: Id,
    justification: nonConformityTexts.justification,
    at: IsoDateTime,
  }),
  MarkCorrectiveActionsImplemented: struct({ nonConformityId: Id, note: nonConformityTexts.note, at: IsoDateTime }),
  VerifyNonConformityEffectiveness: struct({
    nonConformityId: Id,
    effective: t.boolean,
    evidence: nonEmptyArray(nonConformityTexts.evidence),
    comment: nonConformityTexts.comment,
    at: IsoDateTime,
  }),
  RecordIsmsChange: struct({ nonConformityId: Id, description: nonConformityTexts.ismsChange, at: IsoDateTime }),
  CloseNonConformity: struct({ nonConformityId: Id, at: IsoDateTime }),
  ReopenNonConformity: struct({ nonConformityId: Id, reason: nonConformityTexts.reason, at: IsoDateTime }),
} as const;

/** Any command to a nonconformity. */
export type NonConformityCommand = CommandOf<typeof nonConformityCommandCodecs>;
export type NonConformityCommandData<K extends NonConformityCommand['type']> = Extract<
  NonConformityCommand,
  { type: K }
>['data'];
