import { auditAggregate, nonConformityStreamId } from '@mgmt-review/core';
import { streamIdOf } from '@mgmt-review/eventsourcing';
import { auditProgramme } from '@mgmt-review/views';
import { countBy, type DayRange, type PartComputer } from '../part.js';
import { eventsOfStreams } from '../restsOn.js';
import { countTrend, within } from '../trend.js';

/**
 * 9.3.2 d 3: the audit programme on the pack's day — audits performed in the period covered, their
 * findings by kind and the nonconformities raised from them, audits overdue — with audits
 * performed and findings recorded in the period covered and the one before as trend.
 */
export const auditsPart: PartComputer = (context) => {
  const programme = auditProgramme(context.history.views, { now: context.asOf });
  const performedIn = (range: DayRange) =>
    programme.audits.filter((a) => a.performance !== 'notPerformed' && within(a.startedOn, range));
  const findingsIn = (range: DayRange) =>
    programme.audits.flatMap((a) => a.findings.filter((f) => within(f.recordedOn, range)));
  const performed = performedIn(context.period);
  const findings = findingsIn(context.period);
  return {
    figures: {
      audits: programme.audits.length,
      performedInPeriod: performed.length,
      reportedInPeriod: programme.audits.filter((a) => within(a.report?.reportedOn, context.period)).length,
      findingsInPeriod: countBy(findings, (f) => f.kind),
      nonConformitiesRaisedInPeriod: findings.filter((f) => f.nonConformityId !== undefined).length,
      overdue: programme.overdue.length,
      overdueIds: programme.overdue.map((a) => a.auditId),
    },
    trend: countTrend(context, (range) => {
      const recorded = findingsIn(range);
      return {
        performed: performedIn(range).length,
        findings: recorded.length,
        nonconformityFindings: recorded.filter((f) => f.kind === 'nonconformity').length,
      };
    }),
    summary:
      `${performed.length} audit(s) performed from ${context.period.from} to ${context.period.to} with ` +
      `${findings.length} finding(s), ${findings.filter((f) => f.kind === 'nonconformity').length} of them nonconformities; ` +
      `${programme.overdue.length} audit(s) overdue on ${context.day}.`,
    events: eventsOfStreams(context.history, [
      ...programme.audits.map((a) => streamIdOf(auditAggregate.category, a.auditId)),
      ...programme.audits.flatMap((a) => a.nonConformityIds.map(nonConformityStreamId)),
    ]),
  };
};
