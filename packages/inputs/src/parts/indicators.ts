import { indicatorAggregate } from '@mgmt-review/core';
import { streamIdOf } from '@mgmt-review/eventsourcing';
import { indicatorSeries } from '@mgmt-review/views';
import { countBy, type DayRange, type PartComputer } from '../part.js';
import { eventsOfStreams } from '../restsOn.js';
import { countTrend, within } from '../trend.js';

/**
 * 9.3.2 d 2: the indicators' series on the pack's day — each one's latest value against target and
 * threshold and its trend — with the values measured, meeting target and breaching the threshold
 * in the period covered and the one before as trend.
 */
export const indicatorsPart: PartComputer = (context) => {
  const series = indicatorSeries(context.history.views, { now: context.asOf });
  const active = series.filter((s) => s.status === 'active');
  const valuesIn = (range: DayRange) => series.flatMap((s) => s.values.filter((v) => within(v.from, range)));
  const inPeriod = valuesIn(context.period);
  const breaches = inPeriod.filter((v) => v.breach).length;
  return {
    figures: {
      indicators: series.length,
      active: active.length,
      valuesInPeriod: inPeriod.length,
      meetingTargetInPeriod: inPeriod.filter((v) => v.meetsTarget).length,
      breachesInPeriod: breaches,
      unmeasuredPeriods: active.reduce((sum, s) => sum + s.unmeasuredPeriods.length, 0),
      trends: countBy(active, (s) => s.trend.direction),
      latest: active.map((s) => ({
        indicatorId: s.indicatorId,
        period: s.latest?.period ?? null,
        value: s.latest?.value ?? null,
        meetsTarget: s.latest?.meetsTarget ?? null,
        breach: s.latest?.breach ?? null,
        trend: s.trend.direction,
      })),
    },
    trend: countTrend(context, (range) => {
      const values = valuesIn(range);
      return {
        values: values.length,
        meetingTarget: values.filter((v) => v.meetsTarget).length,
        breaches: values.filter((v) => v.breach).length,
      };
    }),
    summary:
      `${active.length} indicators measured; ${inPeriod.length} values from ${context.period.from} to ` +
      `${context.period.to}, ${breaches} breaching the threshold.`,
    events: eventsOfStreams(
      context.history,
      series.map((s) => streamIdOf(indicatorAggregate.category, s.indicatorId)),
    ),
  };
};
