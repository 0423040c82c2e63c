import { indicatorAggregate, objectiveAggregate } from '@mgmt-review/core';
import { streamIdOf } from '@mgmt-review/eventsourcing';
import { objectiveRegister } from '@mgmt-review/views';
import { countBy, type PartComputer } from '../part.js';
import { eventsOfStreams } from '../restsOn.js';
import { countTrend, within } from '../trend.js';

/**
 * 9.3.2 d 4: the objective register on the pack's day — objectives pursued and their progress,
 * overdue, achieved and missed — with what was achieved and missed in the period covered and the
 * one before as trend. It rests on the objectives' streams and on those of the indicators they
 * are measured by.
 */
export const objectivesPart: PartComputer = (context) => {
  const rows = objectiveRegister(context.history.views, { now: context.asOf });
  const pursued = rows.filter((row) => row.status === 'set');
  const achieved = rows.filter((row) => within(row.achievedOn, context.period)).length;
  const missed = rows.filter((row) => within(row.missedOn, context.period)).length;
  const overdue = pursued.filter((row) => row.overdue).length;
  const indicators = new Set(rows.flatMap((row) => (row.target === undefined ? [] : [row.target.indicatorId])));
  return {
    figures: {
      objectives: rows.length,
      byStatus: countBy(rows, (row) => row.status),
      pursued: pursued.length,
      progress: countBy(pursued, (row) => row.progress?.progress ?? 'notEvaluated'),
      meetingTarget: pursued.filter((row) => row.latestMeasurement?.meetsTarget === true).length,
      overdue,
      achievedInPeriod: achieved,
      missedInPeriod: missed,
    },
    trend: countTrend(context, (range) => ({
      achieved: rows.filter((row) => within(row.achievedOn, range)).length,
      missed: rows.filter((row) => within(row.missedOn, range)).length,
      withdrawn: rows.filter((row) => within(row.withdrawnOn, range)).length,
    })),
    summary:
      `${pursued.length} of ${rows.length} objectives pursued on ${context.day}, ${overdue} overdue; ` +
      `${achieved} achieved and ${missed} missed from ${context.period.from} to ${context.period.to}.`,
    events: eventsOfStreams(context.history, [
      ...rows.map((row) => streamIdOf(objectiveAggregate.category, row.objectiveId)),
      ...[...indicators].map((id) => streamIdOf(indicatorAggregate.category, id)),
    ]),
  };
};
