import type { Cadence, DecisionKind, ReviewKind, ReviewStatus, VerdictAspect, VerdictOutcome } from '@mgmt-review/core';
import type { ReviewRecord, ViewsState } from '../state.js';
import { dayOfNow } from '../time.js';
import { compareText } from './order.js';

/** How a review's agenda (the catalogue inputs) was addressed. */
export interface AgendaCoverage {
  /** The inputs on the agenda, in catalogue order. */
  readonly inputs: readonly string[];
  readonly presented: readonly string[];
  /** Inputs recorded as not covered, each with a justification in the history. */
  readonly notCovered: readonly string[];
  /** Inputs neither presented nor justified yet. */
  readonly notAddressed: readonly string[];
  /** Share of the agenda presented, from 0 to 1 (0 for an empty agenda). */
  readonly coverage: number;
}

/** One review on the board. */
export interface ReviewBoardRow {
  readonly reviewId: string;
  readonly status: ReviewStatus;
  readonly kind: ReviewKind;
  readonly cadence: Cadence;
  readonly chairId: string;
  readonly previousReviewId: string | undefined;
  readonly plannedDate: string;
  /** The date the review was first planned for; later reschedules do not move it. */
  readonly firstPlannedDate: string;
  readonly reschedules: number;
  readonly heldOn: string | undefined;
  /** Held no later than the date it was first planned for; undefined until held. */
  readonly heldOnTime: boolean | undefined;
  /** Not held, not cancelled, and its planned date is before the day asked about (only with `now`). */
  readonly overdue: boolean;
  readonly agenda: AgendaCoverage;
  readonly decisions: readonly {
    readonly decisionId: string;
    readonly kind: DecisionKind;
    readonly description: string;
    readonly actionIds: readonly string[];
  }[];
  readonly verdicts: Readonly<Record<VerdictAspect, VerdictOutcome | undefined>>;
  readonly minutes: 'none' | 'drafted' | 'approved';
  readonly minutesApprovedOn: string | undefined;
  readonly communicatedOn: string | undefined;
  readonly nextReview:
    | {
        readonly plannedDate: string;
        readonly withinCadence: boolean;
        readonly nextReviewId: string | undefined;
        readonly longerGapReason: string | undefined;
      }
    | undefined;
  readonly closedOn: string | undefined;
  readonly cancelledOn: string | undefined;
  readonly cancelReason: string | undefined;
  readonly corrections: number;
}

/** The agenda coverage of one review record. */
export const agendaCoverageOf = (r: ReviewRecord): AgendaCoverage => {
  const presented: string[] = [];
  const notCovered: string[] = [];
  const notAddressed: string[] = [];
  for (const inputId of r.agenda) {
    const how = r.coverage.get(inputId);
    if (how === 'presented') presented.push(inputId);
    else if (how === 'notCovered') notCovered.push(inputId);
    else notAddressed.push(inputId);
  }
  return {
    inputs: r.agenda.slice(),
    presented,
    notCovered,
    notAddressed,
    coverage: r.agenda.length === 0 ? 0 : presented.length / r.agenda.length,
  };
};

const isPending = (r: ReviewRecord): boolean => r.status === 'scheduled';

/** One review record as a read-only row; `today` decides `overdue`. */
export const reviewRowOf = (r: ReviewRecord, today: string | undefined): ReviewBoardRow => ({
  reviewId: r.reviewId,
  status: r.status,
  kind: r.kind,
  cadence: r.cadence,
  chairId: r.chairId,
  previousReviewId: r.previousReviewId,
  plannedDate: r.plannedDate,
  firstPlannedDate: r.firstPlannedDate,
  reschedules: r.reschedules,
  heldOn: r.heldOn,
  heldOnTime: r.heldOn === undefined ? undefined : r.heldOn <= r.firstPlannedDate,
  overdue: today !== undefined && isPending(r) && r.plannedDate < today,
  agenda: agendaCoverageOf(r),
  decisions: r.decisions.map((d) => ({
    decisionId: d.decisionId,
    kind: d.kind,
    description: d.description,
    actionIds: d.actionIds.slice(),
  })),
  verdicts: {
    suitability: r.verdicts.suitability,
    adequacy: r.verdicts.adequacy,
    effectiveness: r.verdicts.effectiveness,
  },
  minutes: r.minutes,
  minutesApprovedOn: r.minutesApprovedOn,
  communicatedOn: r.communicatedOn,
  nextReview:
    r.nextReview === undefined
      ? undefined
      : {
          plannedDate: r.nextReview.plannedDate,
          withinCadence: r.nextReview.withinCadence,
          nextReviewId: r.nextReview.nextReviewId,
          longerGapReason: r.nextReview.longerGapReason,
        },
  closedOn: r.closedOn,
  cancelledOn: r.cancelledOn,
  cancelReason: r.cancelReason,
  corrections: r.corrections,
});

/**
 * The review board: every review, in order of planned date (then id). With `now`, a review not
 * yet held whose planned date has passed is flagged `overdue`.
 */
export const reviewBoard = (state: ViewsState, options: { readonly now?: string } = {}): readonly ReviewBoardRow[] => {
  const today = options.now === undefined ? undefined : dayOfNow(options.now);
  const rows: ReviewBoardRow[] = [];
  for (const r of state.reviews.values()) rows.push(reviewRowOf(r, today));
  return rows.sort((a, b) =>
    a.plannedDate === b.plannedDate ? compareText(a.reviewId, b.reviewId) : compareText(a.plannedDate, b.plannedDate),
  );
};
