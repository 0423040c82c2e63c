import { consultationAggregate } from '@mgmt-review/core';
import { streamIdOf } from '@mgmt-review/eventsourcing';
import { consultationRegister } from '@mgmt-review/views';
import { countBy, type DayRange, type PartComputer } from '../part.js';
import { eventsOfStreams } from '../restsOn.js';
import { countTrend, within } from '../trend.js';

/**
 * 9.3.2 e: the consultations of interested parties on the pack's day — those conducted in the
 * period covered with their response rate, and what was done with their findings and feedback
 * (taken into account, not acted on with a reason, pending) — with the same counts for the period
 * before as trend.
 */
export const consultationsPart: PartComputer = (context) => {
  const rows = consultationRegister(context.history.views, { now: context.asOf });
  const conductedIn = (range: DayRange) => rows.filter((c) => within(c.results?.conductedOn, range));
  const conducted = conductedIn(context.period);
  const items = rows.flatMap((c) => [...c.findings, ...c.feedback]);
  const pending = items.filter((i) => i.outcome === 'pending').length;
  return {
    figures: {
      consultations: rows.length,
      byStatus: countBy(rows, (c) => c.status),
      conductedInPeriod: conducted.length,
      responseRates: conducted.map((c) => ({
        consultationId: c.consultationId,
        responseRate: c.results?.responseRate ?? null,
      })),
      items: items.length,
      itemsByOutcome: countBy(items, (i) => i.outcome),
      pending,
    },
    trend: countTrend(context, (range) => {
      const done = conductedIn(range);
      return {
        conducted: done.length,
        items: done.reduce((sum, c) => sum + c.findings.length + c.feedback.length, 0),
        takenIntoAccount: done.reduce((sum, c) => sum + c.takenIntoAccount, 0),
      };
    }),
    summary:
      `${conducted.length} consultation(s) conducted from ${context.period.from} to ${context.period.to}; ` +
      `of ${items.length} findings and feedback items, ${pending} still pending on ${context.day}.`,
    events: eventsOfStreams(
      context.history,
      rows.map((c) => streamIdOf(consultationAggregate.category, c.consultationId)),
    ),
  };
};
