import type { KpiReport } from '@mgmt-review/kpis';
import type { ChartSpec } from './chart.js';

/** How the objectives still pursued stand at a quarter's end, by their latest evaluation of progress. */
const standings = [
  ['onTrack', 'on track'],
  ['atRisk', 'at risk'],
  ['offTrack', 'off track'],
  ['notEvaluated', 'not evaluated'],
] as const;

/** What became of objectives in a quarter. */
const outcomes = [
  ['objectivesAchieved', 'achieved in the quarter'],
  ['objectivesMissed', 'missed in the quarter'],
] as const;

const headings = [...standings.map(([, h]) => h), ...outcomes.map(([, h]) => h)];

/**
 * The fulfilment of the objectives (6.2, 9.3.2 d 4) per quarter: those still pursued at the
 * quarter's end stacked by progress (the `objectivesOnTrack` breakdown), and those achieved and
 * missed in the quarter as lines.
 */
export const objectivesChart = (kpis: KpiReport, periods: string): ChartSpec => {
  const rows = kpis.rows.map((row) => {
    const byProgress = row.values.objectivesOnTrack.breakdown?.byProgress ?? {};
    const cells: Record<string, string | number | null> = { period: row.period };
    for (const [key, heading] of standings) cells[heading] = byProgress[key] ?? 0;
    for (const [id, heading] of outcomes) cells[heading] = row.values[id].value;
    return cells;
  });
  const last = rows.at(-1);
  const now =
    last === undefined
      ? ''
      : ` At the end of ${last.period}: ${standings.map(([, h]) => `${last[h]} ${h}`).join(', ')}.`;
  const x = { field: 'period', type: 'ordinal', title: 'Period', axis: { labelAngle: 0 } };
  const color = {
    field: 'measure',
    type: 'nominal',
    title: null,
    scale: { domain: headings, range: ['#54a24b', '#f58518', '#e45756', '#bab0ac', '#4c78a8', '#000000'] },
  };
  return {
    id: 'objectivesFulfilment',
    title: "Objectives' fulfilment",
    description: `Objectives still pursued at each quarter's end by their latest evaluation of progress, and objectives achieved and missed in each quarter, from ${periods}.${now}`,
    columns: [{ field: 'period', heading: 'Period' }, ...headings.map((h) => ({ field: h, heading: h }))],
    rows,
    view: {
      layer: [
        {
          transform: [
            { fold: standings.map(([, h]) => h), as: ['measure', 'value'] },
            // Stacked from the ground up in the order of `standings`: on track at the bottom.
            { calculate: `indexof(${JSON.stringify(standings.map(([, h]) => h))}, datum.measure)`, as: 'order' },
          ],
          mark: { type: 'bar' },
          encoding: {
            x,
            y: { field: 'value', type: 'quantitative', title: 'objectives', stack: 'zero' },
            color,
            order: { field: 'order', type: 'quantitative' },
          },
        },
        {
          transform: [{ fold: outcomes.map(([, h]) => h), as: ['measure', 'value'] }],
          mark: { type: 'line', point: { filled: true, size: 50 }, strokeWidth: 2.5 },
          encoding: { x, y: { field: 'value', type: 'quantitative' }, color },
        },
      ],
    },
  };
};
