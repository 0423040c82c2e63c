import type { Person } from '../shared/codecs.js';
import { dayOf } from '../shared/time.js';
import type { Fact, Participant, ReviewEvent } from './events.js';
import { type ReviewStatus, reviewLifecycle } from './lifecycle.js';
import type { Cadence, DecisionKind, ReviewKind, VerdictAspect, VerdictOutcome } from './vocabulary.js';

export interface PreparatoryReport {
  readonly reportId: string;
  readonly requestedFrom: string;
  readonly inputIds: readonly string[];
  readonly dueDate: string;
  readonly submitted: boolean;
}

/** How an agenda input was addressed in the meeting. */
export type InputCoverage =
  | {
      readonly kind: 'presented';
      readonly summary: string;
      readonly facts: readonly Fact[];
      /** The digest of the frozen part it was presented from, if it cited one. */
      readonly frozenPartDigest: string | undefined;
    }
  | { readonly kind: 'notCovered'; readonly justification: string };

/** The input pack frozen into the review (9.3.2): its digest, position, and each input's part digest. */
export interface FrozenPackRecord {
  readonly digest: string;
  readonly position: string;
  readonly asOf: string;
  readonly partDigests: ReadonlyMap<string, string>;
}

export interface Decision {
  readonly decisionId: string;
  readonly kind: DecisionKind;
  readonly description: string;
  readonly actionIds: readonly string[];
}

export interface Verdict {
  readonly outcome: VerdictOutcome;
  readonly comment: string;
}

export interface NextReview {
  readonly plannedDate: string;
  readonly withinCadence: boolean;
  readonly nextReviewId: string | undefined;
  readonly longerGapReason: string | undefined;
}

/** A management review as its decider sees it. */
export interface Review {
  readonly status: ReviewStatus;
  readonly reviewId: string;
  readonly plannedDate: string;
  readonly cadence: Cadence;
  readonly kind: ReviewKind;
  readonly chair: Person | undefined;
  readonly periodCovered: { readonly from: string; readonly to: string } | undefined;
  /** The catalogues it follows: one, or several for an integrated review. */
  readonly catalogueIds: readonly string[];
  readonly agenda: readonly string[];
  readonly previousReviewId: string | undefined;
  readonly participants: readonly Participant[];
  readonly reports: readonly PreparatoryReport[];
  readonly attendees: readonly Participant[];
  /** The day the meeting was held. */
  readonly meetingDay: string | undefined;
  readonly coverage: ReadonlyMap<string, InputCoverage>;
  /** The input pack frozen last, if any. */
  readonly inputPack: FrozenPackRecord | undefined;
  readonly decisions: readonly Decision[];
  readonly verdicts: Readonly<Partial<Record<VerdictAspect, Verdict>>>;
  readonly minutes: 'none' | 'drafted' | 'approved';
  readonly minutesApprovedBy: string | undefined;
  readonly communicated: boolean;
  readonly nextReview: NextReview | undefined;
  readonly corrections: number;
  readonly cancelReason: string | undefined;
  /** The time of the last recorded fact. */
  readonly lastAt: string | undefined;
}

export const initialReviewState: Review = {
  status: reviewLifecycle.initial,
  reviewId: '',
  plannedDate: '',
  cadence: 'annual',
  kind: 'regular',
  chair: undefined,
  periodCovered: undefined,
  catalogueIds: [],
  agenda: [],
  previousReviewId: undefined,
  participants: [],
  reports: [],
  attendees: [],
  meetingDay: undefined,
  coverage: new Map(),
  inputPack: undefined,
  decisions: [],
  verdicts: {},
  minutes: 'none',
  minutesApprovedBy: undefined,
  communicated: false,
  nextReview: undefined,
  corrections: 0,
  cancelReason: undefined,
  lastAt: undefined,
};

type Changes = { readonly [K in keyof Review]?: Review[K] };

/** The next state: the fields in `changes` set (to `undefined` too, which clears them), the rest kept. */
const next = (s: Review, c: Changes): Review => ({ ...s, ...c });

const withCoverage = (coverage: ReadonlyMap<string, InputCoverage>, inputId: string, value: InputCoverage) =>
  new Map(coverage).set(inputId, value);

/** What each event records, beyond the status. */
const recorded = (state: Review, event: ReviewEvent): Review => {
  switch (event.type) {
    case 'ReviewScheduled': {
      const d = event.data;
      return next(state, {
        reviewId: d.reviewId,
        plannedDate: d.plannedDate,
        cadence: d.cadence,
        kind: d.kind,
        chair: d.chair,
        periodCovered: d.periodCovered,
        catalogueIds: d.catalogueIds,
        agenda: d.agenda,
        previousReviewId: d.previousReviewId,
      });
    }
    case 'ReviewRescheduled':
      return next(state, { plannedDate: event.data.plannedDate });
    case 'ParticipantInvited':
      return next(state, { participants: state.participants.concat([event.data.participant]) });
    case 'PreparatoryReportRequested': {
      const d = event.data;
      const report: PreparatoryReport = {
        reportId: d.reportId,
        requestedFrom: d.requestedFrom,
        inputIds: d.inputIds,
        dueDate: d.dueDate,
        submitted: false,
      };
      return next(state, { reports: state.reports.concat([report]) });
    }
    case 'PreparatoryReportSubmitted': {
      const reports = state.reports.map((r) =>
        r.reportId === event.data.reportId
          ? {
              reportId: r.reportId,
              requestedFrom: r.requestedFrom,
              inputIds: r.inputIds,
              dueDate: r.dueDate,
              submitted: true,
            }
          : r,
      );
      return next(state, { reports });
    }
    case 'MeetingOpened':
      return next(state, {
        attendees: event.data.attendees,
        meetingDay: dayOf(event.data.at),
      });
    case 'InputPackFrozen': {
      const pack = event.data.pack;
      const inputPack: FrozenPackRecord = {
        digest: pack.digest,
        position: pack.position,
        asOf: pack.asOf,
        partDigests: new Map(pack.parts.map((part) => [part.inputId, part.digest])),
      };
      return next(state, { inputPack });
    }
    case 'InputPresented': {
      const d = event.data;
      const coverage = withCoverage(state.coverage, d.inputId, {
        kind: 'presented',
        summary: d.summary,
        facts: d.facts,
        frozenPartDigest: d.frozenPart?.partDigest,
      });
      return next(state, { coverage });
    }
    case 'InputNotCovered': {
      const d = event.data;
      const coverage = withCoverage(state.coverage, d.inputId, { kind: 'notCovered', justification: d.justification });
      return next(state, { coverage });
    }
    case 'DecisionRecorded': {
      const d = event.data;
      const decision: Decision = {
        decisionId: d.decisionId,
        kind: d.kind,
        description: d.description,
        actionIds: d.actionIds,
      };
      return next(state, { decisions: state.decisions.concat([decision]) });
    }
    case 'VerdictRecorded': {
      const d = event.data;
      const verdict: Verdict = { outcome: d.outcome, comment: d.comment };
      const v = state.verdicts;
      const verdicts = {
        suitability: d.aspect === 'suitability' ? verdict : v.suitability,
        adequacy: d.aspect === 'adequacy' ? verdict : v.adequacy,
        effectiveness: d.aspect === 'effectiveness' ? verdict : v.effectiveness,
      };
      return next(state, { verdicts });
    }
    case 'MinutesDrafted':
      return next(state, { minutes: 'drafted' });
    case 'MinutesApproved':
      return next(state, {
        minutes: 'approved',
        minutesApprovedBy: event.data.approvedBy,
      });
    case 'ResultsCommunicated':
      return next(state, { communicated: true });
    case 'NextReviewScheduled': {
      const d = event.data;
      const nextReview: NextReview = {
        plannedDate: d.plannedDate,
        withinCadence: d.withinCadence,
        nextReviewId: d.nextReviewId,
        longerGapReason: d.longerGapReason,
      };
      return next(state, { nextReview });
    }
    case 'ReviewClosed':
      return state;
    case 'ReviewCancelled':
      return next(state, { cancelReason: event.data.reason });
    case 'ReviewCorrectionNoted':
      return next(state, { corrections: state.corrections + 1 });
  }
};

/** Applies one event of the review's history: its status from the life cycle, then what it records. */
export const evolveReview = (state: Review, event: ReviewEvent): Review =>
  next(recorded(state, event), { status: reviewLifecycle.statusAfter(state.status, event), lastAt: event.data.at });

/** The agenda inputs not yet presented nor justified as not covered. */
export const inputsNotAddressed = (review: Review): readonly string[] =>
  review.agenda.filter((inputId) => !review.coverage.has(inputId));

/** The aspects without a verdict yet. */
export const aspectsWithoutVerdict = (review: Review): readonly VerdictAspect[] =>
  (['suitability', 'adequacy', 'effectiveness'] as const).filter((aspect) => review.verdicts[aspect] === undefined);
