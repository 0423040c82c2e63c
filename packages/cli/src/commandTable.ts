import {
  actionCommandCodecs,
  nonConformityCommandCodecs,
  reviewCommandCodecs,
  riskCommandCodecs,
} from '@mgmt-review/core';
import type * as t from 'io-ts';

/** The facade's command groups, as a host calls them: `reviews.schedule`, `actions.verify`… */
export type CommandGroup = 'reviews' | 'actions' | 'nonConformities' | 'risks';

export interface CommandEntry {
  /** `reviews.schedule`: the name an import line uses, the facade's group and function. */
  readonly path: string;
  readonly group: CommandGroup;
  readonly name: string;
  /** The command type its codec is registered under (`ScheduleReview`). */
  readonly type: string;
  readonly codec: t.Mixed;
}

const groups = {
  reviews: {
    codecs: reviewCommandCodecs,
    names: {
      schedule: 'ScheduleReview',
      reschedule: 'RescheduleReview',
      inviteParticipant: 'InviteParticipant',
      requestPreparatoryReport: 'RequestPreparatoryReport',
      submitPreparatoryReport: 'SubmitPreparatoryReport',
      openMeeting: 'OpenMeeting',
      presentInput: 'PresentInput',
      markInputNotCovered: 'MarkInputNotCovered',
      recordDecision: 'RecordDecision',
      recordVerdict: 'RecordVerdict',
      draftMinutes: 'DraftMinutes',
      approveMinutes: 'ApproveMinutes',
      communicateResults: 'CommunicateResults',
      scheduleNext: 'ScheduleNextReview',
      close: 'CloseReview',
      cancel: 'CancelReview',
      noteCorrection: 'NoteCorrection',
    },
  },
  actions: {
    codecs: actionCommandCodecs,
    names: {
      raise: 'RaiseAction',
      start: 'StartAction',
      noteProgress: 'NoteActionProgress',
      changeDueDate: 'ChangeActionDueDate',
      complete: 'CompleteAction',
      verify: 'VerifyAction',
      reviewEffectiveness: 'ReviewActionEffectiveness',
      cancel: 'CancelAction',
    },
  },
  nonConformities: {
    codecs: nonConformityCommandCodecs,
    names: {
      raise: 'RaiseNonConformity',
      recordCorrection: 'RecordCorrection',
      recordRootCause: 'RecordRootCause',
      assessSimilar: 'AssessSimilarNonConformities',
      planCorrectiveActions: 'PlanCorrectiveActions',
      decideNoCorrectiveAction: 'DecideNoCorrectiveAction',
      markImplemented: 'MarkCorrectiveActionsImplemented',
      verifyEffectiveness: 'VerifyNonConformityEffectiveness',
      recordIsmsChange: 'RecordIsmsChange',
      close: 'CloseNonConformity',
      reopen: 'ReopenNonConformity',
    },
  },
  risks: {
    codecs: riskCommandCodecs,
    names: {
      identify: 'IdentifyRisk',
      assess: 'AssessRisk',
      decideTreatment: 'DecideTreatment',
      approveTreatmentPlan: 'ApproveTreatmentPlan',
      linkTreatmentActions: 'LinkTreatmentActions',
      assessResidual: 'AssessResidualRisk',
      acceptResidual: 'AcceptResidualRisk',
      reassess: 'ReassessRisk',
      retire: 'RetireRisk',
    },
  },
} as const;

/**
 * Every command of the facade, by the path an import line names it with. A test checks this table
 * against the facade and the codecs, so neither can gain a command the other lacks.
 */
export const commandTable: ReadonlyMap<string, CommandEntry> = new Map(
  Object.entries(groups).flatMap(([group, { codecs, names }]) =>
    Object.entries(names).map(([name, type]): [string, CommandEntry] => {
      const codec = (codecs as Record<string, t.Mixed>)[type];
      if (codec === undefined) throw new TypeError(`no codec for ${group}.${name} (${type})`);
      const path = `${group}.${name}`;
      return [path, { path, group: group as CommandGroup, name, type, codec }];
    }),
  ),
);

/** The codecs of every aggregate, by command type (what the table must cover). */
export const allCommandCodecs: Readonly<Record<string, t.Mixed>> = {
  ...reviewCommandCodecs,
  ...actionCommandCodecs,
  ...nonConformityCommandCodecs,
  ...riskCommandCodecs,
};
