import type { KpiId, KpiReport } from '@mgmt-review/kpis';
import type { RiskRow } from '@mgmt-review/views';
import type { ChartSpec } from './chart.js';

/** What a trend section's data function reads: the KPI series and the current registers. */
export interface TrendSources {
  readonly kpis: KpiReport;
  readonly risks: readonly RiskRow[];
}

/**
 * One trend of the agenda pack: the review input it informs, a data function, and the chart of
 * its rows. A new record's trend (indicator series with target and thresholds, objectives'
 * fulfilment) is one more entry in `trendSections`.
 */
export interface TrendSection {
  readonly id: string;
  /** The review input (ISO/IEC 27001:2022 9.3.2) the trend informs. */
  readonly input: string;
  readonly chart: (sources: TrendSources) => ChartSpec;
}

/**
 * A KPI series as the table beside the chart shows it: one row per period, one column per KPI
 * (headed by its title). The chart folds the columns into one series per KPI.
 */
const kpiChart = (
  kpis: KpiReport,
  ids: readonly KpiId[],
  mark: 'line' | 'bar',
  yTitle: string,
): Pick<ChartSpec, 'columns' | 'rows' | 'view'> => {
  const titles = ids.map((id) => kpis.definitions.find((d) => d.id === id)?.title ?? id);
  const rows = kpis.rows.map((row) => {
    const cells: Record<string, string | number | null> = { period: row.period };
    ids.forEach((id, i) => {
      cells[titles[i]!] = row.values[id].value;
    });
    return cells;
  });
  const x = { field: 'period', type: 'ordinal', title: 'Period', axis: { labelAngle: 0 } };
  const y = { field: 'value', type: 'quantitative', title: yTitle };
  const color = { field: 'measure', type: 'nominal', title: null, sort: titles };
  return {
    columns: [{ field: 'period', heading: 'Period' }, ...titles.map((title) => ({ field: title, heading: title }))],
    rows,
    view: {
      transform: [{ fold: titles, as: ['measure', 'value'] }],
      mark: mark === 'line' ? { type: 'line', point: true } : { type: 'bar' },
      encoding: mark === 'line' ? { x, y, color } : { x, y, color, xOffset: { field: 'measure', sort: titles } },
    },
  };
};

const periodsOf = (kpis: KpiReport): string =>
  kpis.rows.length === 0 ? 'no period' : `${kpis.rows[0]!.period} to ${kpis.rows.at(-1)!.period}`;

/** The trends the agenda pack charts, in agenda order. */
export const trendSections: readonly TrendSection[] = [
  {
    id: 'nonconformities',
    input: '9.3.2 d) 1) nonconformities and corrective actions',
    chart: ({ kpis }) => {
      return {
        ...kpiChart(
          kpis,
          ['nonConformitiesOpened', 'nonConformitiesClosed', 'correctiveActionsVerified'],
          'line',
          'count',
        ),
        id: 'nonconformities',
        title: 'Nonconformities and corrective actions',
        description: `Nonconformities opened and closed, and corrective actions verified, per period from ${periodsOf(kpis)}.`,
      };
    },
  },
  {
    id: 'riskExposure',
    input: '9.3.2 f) results of risk assessment and status of risk treatment plan',
    chart: ({ kpis }) => {
      return {
        ...kpiChart(kpis, ['risksAboveAppetite', 'risksUntreated'], 'bar', 'risks'),
        id: 'riskExposure',
        title: 'Risks above appetite and untreated',
        description: `Risks whose residual level is above appetite, and risks not yet treated, at the end of each period from ${periodsOf(kpis)}.`,
      };
    },
  },
  {
    id: 'residualAgainstAppetite',
    input: '9.3.2 f) results of risk assessment and status of risk treatment plan',
    chart: ({ risks }) => {
      const rows = risks
        .filter((r) => r.currentScore !== undefined)
        .map((r) => ({
          risk: r.riskId,
          score: r.currentScore ?? null,
          appetite: r.appetite,
          aboveAppetite: r.aboveAppetite ? 'above appetite' : 'within appetite',
        }));
      const above = rows.filter((r) => r.aboveAppetite === 'above appetite').length;
      return {
        id: 'residualAgainstAppetite',
        title: 'Current risk exposure against appetite',
        description: `The current score of each of ${rows.length} assessed risks against its appetite; ${above} above appetite.`,
        columns: [
          { field: 'risk', heading: 'Risk' },
          { field: 'score', heading: 'Current score' },
          { field: 'appetite', heading: 'Appetite' },
          { field: 'aboveAppetite', heading: 'Against appetite' },
        ],
        rows,
        view: {
          layer: [
            {
              mark: { type: 'bar' },
              encoding: {
                x: { field: 'risk', type: 'nominal', title: 'Risk', sort: null, axis: { labelAngle: -45 } },
                y: { field: 'score', type: 'quantitative', title: 'score' },
                color: {
                  field: 'aboveAppetite',
                  type: 'nominal',
                  title: null,
                  scale: { domain: ['within appetite', 'above appetite'], range: ['#4c78a8', '#e45756'] },
                },
              },
            },
            {
              mark: { type: 'tick', color: 'black', thickness: 2 },
              encoding: {
                x: { field: 'risk', type: 'nominal', sort: null },
                y: { field: 'appetite', type: 'quantitative' },
              },
            },
          ],
        },
      };
    },
  },
  {
    id: 'actionsOnTime',
    input: '9.3.2 a) status of actions from previous management reviews',
    chart: ({ kpis }) => {
      return {
        ...kpiChart(kpis, ['actionsClosed', 'actionsClosedOnTime', 'actionsOverdueAtPeriodEnd'], 'line', 'actions'),
        id: 'actionsOnTime',
        title: 'Actions closed on time, and overdue',
        description: `Actions closed, closed by their due date, and overdue at the end of each period from ${periodsOf(kpis)}.`,
      };
    },
  },
];
