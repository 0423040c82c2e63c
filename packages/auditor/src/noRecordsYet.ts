import { type AuditorAnswer, answerOf } from './answer.js';
import { type CurrentCycle, inputStanding } from './cycle.js';
import type { QuestionId } from './questions.js';

/**
 * The answer while the history holds none of the records a question rests on: not yet applicable,
 * saying so, and — when a review was held — what it made of the input those records feed, which
 * until then was text typed at the meeting (cited, so the auditor can read it).
 */
export const noRecordsYet = <D>(
  questionId: QuestionId,
  now: string,
  parts: { readonly cycle: CurrentCycle; readonly inputId: string; readonly noRecords: string; readonly details: D },
): AuditorAnswer<D> => {
  const last = parts.cycle.last;
  const input = last?.inputs.get(parts.inputId);
  const said =
    last === undefined
      ? ''
      : `; ${last.reviewId} (${last.meeting.day}) ${
          {
            presented: `presented input ${parts.inputId} as text only`,
            notCovered: `justified input ${parts.inputId} as not covered`,
            notAddressed: `did not address input ${parts.inputId}`,
          }[inputStanding(last, parts.inputId)]
        }`;
  return answerOf(questionId, now, {
    verdict: 'not-yet-applicable',
    sentence: `${parts.noRecords}${said}.`,
    details: parts.details,
    evidence: input === undefined ? [] : [input.evidence],
  });
};
