import type { Evidence } from './evidence.js';
import { type QuestionId, questionOf } from './questions.js';

/**
 * What the history shows: `yes`, `no`, `partial` (some of what is asked, not all), or
 * `not-yet-applicable` (the history has nothing yet the question could be asked of).
 */
export type AuditVerdict = 'yes' | 'no' | 'partial' | 'not-yet-applicable';

/** An answer to one question: a verdict, one plain sentence, the details, and the events it rests on. */
export interface AuditorAnswer<D = unknown> {
  readonly questionId: QuestionId;
  readonly number: number;
  readonly question: string;
  readonly clause: string;
  readonly verdict: AuditVerdict;
  /** One sentence a person can read. */
  readonly sentence: string;
  readonly details: D;
  /** The recorded events the answer rests on. */
  readonly evidence: readonly Evidence[];
  /** The moment the answer speaks of ("now" for overdue and expiry). */
  readonly now: string;
}

/** Builds an answer to `questionId` with the question's text and clause. */
export const answerOf = <D>(
  questionId: QuestionId,
  now: string,
  parts: {
    readonly verdict: AuditVerdict;
    readonly sentence: string;
    readonly details: D;
    readonly evidence: readonly Evidence[];
  },
): AuditorAnswer<D> => {
  const question = questionOf(questionId);
  return {
    questionId,
    number: question.number,
    question: question.text,
    clause: question.clause,
    verdict: parts.verdict,
    sentence: parts.sentence,
    details: parts.details,
    evidence: parts.evidence,
    now,
  };
};

/** "1 action", "2 actions". */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** A list in words: "a", "a and b", "a, b and c". */
export const listed = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** The word a sentence opens with for a verdict: "Yes", "No", "Partly". */
export const verdictWord = (verdict: Exclude<AuditVerdict, 'not-yet-applicable'>): string =>
  verdict === 'yes' ? 'Yes' : verdict === 'no' ? 'No' : 'Partly';
