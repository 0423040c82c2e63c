import type { IndicatorCommand } from '../indicator/commands.js';
import { people } from './people.js';
import { typedCommand } from './typedCommand.js';

const indicator = typedCommand<IndicatorCommand>();

/**
 * Sample commands of an indicator: "security incidents per month", lower is better, target 4,
 * breach above 8; measured by the IT lead, analysed by the CISO. A period's value is recorded
 * early in the month after it (`2026-01` on `2026-02-02`).
 */
export const indicatorSamples = (indicatorId = 'ind-incidents') => {
  const after = (period: string, hour = 9): string => {
    const [year, month] = period.split('-').map(Number) as [number, number];
    const next = month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
    return `${next}-02T${String(hour).padStart(2, '0')}:00:00Z`;
  };
  return {
    define: indicator('DefineIndicator', people.ciso, {
      indicatorId,
      name: 'security incidents per month',
      subject: { kind: 'process', name: 'incident management' },
      annexAControl: 'A.5.24',
      method: 'tickets classified as security incidents, counted by the month they were reported',
      unit: 'incidents',
      direction: 'lowerIsBetter',
      frequency: 'monthly',
      measuredBy: people.itLead,
      analysedBy: people.ciso,
      target: 4,
      threshold: 8,
      at: '2026-01-05T09:00:00Z',
    }),
    /** The value of a month, recorded on the 2nd of the next month. */
    record: (period: string, value: number) =>
      indicator('RecordMeasurement', people.itLead, {
        indicatorId,
        period,
        value,
        sourceReference: `incident tickets reported in ${period}`,
        at: after(period),
      }),
    /** A correction of a month's value, later on the day it was recorded. */
    correct: (period: string, value: number) =>
      indicator('CorrectMeasurement', people.itLead, {
        indicatorId,
        period,
        value,
        reason: 'two tickets were classified as incidents after the count',
        sourceReference: `incident tickets reported in ${period}, reclassified`,
        at: after(period, 11),
      }),
    /** The analysis of a month, later on the day it was recorded. */
    analyse: (period: string, breachExplanation?: string) =>
      indicator('AnalyseIndicatorPeriod', people.ciso, {
        indicatorId,
        period,
        conclusion: 'phishing reports dominate; awareness campaign continues',
        breachExplanation,
        at: after(period, 14),
      }),
    retire: indicator('RetireIndicator', people.ciso, {
      indicatorId,
      reason: 'replaced by incidents per 100 employees',
      at: '2027-01-10T09:00:00Z',
    }),
  };
};
