import { Progress } from '@mgmt-review/core';
import type { KpiState } from '../state.js';
import { enteredIn, lastOn, statusAt } from './dated.js';
import { count, type Measures, percent, type Span } from './measured.js';

/** How an open objective's progress stands in a breakdown: its latest evaluation, or none since it was set or revised. */
const standings = [...(Object.keys(Progress.keys) as Progress[]), 'notEvaluated'] as const;

/**
 * Objectives on track at period end (of the open ones, by their latest evaluation of progress, 6.2
 * d), and objectives achieved and missed in the period.
 */
export const objectiveMeasures = (state: KpiState, span: Span): Measures => {
  const byProgress: Record<string, number> = Object.fromEntries(standings.map((s) => [s, 0]));
  let open = 0;
  let achieved = 0;
  let missed = 0;
  for (const o of state.objectives.values()) {
    if (enteredIn(o.statuses, 'achieved', span)) achieved += 1;
    if (enteredIn(o.statuses, 'missed', span)) missed += 1;
    if (statusAt(o.statuses, span.end) !== 'set') continue;
    open += 1;
    byProgress[lastOn(o.progress, span.end)?.value ?? 'notEvaluated']! += 1;
  }
  const onTrack = byProgress.onTrack!;
  return {
    objectivesOnTrack: { value: onTrack, breakdown: { byProgress } },
    objectivesOnTrackRate: { value: percent(onTrack, open) },
    objectivesAchieved: count(achieved),
    objectivesMissed: count(missed),
  };
};
