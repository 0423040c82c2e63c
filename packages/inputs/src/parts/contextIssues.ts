import { contextIssueAggregate } from '@mgmt-review/core';
import { streamIdOf } from '@mgmt-review/eventsourcing';
import { contextRegister } from '@mgmt-review/views';
import { countBy, type DayRange, type PartComputer } from '../part.js';
import { eventsOfStreamsWhere } from '../restsOn.js';
import { countTrend, within } from '../trend.js';

/** Every stream of the context: its issues and the climate decision (`context-…`). */
export const isContextStream = (streamId: string): boolean =>
  streamId.startsWith(streamIdOf(contextIssueAggregate.category, ''));

/**
 * 9.3.2 b: the context register on the pack's day — current issues by kind — and the issues
 * raised, changed and retired in the period covered, with the same counts for the period before
 * as trend.
 */
export const contextIssuesPart: PartComputer = (context) => {
  const register = contextRegister(context.history.views, { now: context.asOf, includeRetired: true });
  const issues = register.issues;
  const current = issues.filter((i) => i.retiredOn === undefined);
  const counts = (range: DayRange) => ({
    raised: issues.filter((i) => within(i.raisedOn, range)).length,
    changed: issues.filter((i) => i.changes.some((c) => within(c.changedOn, range))).length,
    retired: issues.filter((i) => within(i.retiredOn, range)).length,
  });
  const inPeriod = counts(context.period);
  return {
    figures: {
      issues: current.length,
      byKind: countBy(current, (i) => i.kind),
      byCategory: countBy(current, (i) => i.category),
      raisedInPeriod: inPeriod.raised,
      changedInPeriod: inPeriod.changed,
      retiredInPeriod: inPeriod.retired,
    },
    trend: countTrend(context, counts),
    summary:
      `${current.length} context issues current on ${context.day}; ${inPeriod.raised} raised, ` +
      `${inPeriod.changed} changed and ${inPeriod.retired} retired from ${context.period.from} to ${context.period.to}.`,
    events: eventsOfStreamsWhere(context.history, isContextStream),
  };
};
