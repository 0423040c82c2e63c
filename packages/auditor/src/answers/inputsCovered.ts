import { type AuditorAnswer, answerOf, listed, plural } from '../answer.js';
import { distinctEvidence } from '../evidence.js';
import { reviewCycle, reviewsHeld } from '../reviewsHeld.js';
import type { AuditorState } from '../state.js';

/** How one input of the agenda was addressed. */
export interface InputCoverageDetail {
  readonly inputId: string;
  /** In the last review. */
  readonly lastReview: 'presented' | 'notCovered' | 'notAddressed';
  /** The justification, when not covered. */
  readonly justification: string | undefined;
  /** The last review of the cycle (the year up to the last review) that presented it. */
  readonly lastPresentedIn: string | undefined;
}

export interface InputsCoveredDetails {
  readonly reviewId: string | undefined;
  /** The reviews of the current cycle (held in the year up to the last review). */
  readonly cycle: readonly string[];
  readonly inputs: readonly InputCoverageDetail[];
}

/**
 * 6. Were all inputs a) to g) (d as d1–d4) covered in the last review, or over the current review
 * cycle? `yes` when the last review addressed every input of its agenda (presented, or justified as
 * not covered) and every input was presented at least once in the year up to it; `partial` when
 * some input is missing from the last review or was never presented in the cycle; `no` when the
 * last review presented none.
 */
export const inputsCovered = (state: AuditorState, now: string): AuditorAnswer<InputsCoveredDetails> => {
  const last = reviewsHeld(state).at(-1);
  if (last === undefined) {
    return answerOf('inputs-covered', now, {
      verdict: 'not-yet-applicable',
      sentence: 'No management review meeting has been held yet.',
      details: { reviewId: undefined, cycle: [], inputs: [] },
      evidence: [],
    });
  }
  const cycle = reviewCycle(state, last);
  const inputs = last.agenda.map((inputId): InputCoverageDetail => {
    const here = last.inputs.get(inputId);
    const presentedIn = [...cycle].reverse().find((r) => r.inputs.get(inputId)?.kind === 'presented');
    return {
      inputId,
      lastReview: here === undefined ? 'notAddressed' : here.kind,
      justification: here?.kind === 'notCovered' ? here.text : undefined,
      lastPresentedIn: presentedIn?.reviewId,
    };
  });
  const evidence = distinctEvidence([
    ...last.agenda.map((id) => last.inputs.get(id)?.evidence),
    ...inputs
      .filter((i) => i.lastReview !== 'presented' && i.lastPresentedIn !== undefined)
      .map((i) => state.reviews.get(i.lastPresentedIn!)?.inputs.get(i.inputId)?.evidence),
  ]);
  const missing = inputs.filter((i) => i.lastReview === 'notAddressed').map((i) => i.inputId);
  const neverPresented = inputs.filter((i) => i.lastPresentedIn === undefined).map((i) => i.inputId);
  const justified = inputs.filter((i) => i.lastReview === 'notCovered').map((i) => i.inputId);
  const presented = inputs.filter((i) => i.lastReview === 'presented').length;
  const details = { reviewId: last.reviewId, cycle: cycle.map((r) => r.reviewId), inputs };
  const where = `${last.reviewId} (${last.meeting.day})`;
  if (presented === 0) {
    return answerOf('inputs-covered', now, {
      verdict: 'no',
      sentence: `No: ${where} presented none of the ${plural(inputs.length, 'input')} of its agenda.`,
      details,
      evidence,
    });
  }
  const justifiedText = justified.length === 0 ? '' : `; ${listed(justified)} justified as not covered`;
  if (missing.length === 0 && neverPresented.length === 0) {
    return answerOf('inputs-covered', now, {
      verdict: 'yes',
      sentence: `Yes: ${where} addressed all ${plural(inputs.length, 'input')} (${presented} presented${justifiedText}), and every input was presented within the cycle of ${plural(cycle.length, 'review')}.`,
      details,
      evidence,
    });
  }
  const gaps = [
    missing.length > 0 ? `${listed(missing)} not addressed in ${where}` : undefined,
    neverPresented.length > 0 ? `${listed(neverPresented)} not presented in the cycle` : undefined,
  ].filter((g) => g !== undefined);
  return answerOf('inputs-covered', now, {
    verdict: 'partial',
    sentence: `Partly: ${presented} of ${plural(inputs.length, 'input')} presented in ${where}${justifiedText}; ${listed(gaps)}.`,
    details,
    evidence,
  });
};
