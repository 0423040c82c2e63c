import { defineEvent, type EventOf, personal } from '@mgmt-review/eventsourcing';
import * as t from 'io-ts';
import {
  Digest,
  Id,
  IsoDate,
  IsoDateTime,
  NonEmptyString,
  nonEmptyArray,
  Person,
  personalText,
  struct,
  structWith,
} from '../shared/codecs.js';
import { FrozenInputPack } from './inputPack.js';
import { Cadence, DecisionKind, ParticipantRole, ReviewKind, VerdictAspect, VerdictOutcome } from './vocabulary.js';

/**
 * The events of a management review (ISO/IEC 27001:2022 9.3), stream `review-<reviewId>`.
 * Every payload carries the review id and `at`, the business time of the command (ISO-8601).
 * Names and fields are stable: views, auditor answers and KPIs are built from them.
 */

/** The free text of a review, in its commands and events: each field may name a person (docs/privacy.md). */
export const reviewTexts = {
  reason: personalText('a reason given in words (for a rescheduling, a cancellation)'),
  summary: personalText("a presenter's or report author's summary, which may name people"),
  reference: personalText('a reference to a record or document: its name or URI'),
  factLabel: personalText("a fact's label as presented, which may quote an action's title"),
  factValue: personal(t.string, "a fact's value as presented"),
  justification: personalText('why an input is not covered, in words'),
  description: personalText('what was decided, which may name the people it concerns'),
  rationale: personalText('why it was decided, in words'),
  comment: personalText("the review's comment on a verdict"),
  documentRef: personalText('the name or URI of the minutes document'),
  longerGapReason: personalText('why the next review is further away than the cadence, in words'),
  note: personalText('a correction noted after close, in words'),
};

/** A participant: a host user id and the part they play in the review. */
export const Participant = struct({ id: Id, role: ParticipantRole }, 'Participant');
export type Participant = t.TypeOf<typeof Participant>;

/** A fact an input was presented with, e.g. `{ label: 'open major nonconformities', value: '2' }`. */
export const Fact = struct({ label: reviewTexts.factLabel, value: reviewTexts.factValue }, 'Fact');
export type Fact = t.TypeOf<typeof Fact>;

export const PeriodCovered = struct({ from: IsoDate, to: IsoDate }, 'PeriodCovered');

/**
 * Lifts a payload that named one catalogue (`catalogueId`, schema version 1) to the list of
 * catalogues (`catalogueIds`) of version 2; anything else is left for the codec to refuse.
 */
const oneCatalogueToList = (data: unknown): unknown => {
  if (typeof data !== 'object' || data === null || !('catalogueId' in data)) return data;
  const { catalogueId, ...rest } = data as { readonly catalogueId: unknown };
  return { ...rest, catalogueIds: [catalogueId] };
};

/**
 * 9.3.1: the review is planned — when, how often, what kind, who chairs it, which period it
 * covers, and the catalogues it follows: one, or several for an integrated review (schema version
 * 2; version 1 named one `catalogueId` and is read as a list of it).
 */
export const reviewScheduled = defineEvent({
  type: 'ReviewScheduled',
  schemaVersion: 2,
  upcasters: { 1: oneCatalogueToList },
  codec: structWith(
    {
      reviewId: Id,
      plannedDate: IsoDate,
      cadence: Cadence,
      kind: ReviewKind,
      chair: Person,
      periodCovered: PeriodCovered,
      catalogueIds: nonEmptyArray(Id),
      /** The inputs this review must present or justify as not covered (`reviewAgendaOf`). */
      agenda: t.array(Id),
      at: IsoDateTime,
    },
    { previousReviewId: Id },
  ),
});

export const reviewRescheduled = defineEvent({
  type: 'ReviewRescheduled',
  codec: struct({
    reviewId: Id,
    previousPlannedDate: IsoDate,
    plannedDate: IsoDate,
    reason: reviewTexts.reason,
    at: IsoDateTime,
  }),
});

export const participantInvited = defineEvent({
  type: 'ParticipantInvited',
  codec: struct({ reviewId: Id, participant: Participant, at: IsoDateTime }),
});

/** A participant is asked to prepare a report on some inputs before the meeting. */
export const preparatoryReportRequested = defineEvent({
  type: 'PreparatoryReportRequested',
  codec: struct({
    reviewId: Id,
    reportId: Id,
    requestedFrom: Id,
    inputIds: nonEmptyArray(Id),
    dueDate: IsoDate,
    at: IsoDateTime,
  }),
});

export const preparatoryReportSubmitted = defineEvent({
  type: 'PreparatoryReportSubmitted',
  codec: struct({
    reviewId: Id,
    reportId: Id,
    submittedBy: Id,
    summary: reviewTexts.summary,
    references: t.array(reviewTexts.reference),
    at: IsoDateTime,
  }),
});

/** The meeting is held: who attended, and who sent apologies. */
export const meetingOpened = defineEvent({
  type: 'MeetingOpened',
  codec: struct({ reviewId: Id, attendees: nonEmptyArray(Participant), apologies: t.array(Id), at: IsoDateTime }),
});

/** 9.3.2: one input of the catalogue is presented, with the facts and the records it drew on. */
/** What presenting an input records, as the command states it. */
export const presentedInputFields = {
  reviewId: Id,
  inputId: Id,
  summary: reviewTexts.summary,
  facts: t.array(Fact),
  references: t.array(reviewTexts.reference),
  at: IsoDateTime,
};

export const inputPresented = defineEvent({
  type: 'InputPresented',
  codec: structWith(presentedInputFields, {
    /** The frozen part the input was presented from: the pack's digest and the part's. */
    frozenPart: struct({ packDigest: Digest, partDigest: Digest }),
  }),
});

/**
 * 9.3.2: the input pack computed from the records is frozen into the review — the position it was
 * computed at, the period and catalogues, each input's part and the digests that let anyone
 * recompute it later. A later freeze, before any input is addressed, supersedes an earlier one.
 */
export const inputPackFrozen = defineEvent({
  type: 'InputPackFrozen',
  // Version 2: the pack names the list of catalogues it follows (version 1 named one).
  schemaVersion: 2,
  upcasters: {
    1: (data: unknown): unknown =>
      typeof data === 'object' && data !== null && 'pack' in data
        ? { ...data, pack: oneCatalogueToList((data as { readonly pack: unknown }).pack) }
        : data,
  },
  codec: struct({ reviewId: Id, pack: FrozenInputPack, at: IsoDateTime }),
});

/** 9.3.2: an input is not covered in this review, and why. */
export const inputNotCovered = defineEvent({
  type: 'InputNotCovered',
  codec: struct({ reviewId: Id, inputId: Id, justification: reviewTexts.justification, at: IsoDateTime }),
});

/** 9.3.3: a result of the review, with the actions it calls for (raised as Action aggregates). */
export const decisionRecorded = defineEvent({
  type: 'DecisionRecorded',
  codec: struct({
    reviewId: Id,
    decisionId: Id,
    kind: DecisionKind,
    description: reviewTexts.description,
    rationale: reviewTexts.rationale,
    actionIds: t.array(Id),
    at: IsoDateTime,
  }),
});

/** 9.3.1: the conclusion on the suitability, adequacy or effectiveness of the ISMS. */
export const verdictRecorded = defineEvent({
  type: 'VerdictRecorded',
  codec: struct({
    reviewId: Id,
    aspect: VerdictAspect,
    outcome: VerdictOutcome,
    comment: reviewTexts.comment,
    at: IsoDateTime,
  }),
});

export const minutesDrafted = defineEvent({
  type: 'MinutesDrafted',
  codec: struct({ reviewId: Id, draftedBy: Id, documentRef: reviewTexts.documentRef, at: IsoDateTime }),
});

/** 9.3 (documented information): the chair approves the minutes. */
export const minutesApproved = defineEvent({
  type: 'MinutesApproved',
  codec: struct({ reviewId: Id, approvedBy: Id, at: IsoDateTime }),
});

/** 7.4: the results are communicated — to whom, how and when. */
export const resultsCommunicated = defineEvent({
  type: 'ResultsCommunicated',
  codec: struct({
    reviewId: Id,
    audiences: nonEmptyArray(NonEmptyString),
    channel: NonEmptyString,
    communicatedOn: IsoDate,
    at: IsoDateTime,
  }),
});

/** 9.3.1: the next review, within the cadence or with the reason for a longer gap. */
export const nextReviewScheduled = defineEvent({
  type: 'NextReviewScheduled',
  codec: structWith(
    { reviewId: Id, plannedDate: IsoDate, withinCadence: t.boolean, at: IsoDateTime },
    { nextReviewId: Id, longerGapReason: reviewTexts.longerGapReason },
  ),
});

export const reviewClosed = defineEvent({
  type: 'ReviewClosed',
  codec: struct({ reviewId: Id, at: IsoDateTime }),
});

export const reviewCancelled = defineEvent({
  type: 'ReviewCancelled',
  codec: struct({ reviewId: Id, reason: reviewTexts.reason, at: IsoDateTime }),
});

/** After close, the record is only corrected by a note; nothing before is changed. */
export const reviewCorrectionNoted = defineEvent({
  type: 'ReviewCorrectionNoted',
  codec: struct({ reviewId: Id, note: reviewTexts.note, at: IsoDateTime }),
});

export const reviewEventDefinitions = [
  reviewScheduled,
  reviewRescheduled,
  participantInvited,
  preparatoryReportRequested,
  preparatoryReportSubmitted,
  meetingOpened,
  inputPackFrozen,
  inputPresented,
  inputNotCovered,
  decisionRecorded,
  verdictRecorded,
  minutesDrafted,
  minutesApproved,
  resultsCommunicated,
  nextReviewScheduled,
  reviewClosed,
  reviewCancelled,
  reviewCorrectionNoted,
] as const;

/** Any event of a review stream. */
export type ReviewEvent = EventOf<(typeof reviewEventDefinitions)[number]>;
