import type { ViewsState } from '../state.js';
import { addDays, dayOfNow, daysBetween } from '../time.js';
import { isToDo } from './actionRegister.js';
import { nextReviewPlan } from './nextReview.js';
import { compareText } from './order.js';

/**
 * What needs following up between meetings:
 * - `actionDueSoon` / `actionOverdue`: an action still to be done falls due within the horizon / is past due;
 * - `nonConformityStalled`: an open nonconformity has stayed at one step of 10.2 longer than allowed;
 * - `acceptanceExpiring` / `acceptanceExpired`: a residual-risk acceptance expires within the horizon / has expired;
 * - `reviewDue` / `reviewOverdue`: the next management review falls within the horizon / its date passed unheld;
 * - `nextReviewMissing`: no next review is planned after the last one held (or none was ever held).
 */
export type FollowUpKind =
  | 'actionDueSoon'
  | 'actionOverdue'
  | 'nonConformityStalled'
  | 'acceptanceExpiring'
  | 'acceptanceExpired'
  | 'reviewDue'
  | 'reviewOverdue'
  | 'nextReviewMissing';

/**
 * One follow-up a host turns into a reminder. `key` is stable: the same situation yields the same
 * key on every evaluation, and a changed one (a new due date, a new step) a new key, so a host that
 * remembers the keys it has sent reminds once per situation.
 */
export interface FollowUpNotice {
  readonly key: string;
  readonly kind: FollowUpKind;
  /** The action, nonconformity, risk or review the notice is about. */
  readonly subjectId: string;
  /** Who to remind. */
  readonly ownerId: string | undefined;
  /** The date the notice is about: due date, expiry, planned date, or the day the step was reached. */
  readonly date: string | undefined;
  /** Days from the day asked about to `date` (negative when past). */
  readonly daysFromNow: number | undefined;
  /** One plain sentence. */
  readonly message: string;
}

export interface FollowUpQuery {
  /** The day (or instant) of the evaluation. */
  readonly now: string;
  /** How many days ahead counts as "soon". */
  readonly horizon: number;
  /** Days a nonconformity may stay at one step before it counts as stalled; default 30. */
  readonly stalledAfterDays?: number;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The follow-ups on the day `now`, ordered by date (undated last), then key. */
export const followUps = (state: ViewsState, query: FollowUpQuery): readonly FollowUpNotice[] => {
  const today = dayOfNow(query.now);
  if (!Number.isFinite(query.horizon) || query.horizon < 0) {
    throw new RangeError(`horizon: expected a number of days ≥ 0, got ${String(query.horizon)}`);
  }
  const until = addDays(today, query.horizon);
  const stalledAfter = query.stalledAfterDays ?? 30;
  const notices: FollowUpNotice[] = [];
  const notice = (
    kind: FollowUpKind,
    keyParts: readonly string[],
    subjectId: string,
    ownerId: string | undefined,
    date: string | undefined,
    message: string,
  ) =>
    notices.push({
      key: [kind, ...keyParts].join(':'),
      kind,
      subjectId,
      ownerId,
      date,
      daysFromNow: date === undefined ? undefined : daysBetween(today, date),
      message,
    });

  for (const a of state.actions.values()) {
    if (!isToDo(a.status)) continue;
    if (a.dueDate < today) {
      const late = daysBetween(a.dueDate, today);
      notice(
        'actionOverdue',
        [a.actionId, a.dueDate],
        a.actionId,
        a.ownerId,
        a.dueDate,
        `Action ${a.actionId} "${a.title}" was due on ${a.dueDate} and is ${plural(late, 'day')} overdue.`,
      );
    } else if (a.dueDate <= until) {
      notice(
        'actionDueSoon',
        [a.actionId, a.dueDate],
        a.actionId,
        a.ownerId,
        a.dueDate,
        `Action ${a.actionId} "${a.title}" is due on ${a.dueDate}.`,
      );
    }
  }

  for (const n of state.nonConformities.values()) {
    if (n.closedOn !== undefined) continue;
    const days = daysBetween(n.stepSince, today);
    if (days > stalledAfter) {
      notice(
        'nonConformityStalled',
        [n.nonConformityId, n.step, n.stepSince],
        n.nonConformityId,
        n.ownerId,
        n.stepSince,
        `Nonconformity ${n.nonConformityId} has stayed at step "${n.step}" since ${n.stepSince} (${plural(days, 'day')}).`,
      );
    }
  }

  for (const r of state.risks.values()) {
    const acceptance = r.acceptance;
    if (r.stage !== 'accepted' || acceptance === undefined) continue;
    if (acceptance.expiresOn < today) {
      notice(
        'acceptanceExpired',
        [r.riskId, acceptance.expiresOn],
        r.riskId,
        r.ownerId,
        acceptance.expiresOn,
        `The acceptance of residual risk ${r.riskId} expired on ${acceptance.expiresOn}: the risk is due for reassessment.`,
      );
    } else if (acceptance.expiresOn <= until) {
      notice(
        'acceptanceExpiring',
        [r.riskId, acceptance.expiresOn],
        r.riskId,
        r.ownerId,
        acceptance.expiresOn,
        `The acceptance of residual risk ${r.riskId} expires on ${acceptance.expiresOn}.`,
      );
    }
  }

  const plan = nextReviewPlan(state);
  for (const r of plan.scheduled) {
    if (r.plannedDate < today) {
      notice(
        'reviewOverdue',
        [r.reviewId, r.plannedDate],
        r.reviewId,
        r.chairId,
        r.plannedDate,
        `Management review ${r.reviewId} was planned for ${r.plannedDate} and has not been held.`,
      );
    } else if (r.plannedDate <= until) {
      notice(
        'reviewDue',
        [r.reviewId, r.plannedDate],
        r.reviewId,
        r.chairId,
        r.plannedDate,
        `Management review ${r.reviewId} is planned for ${r.plannedDate}.`,
      );
    }
  }
  for (const next of plan.announced) {
    const chairId = state.reviews.get(next.fromReviewId)?.chairId;
    const subject = `The management review after ${next.fromReviewId}`;
    if (next.plannedDate < today) {
      notice(
        'reviewOverdue',
        [`after-${next.fromReviewId}`, next.plannedDate],
        next.fromReviewId,
        chairId,
        next.plannedDate,
        `${subject} was planned for ${next.plannedDate} and is not scheduled yet.`,
      );
    } else if (next.plannedDate <= until) {
      notice(
        'reviewDue',
        [`after-${next.fromReviewId}`, next.plannedDate],
        next.fromReviewId,
        chairId,
        next.plannedDate,
        `${subject} is planned for ${next.plannedDate} and is not scheduled yet.`,
      );
    }
  }
  if (plan.scheduled.length === 0 && plan.announced.length === 0 && state.eventCount > 0) {
    const last = plan.lastHeld;
    if (last === undefined) {
      notice('nextReviewMissing', ['none'], '', undefined, undefined, 'No management review is held or planned.');
    } else if (last.nextReview === undefined) {
      notice(
        'nextReviewMissing',
        [last.reviewId],
        last.reviewId,
        last.chairId,
        last.heldOn,
        `No management review is planned after ${last.reviewId}, held on ${last.heldOn}.`,
      );
    }
  }

  return notices.sort((x, y) =>
    x.date === y.date
      ? compareText(x.key, y.key)
      : x.date === undefined
        ? 1
        : y.date === undefined
          ? -1
          : compareText(x.date, y.date),
  );
};
