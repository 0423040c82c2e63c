import type { FrozenInputPack, ManagementReviewEvent, Participant } from '@mgmt-review/core';
import { dayOf } from '@mgmt-review/core';
import type { RecordedEvent } from '@mgmt-review/eventsourcing';

/** A preparatory report: who was asked, on which inputs, by when, and what they submitted. */
export interface PreparatoryReportRecord {
  reportId: string;
  requestedFrom: string;
  inputIds: readonly string[];
  dueDate: string;
  submittedOn: string | undefined;
  submittedBy: string | undefined;
  summary: string | undefined;
}

/** One input as presented at the meeting: its summary, facts, references and frozen part. */
export interface PresentedInputRecord {
  inputId: string;
  summary: string;
  facts: readonly { readonly label: string; readonly value: string }[];
  references: readonly string[];
  frozenPartDigest: string | undefined;
}

/**
 * What the review's own stream says that the review board does not keep: participants and roles,
 * preparatory reports, attendance, each input's presentation, the frozen pack, the decisions'
 * rationales, the verdicts' comments and the communication records. Statuses stay with the views.
 */
export interface ReviewDossier {
  reviewId: string;
  periodCovered: { readonly from: string; readonly to: string };
  invited: Participant[];
  reports: Map<string, PreparatoryReportRecord>;
  attendees: readonly Participant[];
  apologies: readonly string[];
  inputPack: FrozenInputPack | undefined;
  presented: PresentedInputRecord[];
  notCovered: Map<string, string>;
  rationales: Map<string, string>;
  verdictComments: Map<string, string>;
  minutesRef: string | undefined;
  communications: { readonly audiences: readonly string[]; readonly channel: string; readonly on: string }[];
}

type ReviewEvent = Extract<RecordedEvent<ManagementReviewEvent>, { readonly data: { readonly reviewId: string } }>;

/** Folds one review event into the dossiers, in place; the dossier is opened by `ReviewScheduled`. */
export const applyDossierEvent = (dossiers: Map<string, ReviewDossier>, event: ReviewEvent): void => {
  if (event.type === 'ReviewScheduled') {
    dossiers.set(event.data.reviewId, {
      reviewId: event.data.reviewId,
      periodCovered: { from: event.data.periodCovered.from, to: event.data.periodCovered.to },
      invited: [],
      reports: new Map(),
      attendees: [],
      apologies: [],
      inputPack: undefined,
      presented: [],
      notCovered: new Map(),
      rationales: new Map(),
      verdictComments: new Map(),
      minutesRef: undefined,
      communications: [],
    });
    return;
  }
  const d = dossiers.get(event.data.reviewId);
  if (d === undefined) return;
  switch (event.type) {
    case 'ParticipantInvited':
      d.invited.push(event.data.participant);
      return;
    case 'PreparatoryReportRequested':
      d.reports.set(event.data.reportId, {
        reportId: event.data.reportId,
        requestedFrom: event.data.requestedFrom,
        inputIds: event.data.inputIds.slice(),
        dueDate: event.data.dueDate,
        submittedOn: undefined,
        submittedBy: undefined,
        summary: undefined,
      });
      return;
    case 'PreparatoryReportSubmitted': {
      const report = d.reports.get(event.data.reportId);
      if (report === undefined) return;
      report.submittedOn = dayOf(event.data.at);
      report.submittedBy = event.data.submittedBy;
      report.summary = event.data.summary;
      return;
    }
    case 'MeetingOpened':
      d.attendees = event.data.attendees.slice();
      d.apologies = event.data.apologies.slice();
      return;
    case 'InputPackFrozen':
      // A later freeze supersedes an earlier one (core allows it only before any input is addressed).
      d.inputPack = event.data.pack;
      return;
    case 'InputPresented':
      d.presented.push({
        inputId: event.data.inputId,
        summary: event.data.summary,
        facts: event.data.facts.map((f) => ({ label: f.label, value: f.value })),
        references: event.data.references.slice(),
        frozenPartDigest: event.data.frozenPart?.partDigest,
      });
      return;
    case 'InputNotCovered':
      d.notCovered.set(event.data.inputId, event.data.justification);
      return;
    case 'DecisionRecorded':
      d.rationales.set(event.data.decisionId, event.data.rationale);
      return;
    case 'VerdictRecorded':
      d.verdictComments.set(event.data.aspect, event.data.comment);
      return;
    case 'MinutesDrafted':
      d.minutesRef = event.data.documentRef;
      return;
    case 'ResultsCommunicated':
      d.communications.push({
        audiences: event.data.audiences.slice(),
        channel: event.data.channel,
        on: event.data.communicatedOn,
      });
      return;
    default:
      return;
  }
};
