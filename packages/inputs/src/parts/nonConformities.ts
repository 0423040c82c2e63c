import { actionStreamId, nonConformityStreamId } from '@mgmt-review/core';
import { nonConformityRegister } from '@mgmt-review/views';
import { countBy, type PartComputer } from '../part.js';
import { eventsOfStreams } from '../restsOn.js';
import { kpiTrend, within } from '../trend.js';

/**
 * 9.3.2 d 1: the nonconformity register on the pack's day (open ones by severity and by step of
 * 10.2, overdue corrective actions) and what was raised and closed in the period covered, with the
 * nonconformity and corrective-action KPIs as trend.
 */
export const nonConformitiesPart: PartComputer = (context) => {
  const rows = nonConformityRegister(context.history.views, { now: context.asOf });
  const open = rows.filter((row) => row.status === 'open');
  const overdueActions = open.flatMap((row) =>
    row.linkedActions.filter((a) => a.currentCycle && a.overdue).map((a) => a.actionId),
  );
  const raised = rows.filter((row) => within(row.raisedOn, context.period)).length;
  const closed = rows.filter((row) => within(row.closedOn, context.period)).length;
  return {
    figures: {
      nonConformities: rows.length,
      open: open.length,
      openBySeverity: countBy(open, (row) => row.severity),
      openByStep: countBy(open, (row) => row.step),
      raisedInPeriod: raised,
      closedInPeriod: closed,
      reopened: rows.reduce((sum, row) => sum + row.reopened, 0),
      correctiveActionsOverdue: overdueActions.length,
    },
    trend: kpiTrend(context, [
      'nonConformitiesOpened',
      'nonConformitiesClosed',
      'meanDaysToClose',
      'closedWithVerifiedEffectiveness',
      'recurrences',
      'correctiveActionsVerified',
      'correctiveActionsPending',
    ]),
    summary:
      `${open.length} of ${rows.length} nonconformities open on ${context.day}, ` +
      `${raised} raised and ${closed} closed from ${context.period.from} to ${context.period.to}; ` +
      `${overdueActions.length} corrective action(s) overdue.`,
    events: eventsOfStreams(context.history, [
      ...rows.map((row) => nonConformityStreamId(row.nonConformityId)),
      ...rows.flatMap((row) => row.linkedActions.map((a) => actionStreamId(a.actionId))),
    ]),
  };
};
