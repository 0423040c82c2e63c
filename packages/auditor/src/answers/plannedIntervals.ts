import { dayOf, daysBetween } from '@mgmt-review/core';
import { type AuditorAnswer, answerOf, listed, plural } from '../answer.js';
import { distinctEvidence, type Evidence } from '../evidence.js';
import { dueByCadence, reviewsHeld } from '../reviewsHeld.js';
import type { AuditorState } from '../state.js';

/** The time between two meetings, against the cadence of the first. */
export interface ReviewGap {
  readonly fromReviewId: string;
  /** The review held next, or `undefined` for the time since the last meeting (still running). */
  readonly toReviewId: string | undefined;
  readonly fromDay: string;
  readonly toDay: string;
  readonly days: number;
  /** The latest day the cadence allowed. */
  readonly dueBy: string;
  readonly withinCadence: boolean;
  /** The reason recorded for a gap planned beyond the cadence, or for moving the meeting. */
  readonly reasons: readonly string[];
}

export interface PlannedIntervalsDetails {
  readonly gaps: readonly ReviewGap[];
  readonly longerThanCadence: number;
}

/**
 * 9. Have reviews been held at the planned intervals (9.3.1)? Every gap between two meetings held,
 * and the time since the last one up to now, against the cadence of the review before: `yes` when
 * no gap is longer than the cadence, `partial` when some are (their recorded reasons are listed),
 * `no` when most are. The gaps beyond the cadence cite the meetings and the reschedulings.
 */
export const plannedIntervals = (state: AuditorState, now: string): AuditorAnswer<PlannedIntervalsDetails> => {
  const held = reviewsHeld(state);
  const today = dayOf(now);
  if (held.length === 0) {
    return answerOf('planned-intervals', now, {
      verdict: 'not-yet-applicable',
      sentence: 'No management review meeting has been held yet.',
      details: { gaps: [], longerThanCadence: 0 },
      evidence: [],
    });
  }
  const gaps: ReviewGap[] = [];
  const evidence: (Evidence | undefined)[] = [];
  held.forEach((from, index) => {
    const to = held[index + 1];
    const toDay = to?.meeting.day ?? today;
    const dueBy = dueByCadence(from);
    const withinCadence = toDay <= dueBy;
    // The running gap counts only once it is already longer than the cadence.
    if (to === undefined && withinCadence) return;
    const reasons = [
      ...(from.nextReview?.longerGapReason === undefined ? [] : [from.nextReview.longerGapReason]),
      ...(to?.rescheduled.map((r) => r.reason) ?? []),
    ];
    gaps.push({
      fromReviewId: from.reviewId,
      toReviewId: to?.reviewId,
      fromDay: from.meeting.day,
      toDay,
      days: daysBetween(from.meeting.day, toDay),
      dueBy,
      withinCadence,
      reasons,
    });
    if (!withinCadence) {
      evidence.push(from.meeting.evidence, from.nextReview?.evidence, to?.meeting.evidence);
      for (const r of to?.rescheduled ?? []) evidence.push(r.evidence);
    }
  });
  const longer = gaps.filter((g) => !g.withinCadence);
  if (longer.length === 0) evidence.push(...held.map((r) => r.meeting.evidence));
  const details = { gaps, longerThanCadence: longer.length };
  const intervals = Math.max(gaps.length, 1);
  if (longer.length === 0) {
    return answerOf('planned-intervals', now, {
      verdict: 'yes',
      sentence: `Yes: ${plural(held.length, 'review')} held from ${held[0]!.meeting.day} to ${held.at(-1)!.meeting.day}, none later than its cadence allowed.`,
      details,
      evidence: distinctEvidence(evidence),
    });
  }
  const described = longer.map(
    (g) =>
      `${g.toReviewId === undefined ? `since ${g.fromReviewId} (no meeting yet)` : `${g.fromReviewId} to ${g.toReviewId}`}: ${g.days} days, due by ${g.dueBy}${g.reasons.length > 0 ? ` (${g.reasons.join('; ')})` : ''}`,
  );
  const verdict = longer.length * 2 > intervals ? 'no' : 'partial';
  const running = gaps.at(-1)?.toReviewId === undefined;
  if (held.length === 1 && running) {
    const only = gaps[0]!;
    return answerOf('planned-intervals', now, {
      verdict,
      sentence: `No: no review has been held since ${only.fromReviewId} on ${only.fromDay}, ${plural(only.days, 'day')} ago; the next was due by ${only.dueBy}.`,
      details,
      evidence: distinctEvidence(evidence),
    });
  }
  return answerOf('planned-intervals', now, {
    verdict,
    sentence: `${verdict === 'no' ? 'No' : 'Partly'}: of ${plural(gaps.length, 'interval')} between the ${plural(held.length, 'review')} held${running ? ' and since the last one' : ''}, ${longer.length} ${longer.length === 1 ? 'was' : 'were'} longer than the cadence — ${listed(described)}.`,
    details,
    evidence: distinctEvidence(evidence),
  });
};
