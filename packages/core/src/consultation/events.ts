import { defineEvent, type EventOf } from '@mgmt-review/eventsourcing';
import * as t from 'io-ts';
import {
  Id,
  IsoDate,
  IsoDateTime,
  nonEmptyArray,
  oneOf,
  Person,
  PositiveInt,
  personalText,
  ruled,
  struct,
  structWith,
} from '../shared/codecs.js';

/**
 * The events of a consultation of interested parties (ISO/IEC 27001:2022 9.3.2 c and e, 4.2),
 * stream `consultation-<consultationId>`. Every payload carries the consultation id and `at`, the
 * business time of the command (ISO-8601).
 */

/** How the parties are consulted. The last two are standing channels: feedback arrives over the window. */
export const ConsultationChannel = oneOf(
  'survey',
  'interview',
  'poll',
  'workshop',
  'meeting',
  'complaintChannel',
  'feedbackChannel',
);
export type ConsultationChannel = t.TypeOf<typeof ConsultationChannel>;

/** The channels that run continuously and need no results to close. */
export const standingChannels: readonly ConsultationChannel[] = ['complaintChannel', 'feedbackChannel'];

/** The scale a consultation scores on: satisfaction from 1 to 5 (a mean may be fractional), or a Net Promoter ConsultationScore from −100 to 100. */
export const ScoreScale = oneOf('satisfaction', 'nps');
export type ScoreScale = t.TypeOf<typeof ScoreScale>;

/** The lowest and highest score of each scale. */
export const scoreRange: Readonly<Record<ScoreScale, { readonly min: number; readonly max: number }>> = {
  satisfaction: { min: 1, max: 5 },
  nps: { min: -100, max: 100 },
};

/** A score on the consultation's scale (its range is checked against the scale by the decider). */
export const ConsultationScore = ruled('ConsultationScore', t.number, Number.isFinite, 'a number');

/** A whole number ≥ 0 (responses). */
export const ResponseCount = ruled(
  'ResponseCount',
  t.number,
  (n) => Number.isInteger(n) && n >= 0,
  'a whole number of at least 0',
);

/** A share from 0 to 1 (the response rate). */
export const ResponseRate = ruled('ResponseRate', t.number, (n) => n >= 0 && n <= 1, 'a number from 0 to 1');

/** The free text of a consultation, in its commands and events: each field may name a person (docs/privacy.md). */
export const consultationTexts = {
  topic: personalText('what the parties are consulted on, which may name a person it concerns'),
  finding: personalText('what the results showed, which may quote or name a respondent'),
  feedback: personalText("what a party's feedback says, which may quote or name its author"),
  reasonNotActedOn: personalText('why nothing is done with a finding or feedback item, in words'),
  reason: personalText('why the consultation will not take place, in words'),
};

/** The days the consultation runs, both included. */
export const ConsultationWindow = struct({ opensOn: IsoDate, closesOn: IsoDate }, 'ConsultationWindow');
export type ConsultationWindow = t.TypeOf<typeof ConsultationWindow>;

/**
 * A finding of a consultation (what its results showed); an audit's findings are `Finding`. Its id
 * is unique among the consultation's findings and feedback.
 */
export const ConsultationFinding = struct({ findingId: Id, summary: consultationTexts.finding }, 'ConsultationFinding');
export type ConsultationFinding = t.TypeOf<typeof ConsultationFinding>;

/** What a party's feedback is. */
export const FeedbackKind = oneOf('praise', 'complaint', 'request', 'concern');
export type FeedbackKind = t.TypeOf<typeof FeedbackKind>;

/** What was done with a finding or a feedback item: a link to the record it led to, by id. */
export const FeedbackLink = t.union(
  [
    /** 9.3.3: a decision of a management review. */
    struct({ to: t.literal('reviewDecision'), reviewId: Id, decisionId: Id }, 'ReviewDecisionLink'),
    struct({ to: t.literal('action'), actionId: Id }, 'ActionLink'),
    /** 4.2: a party's requirement, recorded or changed because of it. */
    struct({ to: t.literal('requirementChange'), interestedPartyId: Id, requirementId: Id }, 'RequirementChangeLink'),
    /** 6.2: an objective set or revised because of it. */
    struct({ to: t.literal('objective'), objectiveId: Id }, 'ObjectiveLink'),
  ],
  'FeedbackLink',
);
export type FeedbackLink = t.TypeOf<typeof FeedbackLink>;

/** Whether a finding or a feedback item is one of the consultation's findings or a party's feedback. */
export const ConsultationItemKind = oneOf('finding', 'feedback');
export type ConsultationItemKind = t.TypeOf<typeof ConsultationItemKind>;

/** A consultation's plan: by which channel, with which parties, on what, when, run by whom. */
export const consultationPlanFields = {
  channel: ConsultationChannel,
  /** The interested parties consulted. */
  interestedPartyIds: nonEmptyArray(Id),
  topic: consultationTexts.topic,
  window: ConsultationWindow,
  owner: Person,
};
/** `scale` is present when the channel scores its answers. */
export const consultationPlanOptions = { scale: ScoreScale };

/** A party's feedback: who it is from, what kind, what it says, and the party's requirement it concerns. */
export const feedbackFields = {
  feedbackId: Id,
  interestedPartyId: Id,
  kind: FeedbackKind,
  summary: consultationTexts.feedback,
};
export const feedbackOptions = { requirementId: Id };

/** 9.3.2 c, e: the consultation is planned. */
export const consultationPlanned = defineEvent({
  type: 'ConsultationPlanned',
  codec: structWith({ consultationId: Id, ...consultationPlanFields, at: IsoDateTime }, consultationPlanOptions),
});

/**
 * 9.3.2 e: the results, with the channel and the day the consultation was conducted (so each
 * result reads on its own), the responses out of those invited, the score on the scale where the
 * consultation has one, and the findings.
 */
export const consultationResultsRecorded = defineEvent({
  type: 'ConsultationResultsRecorded',
  codec: structWith(
    {
      consultationId: Id,
      channel: ConsultationChannel,
      conductedOn: IsoDate,
      invited: PositiveInt,
      responses: ResponseCount,
      /** `responses / invited`. */
      responseRate: ResponseRate,
      findings: t.array(ConsultationFinding),
      at: IsoDateTime,
    },
    { scale: ScoreScale, score: ConsultationScore },
  ),
});

/** 9.3.2 e: feedback from one of the parties consulted, linked to its requirement where one applies. */
export const feedbackRecorded = defineEvent({
  type: 'FeedbackRecorded',
  codec: structWith({ consultationId: Id, ...feedbackFields, at: IsoDateTime }, feedbackOptions),
});

/**
 * 9.3.2 c, e: a finding or a feedback item is taken into account — linked to the records it led
 * to, or with the reason nothing is done. Exactly one of the two: `links` is empty only when
 * `reasonNotActedOn` is present. An item may be taken into account again, adding links.
 */
export const feedbackTakenIntoAccount = defineEvent({
  type: 'FeedbackTakenIntoAccount',
  codec: structWith(
    {
      consultationId: Id,
      itemId: Id,
      item: ConsultationItemKind,
      links: t.array(FeedbackLink),
      takenBy: Id,
      at: IsoDateTime,
    },
    { reasonNotActedOn: consultationTexts.reasonNotActedOn },
  ),
});

/** The consultation is closed: every finding and feedback item was taken into account. */
export const consultationClosed = defineEvent({
  type: 'ConsultationClosed',
  codec: struct({ consultationId: Id, at: IsoDateTime }),
});

/** The consultation will not take place, and why (only before any result or feedback). */
export const consultationCancelled = defineEvent({
  type: 'ConsultationCancelled',
  codec: struct({ consultationId: Id, reason: consultationTexts.reason, at: IsoDateTime }),
});

export const consultationEventDefinitions = [
  consultationPlanned,
  consultationResultsRecorded,
  feedbackRecorded,
  feedbackTakenIntoAccount,
  consultationClosed,
  consultationCancelled,
] as const;

/** Any event of a consultation stream. */
export type ConsultationEvent = EventOf<(typeof consultationEventDefinitions)[number]>;
