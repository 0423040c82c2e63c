import { type AuditorAnswer, answerOf, listed, verdictWord } from '../answer.js';
import { currentCycle, inputStanding } from '../cycle.js';
import { distinctEvidence } from '../evidence.js';
import { inputFedBy } from '../inputFedBy.js';
import { noRecordsYet } from '../noRecordsYet.js';
import { reviewCycle } from '../reviewsHeld.js';
import type { AuditorState, ClimateDecisionRecord } from '../state.js';

/** The input the climateDecisions feed (b). */
const contextInputId = inputFedBy('climateDecisions');

/** The details of question 14: the climate-change decision of the current cycle. */
export interface ClimateDecidedDetails {
  /** The reviews of the current cycle: those held in the year up to the last one, and those scheduled and not yet held. */
  readonly cycle: readonly string[];
  /** The decision in force for the cycle: the latest recorded for one of its reviews. */
  readonly decision:
    | {
        readonly reviewId: string;
        readonly relevant: boolean;
        readonly rationale: string;
        readonly decidedBy: string;
        readonly decidedOn: string;
        readonly revisionReason: string | undefined;
        /** The context issues it names, and whether each is recorded and current. */
        readonly contextIssues: readonly { readonly contextIssueId: string; readonly current: boolean }[];
        /** Input b at the review it is for, when that review was held. */
        readonly presentedAs: 'presented' | 'notCovered' | 'notAddressed' | undefined;
      }
    | undefined;
  /** The latest decision of an earlier cycle, when the current one has none. */
  readonly earlier: { readonly reviewId: string; readonly decidedOn: string } | undefined;
}

/**
 * 14. Was the climate-change question decided (4.1, Amd 1:2024)? `yes` when a decision on whether
 * climate change is a relevant issue is recorded for a review of the current cycle (held in the year
 * up to the last review, or scheduled and not yet held), with its rationale — and, when it is
 * relevant, the context issues it names are recorded and current; `partial` when one of those
 * issues is not; `no` when the only decisions are of earlier cycles.
 */
export const climateDecided = (state: AuditorState, now: string): AuditorAnswer<ClimateDecidedDetails> => {
  const cycle = currentCycle(state, now);
  const held = cycle.last === undefined ? [] : reviewCycle(state, cycle.last).map((r) => r.reviewId);
  const upcoming = [...state.reviews.values()]
    .filter((r) => r.meeting === undefined && r.cancelled === undefined)
    .map((r) => r.reviewId);
  const ofCycle = [...held, ...upcoming];
  const latest = (keep: (d: ClimateDecisionRecord) => boolean) => state.climateDecisions.filter(keep).at(-1);
  const found = latest((d) => ofCycle.includes(d.reviewId));
  const before = found === undefined ? latest(() => true) : undefined;
  const review = found === undefined ? undefined : state.reviews.get(found.reviewId);
  const details: ClimateDecidedDetails = {
    cycle: ofCycle,
    decision:
      found === undefined
        ? undefined
        : {
            reviewId: found.reviewId,
            relevant: found.relevant,
            rationale: found.rationale,
            decidedBy: found.decidedBy,
            decidedOn: found.day,
            revisionReason: found.revisionReason,
            contextIssues: found.contextIssueIds.map((contextIssueId) => ({
              contextIssueId,
              current: state.contextIssues.get(contextIssueId)?.status === 'current',
            })),
            presentedAs: review?.meeting === undefined ? undefined : inputStanding(review, contextInputId),
          },
    earlier: before === undefined ? undefined : { reviewId: before.reviewId, decidedOn: before.day },
  };
  if (state.climateDecisions.length === 0) {
    return noRecordsYet('climate-decided', now, {
      cycle,
      inputId: contextInputId,
      noRecords: 'No decision on whether climate change is a relevant issue has been recorded yet',
      details,
    });
  }
  if (found === undefined) {
    return answerOf('climate-decided', now, {
      verdict: 'no',
      sentence: `No: no climate-change decision is recorded for the current cycle; the last was for ${before!.reviewId}, on ${before!.day}.`,
      details,
      evidence: [before!.evidence],
    });
  }
  const decision = details.decision!;
  const notCurrent = decision.contextIssues.filter((i) => !i.current).map((i) => i.contextIssueId);
  const verdict = notCurrent.length === 0 ? 'yes' : 'partial';
  const named =
    decision.contextIssues.length === 0
      ? ''
      : `, described by ${listed(decision.contextIssues.map((i) => i.contextIssueId))}`;
  const issue =
    notCurrent.length === 0
      ? ''
      : `; ${listed(notCurrent)} ${notCurrent.length === 1 ? 'is' : 'are'} not a current context issue`;
  return answerOf('climate-decided', now, {
    verdict,
    sentence: `${verdictWord(verdict)}: for ${found.reviewId}, on ${found.day}, climate change was decided ${found.relevant ? 'relevant' : 'not relevant'} (${found.rationale})${named}${issue}.`,
    details,
    evidence: distinctEvidence([
      found.evidence,
      ...found.contextIssueIds.map((id) => state.contextIssues.get(id)?.raised),
      review?.inputs.get(contextInputId)?.evidence,
    ]),
  });
};
