import { dayOf, type Progress } from '@mgmt-review/core';
import { type AuditorAnswer, answerOf, listed, plural, verdictWord } from '../answer.js';
import { currentCycle, inCycle, inputStanding, sinceLastReview } from '../cycle.js';
import { distinctEvidence, type Evidence } from '../evidence.js';
import { inputFedBy } from '../inputFedBy.js';
import { noRecordsYet } from '../noRecordsYet.js';
import type { AuditorState, ObjectiveRecord } from '../state.js';

/** The input the objectives feed (d4). */
const fulfilmentInputId = inputFedBy('objectives');

/** Where one objective stands on monitoring (6.2 d) and fulfilment. */
export interface ObjectiveStanding {
  readonly objectiveId: string;
  readonly statement: string;
  readonly ownerId: string;
  readonly status: ObjectiveRecord['status'];
  /** 6.2 b: a measurable target (on an indicator), or criteria that judge fulfilment. */
  readonly measuredBy: 'target' | 'criteria';
  /** The target's indicator: whether it is defined, and its latest period measured. */
  readonly indicator:
    | { readonly indicatorId: string; readonly defined: boolean; readonly latestPeriod: string | undefined }
    | undefined;
  readonly dueDate: string;
  /** Pursued past its due date. */
  readonly overdue: boolean;
  /** The latest evaluation of progress against the definition in force. */
  readonly progress: Progress | undefined;
  readonly evaluatedOn: string | undefined;
  /**
   * `inCycle`: evaluated within the cycle; `beforeCycle`: last evaluated before it; `sinceRevision`:
   * not evaluated since its last revision; `never`; `pending`: set after the last review, not yet evaluated.
   */
  readonly evaluation: 'inCycle' | 'beforeCycle' | 'sinceRevision' | 'never' | 'pending';
}

/** The details of question 11: the objectives, their evaluation within the cycle, and input d4. */
export interface ObjectivesMonitoredDetails {
  /** The last review held, which was to review the objectives' fulfilment (input d4). */
  readonly reviewId: string | undefined;
  /** Input d4 at the last review. */
  readonly fulfilmentInput: 'presented' | 'notCovered' | 'notAddressed' | undefined;
  /** The objectives pursued, and those achieved, missed or withdrawn within the cycle. */
  readonly objectives: readonly ObjectiveStanding[];
  readonly pursued: number;
  /** Of those pursued, how many were evaluated within the cycle. */
  readonly evaluatedInCycle: number;
  readonly achievedInCycle: readonly string[];
  readonly missedInCycle: readonly string[];
  /** Pursued and not evaluated within the cycle (those set since the last review aside). */
  readonly notEvaluated: readonly string[];
  readonly overdue: readonly string[];
}

const evaluationOf = (objective: ObjectiveRecord, isInCycle: (day: string) => boolean, pending: boolean) => {
  if (objective.progress !== undefined) return isInCycle(objective.progress.day) ? 'inCycle' : 'beforeCycle';
  if (objective.evaluations > 0) return 'sinceRevision';
  return pending ? 'pending' : 'never';
};

/**
 * 11. Are information-security objectives monitored and their fulfilment reviewed (6.2, 9.3.2 d4)?
 * Over the objectives pursued: each has a measurable target or criteria for its fulfilment, its
 * progress evaluated within the cycle, none is past its due date, and the last review presented
 * input d4. `yes` when all of that holds, `no` when no objective was evaluated or ended within the
 * cycle and d4 was not presented, `partial` otherwise; the objectives not evaluated and those
 * overdue are named.
 */
export const objectivesMonitored = (state: AuditorState, now: string): AuditorAnswer<ObjectivesMonitoredDetails> => {
  const cycle = currentCycle(state, now);
  const last = cycle.last;
  const fulfilmentInput = last === undefined ? undefined : inputStanding(last, fulfilmentInputId);
  const isInCycle = (day: string) => inCycle(cycle, day);
  const shown = [...state.objectives.values()].filter(
    (o) => o.status === 'set' || (o.ended !== undefined && isInCycle(o.ended.day)),
  );
  const objectives = shown.map((o): ObjectiveStanding => {
    const indicator = o.target === undefined ? undefined : state.indicators.get(o.target.indicatorId);
    return {
      objectiveId: o.objectiveId,
      statement: o.statement,
      ownerId: o.ownerId,
      status: o.status,
      measuredBy: o.target === undefined ? 'criteria' : 'target',
      indicator:
        o.target === undefined
          ? undefined
          : {
              indicatorId: o.target.indicatorId,
              defined: indicator !== undefined,
              latestPeriod: indicator?.latest?.period,
            },
      dueDate: o.dueDate,
      overdue: o.status === 'set' && o.dueDate < cycle.today,
      progress: o.progress?.progress,
      evaluatedOn: o.progress?.day,
      // With no review held, an objective never evaluated is named all the same: monitoring does not wait for a review.
      evaluation: evaluationOf(o, isInCycle, last !== undefined && sinceLastReview(cycle, dayOf(o.set.occurredAt))),
    };
  });
  const pursued = objectives.filter((o) => o.status === 'set');
  const ids = (keep: (o: ObjectiveStanding) => boolean) => objectives.filter(keep).map((o) => o.objectiveId);
  const details: ObjectivesMonitoredDetails = {
    reviewId: last?.reviewId,
    fulfilmentInput,
    objectives,
    pursued: pursued.length,
    evaluatedInCycle: ids((o) => o.status === 'set' && o.evaluation === 'inCycle').length,
    achievedInCycle: ids((o) => o.status === 'achieved'),
    missedInCycle: ids((o) => o.status === 'missed'),
    notEvaluated: ids((o) => o.status === 'set' && o.evaluation !== 'inCycle' && o.evaluation !== 'pending'),
    overdue: ids((o) => o.overdue),
  };
  if (state.objectives.size === 0) {
    return noRecordsYet('objectives-monitored', now, {
      cycle,
      inputId: fulfilmentInputId,
      noRecords: 'No information-security objective has been recorded yet',
      details,
    });
  }
  const evidence: (Evidence | undefined)[] = [];
  for (const o of shown) {
    evidence.push(o.revised ?? o.set, o.progress?.evidence, o.ended?.evidence);
    if (o.status === 'set' && o.target !== undefined)
      evidence.push(state.indicators.get(o.target.indicatorId)?.latest?.evidence);
  }
  evidence.push(last?.inputs.get(fulfilmentInputId)?.evidence);
  // Every objective ended before the cycle: what ended the latest one shows there is none pursued.
  if (shown.length === 0) evidence.push(...[...state.objectives.values()].map((o) => o.ended?.evidence));

  const reviewed = fulfilmentInput === 'presented';
  const monitored = details.evaluatedInCycle + details.achievedInCycle.length + details.missedInCycle.length;
  const issues = [
    pursued.length === 0 ? 'no objective is pursued' : undefined,
    details.notEvaluated.length > 0 ? `not evaluated within the cycle: ${listed(details.notEvaluated)}` : undefined,
    details.overdue.length > 0
      ? `past their due date: ${listed(pursued.filter((o) => o.overdue).map((o) => `${o.objectiveId} (due ${o.dueDate})`))}`
      : undefined,
    reviewed
      ? undefined
      : last === undefined
        ? `no management review has been held yet to review their fulfilment (${fulfilmentInputId})`
        : `fulfilment of objectives (${fulfilmentInputId}) ${fulfilmentInput === 'notCovered' ? 'justified as not covered' : 'not addressed'} in ${last.reviewId} (${last.meeting.day})`,
  ].filter((i) => i !== undefined);
  const verdict = issues.length === 0 ? 'yes' : monitored === 0 && !reviewed ? 'no' : 'partial';
  const targets = pursued.filter((o) => o.measuredBy === 'target').length;
  const head = `${plural(pursued.length, 'objective')} pursued (${targets} with a measurable target, ${pursued.length - targets} judged by criteria), ${details.evaluatedInCycle} evaluated within the cycle; ${details.achievedInCycle.length} achieved and ${details.missedInCycle.length} missed within it`;
  const review =
    reviewed && last !== undefined
      ? `; fulfilment (${fulfilmentInputId}) presented in ${last.reviewId} (${last.meeting.day})`
      : '';
  return answerOf('objectives-monitored', now, {
    verdict,
    sentence: `${verdictWord(verdict)}: ${head}${review}${issues.length > 0 ? `; ${listed(issues)}` : ''}.`,
    details,
    evidence: distinctEvidence(evidence),
  });
};
