import { improvementAggregate } from '@mgmt-review/core';
import { streamIdOf } from '@mgmt-review/eventsourcing';
import { improvementLog } from '@mgmt-review/views';
import { countBy, type DayRange, type PartComputer } from '../part.js';
import { eventsOfStreams } from '../restsOn.js';
import { countTrend, within } from '../trend.js';

/**
 * 9.3.2 g: the continual-improvement log on the pack's day — opportunities by status — and those
 * logged, adopted and realised in the period covered, with the same counts for the period before
 * as trend.
 */
export const improvementsPart: PartComputer = (context) => {
  const log = improvementLog(context.history.views, { now: context.asOf });
  const rows = log.opportunities;
  const counts = (range: DayRange) => ({
    logged: rows.filter((o) => within(o.loggedOn, range)).length,
    adopted: rows.filter((o) => within(o.adoptedOn, range)).length,
    realised: rows.filter((o) => within(o.realisation?.realisedOn, range)).length,
  });
  const inPeriod = counts(context.period);
  const undecided = rows.filter((o) => o.decision === undefined && o.closedOn === undefined).length;
  return {
    figures: {
      opportunities: rows.length,
      byStatus: countBy(rows, (o) => o.status),
      undecided,
      loggedInPeriod: inPeriod.logged,
      adoptedInPeriod: inPeriod.adopted,
      realisedInPeriod: inPeriod.realised,
    },
    trend: countTrend(context, counts),
    summary:
      `${rows.length} improvement opportunities logged by ${context.day}, ${undecided} undecided; ` +
      `${inPeriod.logged} logged, ${inPeriod.adopted} adopted and ${inPeriod.realised} realised from ` +
      `${context.period.from} to ${context.period.to}.`,
    events: eventsOfStreams(
      context.history,
      rows.map((o) => streamIdOf(improvementAggregate.category, o.opportunityId)),
    ),
  };
};
