import * as t from 'io-ts';
import {
  Digest,
  Id,
  IsoDate,
  IsoDateTime,
  NonEmptyString,
  nonEmptyArray,
  Person,
  struct,
  structWith,
} from '../shared/codecs.js';
import type { CommandOf } from '../shared/command.js';
import { Participant, PeriodCovered, presentedInputFields, reviewTexts } from './events.js';
import { FrozenInputPack } from './inputPack.js';
import { Cadence, DecisionKind, ReviewKind, VerdictAspect, VerdictOutcome } from './vocabulary.js';

/**
 * The commands of a management review. Each carries the review id and `at` (ISO-8601): the time
 * it happened, as the host says — deciders never read a clock.
 */
export const reviewCommandCodecs = {
  ScheduleReview: structWith(
    {
      reviewId: Id,
      plannedDate: IsoDate,
      cadence: Cadence,
      kind: ReviewKind,
      chair: Person,
      periodCovered: PeriodCovered,
      at: IsoDateTime,
    },
    {
      previousReviewId: Id,
      /** The one catalogue the review follows… */
      catalogueId: Id,
      /**
       * …or the catalogues of an integrated review, by id, e.g. `['iso27001-2022', 'iso9001-2015']`
       * (a name apart from `catalogueId`, so that a misspelt field is never taken for the other).
       */
      catalogues: t.array(Id),
    },
  ),
  RescheduleReview: struct({ reviewId: Id, plannedDate: IsoDate, reason: reviewTexts.reason, at: IsoDateTime }),
  InviteParticipant: struct({ reviewId: Id, participant: Participant, at: IsoDateTime }),
  RequestPreparatoryReport: struct({
    reviewId: Id,
    reportId: Id,
    requestedFrom: Id,
    inputIds: nonEmptyArray(Id),
    dueDate: IsoDate,
    at: IsoDateTime,
  }),
  SubmitPreparatoryReport: struct({
    reviewId: Id,
    reportId: Id,
    summary: reviewTexts.summary,
    references: t.array(reviewTexts.reference),
    at: IsoDateTime,
  }),
  OpenMeeting: struct({ reviewId: Id, attendees: nonEmptyArray(Participant), apologies: t.array(Id), at: IsoDateTime }),
  /** 9.3.2: record the input pack computed from the records, before the inputs are presented. */
  FreezeInputPack: struct({ reviewId: Id, pack: FrozenInputPack, at: IsoDateTime }),
  PresentInput: structWith(presentedInputFields, {
    /** The digest of the frozen part the input is presented from; the summary is the presenter's comment on it. */
    frozenPartDigest: Digest,
  }),
  MarkInputNotCovered: struct({ reviewId: Id, inputId: Id, justification: reviewTexts.justification, at: IsoDateTime }),
  RecordDecision: struct({
    reviewId: Id,
    decisionId: Id,
    kind: DecisionKind,
    description: reviewTexts.description,
    rationale: reviewTexts.rationale,
    actionIds: t.array(Id),
    at: IsoDateTime,
  }),
  RecordVerdict: struct({
    reviewId: Id,
    aspect: VerdictAspect,
    outcome: VerdictOutcome,
    comment: reviewTexts.comment,
    at: IsoDateTime,
  }),
  DraftMinutes: struct({ reviewId: Id, documentRef: reviewTexts.documentRef, at: IsoDateTime }),
  ApproveMinutes: struct({ reviewId: Id, at: IsoDateTime }),
  CommunicateResults: struct({
    reviewId: Id,
    audiences: nonEmptyArray(NonEmptyString),
    channel: NonEmptyString,
    communicatedOn: IsoDate,
    at: IsoDateTime,
  }),
  ScheduleNextReview: structWith(
    { reviewId: Id, plannedDate: IsoDate, at: IsoDateTime },
    { nextReviewId: Id, longerGapReason: reviewTexts.longerGapReason },
  ),
  CloseReview: struct({ reviewId: Id, at: IsoDateTime }),
  CancelReview: struct({ reviewId: Id, reason: reviewTexts.reason, at: IsoDateTime }),
  NoteCorrection: struct({ reviewId: Id, note: reviewTexts.note, at: IsoDateTime }),
} as const;

/** Any command to a review. */
export type ReviewCommand = CommandOf<typeof reviewCommandCodecs>;
/** The data of one review command: `ReviewCommandData<'ApproveMinutes'>`. */
export type ReviewCommandData<K extends ReviewCommand['type']> = Extract<ReviewCommand, { type: K }>['data'];
