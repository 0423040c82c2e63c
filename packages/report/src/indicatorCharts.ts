import type { IndicatorSeries } from '@mgmt-review/kpis';
import type { ChartSpec } from './chart.js';

/** The three lines of an indicator's chart, in legend order: its values, its target and its threshold. */
const lines = ['Value', 'Target', 'Threshold'] as const;

/** What a quarter holding a breached indicator period is marked with. */
const breachMark = 'quarter with a breach';

const yesNo = (b: boolean | null): string | null => (b === null ? null : b ? 'yes' : 'no');

/**
 * One indicator's series (9.1) as a chart: the mean of its values in force per quarter, its
 * target and its threshold as lines across the quarters, and each quarter holding a period that
 * breaches the threshold marked in red. The id is `indicator-<indicatorId>`: the same history
 * gives the same id.
 */
export const indicatorChart = (series: IndicatorSeries, periods: string): ChartSpec => {
  const rows = series.rows.map((row) => ({
    period: row.period,
    Value: row.value,
    Target: series.target,
    Threshold: series.threshold,
    breaches: row.breaches,
    meetsTarget: yesNo(row.meetsTarget),
    corrected: row.measurements.filter((m) => m.corrected).length,
  }));
  const breached = rows.filter((r) => r.breaches > 0).length;
  const x = { field: 'period', type: 'ordinal', title: 'Period', axis: { labelAngle: 0 } };
  const better = series.direction === 'higher-is-better' ? 'higher is better' : 'lower is better';
  return {
    id: `indicator-${series.indicatorId}`,
    title: `Indicator ${series.indicatorId}: ${series.name}`,
    description: `The mean value per period of ${series.name}, in ${series.unit} (${better}), from ${periods}, against its target of ${series.target} and its threshold of ${series.threshold}; ${breached} of ${rows.length} periods ${breached === 1 ? 'holds' : 'hold'} a breach of the threshold.`,
    columns: [
      { field: 'period', heading: 'Period' },
      { field: 'Value', heading: `Value (${series.unit})` },
      { field: 'Target', heading: 'Target' },
      { field: 'Threshold', heading: 'Threshold' },
      { field: 'meetsTarget', heading: 'Meets target' },
      { field: 'breaches', heading: 'Breaches' },
      { field: 'corrected', heading: 'Corrected values' },
    ],
    rows,
    view: {
      layer: [
        {
          transform: [{ fold: [...lines], as: ['line', 'amount'] }],
          mark: { type: 'line' },
          encoding: {
            x,
            y: { field: 'amount', type: 'quantitative', title: series.unit, scale: { zero: false, padding: 10 } },
            color: {
              field: 'line',
              type: 'nominal',
              title: null,
              scale: { domain: [...lines], range: ['#4c78a8', '#54a24b', '#e45756'] },
            },
            strokeDash: {
              field: 'line',
              type: 'nominal',
              title: null,
              scale: {
                domain: [...lines],
                range: [
                  [1, 0],
                  [6, 3],
                  [2, 2],
                ],
              },
            },
          },
        },
        {
          mark: { type: 'point', filled: true, size: 30, color: '#4c78a8' },
          encoding: { x, y: { field: 'Value', type: 'quantitative' } },
        },
        {
          transform: [{ filter: 'datum.breaches > 0' }],
          mark: { type: 'point', filled: true, size: 120, color: '#e45756', opacity: 1 },
          encoding: {
            x,
            y: { field: 'Value', type: 'quantitative' },
            shape: { datum: breachMark, type: 'nominal', title: null, scale: { range: ['diamond'] } },
          },
        },
      ],
    },
  };
};
