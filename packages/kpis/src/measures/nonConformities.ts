import { daysBetween } from '@mgmt-review/core';
import type { KpiState } from '../state.js';
import { nonConformitySources, severities } from '../vocabulary.js';
import { count, type Measures, meanOf, percent, type Span, within } from './measured.js';

const zeroes = (keys: readonly string[]): Record<string, number> => Object.fromEntries(keys.map((k) => [k, 0]));

/** The nearest-rank percentile `p` (0–100) of `values`, or null when there are none. */
export const nearestRank = (values: readonly number[], p: number): number | null => {
  if (values.length === 0) return null;
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

/** Nonconformities opened and closed (by severity and source), days to close, verified share, recurrences. */
export const nonConformityMeasures = (state: KpiState, span: Span): Measures => {
  const opened = { bySeverity: zeroes(severities), bySource: zeroes(nonConformitySources) };
  const closed = { bySeverity: zeroes(severities), bySource: zeroes(nonConformitySources) };
  let openedCount = 0;
  let closedCount = 0;
  let verified = 0;
  let recurrences = 0;
  const daysToClose: number[] = [];
  for (const n of state.nonConformities.values()) {
    if (within(n.raisedOn, span)) {
      openedCount += 1;
      opened.bySeverity[n.severity]! += 1;
      opened.bySource[n.source]! += 1;
    }
    for (let i = 0; i < n.cycles.length; i++) {
      const cycle = n.cycles[i]!;
      if (i > 0 && within(cycle.startedOn, span)) recurrences += 1;
      if (!within(cycle.closedOn, span)) continue;
      closedCount += 1;
      closed.bySeverity[n.severity]! += 1;
      closed.bySource[n.source]! += 1;
      if (cycle.effectivenessVerified) verified += 1;
      daysToClose.push(daysBetween(cycle.startedOn, cycle.closedOn!));
    }
  }
  return {
    nonConformitiesOpened: { value: openedCount, breakdown: opened },
    nonConformitiesClosed: { value: closedCount, breakdown: closed },
    meanDaysToClose: { value: meanOf(daysToClose) },
    p90DaysToClose: { value: nearestRank(daysToClose, 90) },
    closedWithVerifiedEffectiveness: { value: percent(verified, closedCount) },
    recurrences: count(recurrences),
  };
};
