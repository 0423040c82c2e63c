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

/** The window of one evaluation: the day asked about, the last day counted as "soon", the stall limit. */
export interface FollowUpWindow {
  readonly today: string;
  readonly until: string;
  readonly stalledAfterDays: number;
}

/** Adds one notice to an evaluation. */
export type AddNotice = (
  kind: FollowUpKind,
  keyParts: readonly string[],
  subjectId: string,
  ownerId: string | undefined,
  date: string | undefined,
  message: string,
) => void;

export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
