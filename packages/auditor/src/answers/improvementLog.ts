import { type AuditorAnswer, answerOf, listed, plural, verdictWord } from '../answer.js';
import { currentCycle, sinceLastReview } from '../cycle.js';
import { distinctEvidence } from '../evidence.js';
import { inputFedBy } from '../inputFedBy.js';
import { noRecordsYet } from '../noRecordsYet.js';
import type { AuditorState, ImprovementRecord } from '../state.js';

/** The input the improvements feed (g). */
const improvementInputId = inputFedBy('improvements');

/** Where one opportunity on the continual-improvement log stands. */
export interface OpportunityStanding {
  readonly opportunityId: string;
  readonly description: string;
  readonly source: ImprovementRecord['source'];
  readonly loggedOn: string;
  readonly status: ImprovementRecord['status'];
  /**
   * `adopted` (naming a review decision), `deferred` (with the day to revisit it), `rejected` (with a
   * reason), `withdrawn`; `awaiting`: no decision yet, logged since the last review; `undecided`: no
   * decision though a review was held after it was logged (or none was held).
   */
  readonly decision: 'adopted' | 'deferred' | 'rejected' | 'withdrawn' | 'awaiting' | 'undecided';
  /** The review decision that adopted it, and whether that review recorded the decision. */
  readonly adoptedBy:
    | { readonly reviewId: string; readonly decisionId: string; readonly decisionRecorded: boolean }
    | undefined;
  readonly revisitOn: string | undefined;
  /** Deferred, and the day to revisit it is past. */
  readonly revisitPast: boolean;
  /** Adopted: `realised` once its benefit is observed, else `inProgress`. */
  readonly result: 'realised' | 'inProgress' | undefined;
}

/** The details of question 13: the opportunities logged, their decisions and results. */
export interface ImprovementLogDetails {
  readonly reviewId: string | undefined;
  readonly opportunities: readonly OpportunityStanding[];
  readonly adopted: number;
  readonly realised: number;
  readonly deferred: number;
  readonly rejected: number;
  readonly undecided: readonly string[];
  readonly awaiting: readonly string[];
  readonly revisitPast: readonly string[];
  /** Adopted by a review decision the review did not record. */
  readonly decisionNotRecorded: readonly string[];
}

const decisionOf = (o: ImprovementRecord, awaiting: boolean): OpportunityStanding['decision'] => {
  if (o.adopted !== undefined) return 'adopted';
  if (o.status === 'deferred') return 'deferred';
  if (o.rejected !== undefined) return 'rejected';
  if (o.closed?.closedAs === 'withdrawn') return 'withdrawn';
  return awaiting ? 'awaiting' : 'undecided';
};

/**
 * 13. Is there a continual-improvement log, and are opportunities followed to decisions and results
 * (10.1, 9.3.2 g)? Over the opportunities logged: each decided — adopted naming a review decision,
 * deferred with a day to revisit that is not past, or rejected with a reason — and the adopted ones
 * realised or in progress. `yes` when every one logged before the last review is decided and no
 * deferral is past, `no` when none is decided, `partial` otherwise; those without a decision and
 * those past their day to revisit are named, and those logged since the last review are listed as
 * awaiting the next one.
 */
export const improvementLog = (state: AuditorState, now: string): AuditorAnswer<ImprovementLogDetails> => {
  const cycle = currentCycle(state, now);
  const all = [...state.improvements.values()];
  const opportunities = all.map((o): OpportunityStanding => {
    const adoptedBy =
      o.adopted === undefined
        ? undefined
        : {
            reviewId: o.adopted.reviewId,
            decisionId: o.adopted.decisionId,
            decisionRecorded:
              state.reviews.get(o.adopted.reviewId)?.decisions.some((d) => d.decisionId === o.adopted!.decisionId) ===
              true,
          };
    return {
      opportunityId: o.opportunityId,
      description: o.description,
      source: o.source,
      loggedOn: o.loggedOn,
      status: o.status,
      decision: decisionOf(o, sinceLastReview(cycle, o.loggedOn)),
      adoptedBy,
      revisitOn: o.deferred?.revisitOn,
      revisitPast: o.deferred !== undefined && o.deferred.revisitOn < cycle.today,
      result: o.adopted === undefined ? undefined : o.realised !== undefined ? 'realised' : 'inProgress',
    };
  });
  const ids = (keep: (o: OpportunityStanding) => boolean) => opportunities.filter(keep).map((o) => o.opportunityId);
  const details: ImprovementLogDetails = {
    reviewId: cycle.last?.reviewId,
    opportunities,
    adopted: ids((o) => o.decision === 'adopted').length,
    realised: ids((o) => o.result === 'realised').length,
    deferred: ids((o) => o.decision === 'deferred').length,
    rejected: ids((o) => o.decision === 'rejected').length,
    undecided: ids((o) => o.decision === 'undecided'),
    awaiting: ids((o) => o.decision === 'awaiting'),
    revisitPast: ids((o) => o.revisitPast),
    decisionNotRecorded: ids((o) => o.adoptedBy !== undefined && !o.adoptedBy.decisionRecorded),
  };
  if (all.length === 0) {
    return noRecordsYet('improvement-log', now, {
      cycle,
      inputId: improvementInputId,
      noRecords: 'No opportunity for improvement has been logged yet',
      details,
    });
  }
  const evidence = distinctEvidence(
    all.flatMap((o) => [
      o.adopted?.evidence ?? o.deferred?.evidence ?? o.rejected?.evidence ?? o.closed?.evidence ?? o.logged,
      o.realised?.evidence,
    ]),
  );
  const decided = details.adopted + details.deferred + details.rejected;
  const issues = [
    details.undecided.length > 0 ? `no decision on ${listed(details.undecided)}` : undefined,
    details.revisitPast.length > 0
      ? `past the day to revisit them: ${listed(opportunities.filter((o) => o.revisitPast).map((o) => `${o.opportunityId} (${o.revisitOn})`))}`
      : undefined,
    details.decisionNotRecorded.length > 0
      ? `adopted by a review decision the review did not record: ${listed(details.decisionNotRecorded)}`
      : undefined,
  ].filter((i) => i !== undefined);
  const verdict = issues.length === 0 && decided > 0 ? 'yes' : decided === 0 && issues.length > 0 ? 'no' : 'partial';
  const head = `${plural(all.length, 'opportunity', 'opportunities')} logged: ${details.adopted} adopted (${details.realised} realised, ${details.adopted - details.realised} in progress), ${details.deferred} deferred, ${details.rejected} rejected`;
  const awaiting = details.awaiting.length > 0 ? `; ${listed(details.awaiting)} awaiting the next review` : '';
  const none = decided === 0 && issues.length === 0 ? '; none decided yet' : '';
  return answerOf('improvement-log', now, {
    verdict,
    sentence: `${verdictWord(verdict)}: ${head}${awaiting}${none}${issues.length > 0 ? `; ${listed(issues)}` : ''}.`,
    details,
    evidence,
  });
};
