import { actionStreamId, riskStreamId } from '@mgmt-review/core';
import { riskRegister } from '@mgmt-review/views';
import type { PartComputer } from '../part.js';
import { eventsOfStreams } from '../restsOn.js';
import { kpiTrend } from '../trend.js';

/** How many days ahead an acceptance counts as expiring. */
export const expiringWithinDays = 90;

/**
 * 9.3.2 f: the risk register on the pack's day — residual risk above appetite, treatment decided
 * and approved, acceptances expired or expiring within 90 days — with the risk KPIs as trend.
 */
export const risksPart: PartComputer = (context) => {
  const rows = riskRegister(context.history.views, { now: context.asOf, includeRetired: true });
  const active = rows.filter((row) => row.retiredOn === undefined);
  const aboveAppetite = active.filter((row) => row.aboveAppetite);
  const expired = active.filter((row) => row.acceptance?.expired === true);
  const expiring = active.filter(
    (row) =>
      row.acceptance !== undefined && !row.acceptance.expired && row.acceptance.daysToExpiry <= expiringWithinDays,
  );
  return {
    figures: {
      risks: active.length,
      retired: rows.length - active.length,
      aboveAppetite: aboveAppetite.length,
      aboveAppetiteIds: aboveAppetite.map((row) => row.riskId),
      untreated: active.filter((row) => row.treatment === undefined).length,
      planApproved: active.filter((row) => row.planApproved).length,
      accepted: active.filter((row) => row.acceptance !== undefined).length,
      acceptancesExpired: expired.length,
      acceptancesExpiring: expiring.length,
      needsReassessment: active.filter((row) => row.needsReassessment).length,
    },
    trend: kpiTrend(context, ['risksAboveAppetite', 'risksUntreated', 'residualExposure', 'acceptancesExpired']),
    summary:
      `${aboveAppetite.length} of ${active.length} risks above appetite on ${context.day}; ` +
      `${expired.length} acceptance(s) expired and ${expiring.length} expiring within ${expiringWithinDays} days.`,
    events: eventsOfStreams(context.history, [
      ...rows.map((row) => riskStreamId(row.riskId)),
      ...rows.flatMap((row) => row.actionIds.map(actionStreamId)),
    ]),
  };
};
