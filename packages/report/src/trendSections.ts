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

/** One row per period and KPI: the long form Vega-Lite draws a series per KPI from. */
const kpiSeries = (kpis: KpiReport, ids: readonly KpiId[]) =>
  kpis.rows.flatMap((row) =>
    ids.map((id) => ({
      period: row.period,
      measure: kpis.definitions.find((d) => d.id === id)?.title ?? id,
      value: row.values[id].value,
    })),
  );

const seriesColumns = [
  { field: 'period', heading: 'Period' },
  { field: 'measure', heading: 'Measure' },
  { field: 'value', heading: 'Value' },
] as const;

const lineOverPeriods = (yTitle: string) =>
  ({
    mark: { type: 'line', point: true },
    encoding: {
      x: { field: 'period', type: 'ordinal', title: 'Period', axis: { labelAngle: 0 } },
      y: { field: 'value', type: 'quantitative', title: yTitle },
      color: { field: 'measure', type: 'nominal', title: null },
    },
  }) as const;

const barsOverPeriods = (yTitle: string) =>
  ({
    mark: { type: 'bar' },
    encoding: {
      x: { field: 'period', type: 'ordinal', title: 'Period', axis: { labelAngle: 0 } },
      xOffset: { field: 'measure' },
      y: { field: 'value', type: 'quantitative', title: yTitle },
      color: { field: 'measure', type: 'nominal', title: null },
    },
  }) as const;

const periodsOf = (kpis: KpiReport): string =>
  kpis.rows.length === 0 ? 'no period' : `${kpis.rows[0]!.period} to ${kpis.rows.at(-1)!.period}`;

/** The trends the agenda pack charts, in agenda order. */
export const trendSections: readonly TrendSection[] = [
  {
    id: 'nonconformities',
    input: '9.3.2 d) 1) nonconformities and corrective actions',
    chart: ({ kpis }) => {
      const rows = kpiSeries(kpis, ['nonConformitiesOpened', 'nonConformitiesClosed', 'correctiveActionsVerified']);
      return {
        id: 'nonconformities',
        title: 'Nonconformities and corrective actions',
        description: `Nonconformities opened and closed, and corrective actions verified, per period from ${periodsOf(kpis)}.`,
        columns: seriesColumns,
        rows,
        view: lineOverPeriods('count'),
      };
    },
  },
  {
    id: 'riskExposure',
    input: '9.3.2 f) results of risk assessment and status of risk treatment plan',
    chart: ({ kpis }) => {
      const rows = kpiSeries(kpis, ['risksAboveAppetite', 'risksUntreated']);
      return {
        id: 'riskExposure',
        title: 'Risks above appetite and untreated',
        description: `Risks whose residual level is above appetite, and risks not yet treated, at the end of each period from ${periodsOf(kpis)}.`,
        columns: seriesColumns,
        rows,
        view: barsOverPeriods('risks'),
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
      const rows = kpiSeries(kpis, ['actionsClosed', 'actionsClosedOnTime', 'actionsOverdueAtPeriodEnd']);
      return {
        id: 'actionsOnTime',
        title: 'Actions closed on time, and overdue',
        description: `Actions closed, closed by their due date, and overdue at the end of each period from ${periodsOf(kpis)}.`,
        columns: seriesColumns,
        rows,
        view: lineOverPeriods('actions'),
      };
    },
  },
];
