import type { KpiMeasuredValue, KpiMeasurementRecord, KpiState } from '../state.js';
import { lastOn } from './dated.js';
import { type Measures, type Span, within } from './measured.js';

/**
 * The value of an indicator period in force: its latest correction (or the value first recorded),
 * as recorded up to `now` when the KPIs are computed on a day. Earlier values are superseded, never
 * counted beside it.
 */
export const valueInForce = (m: KpiMeasurementRecord, now: string | undefined): KpiMeasuredValue | undefined =>
  now === undefined ? m.values[m.values.length - 1] : lastOn(m.values, now);

/**
 * Indicator breaches: the indicator periods ending in the period whose value in force breaches the
 * indicator's threshold, each period once, with a breakdown by indicator.
 */
export const indicatorMeasures = (state: KpiState, span: Span): Measures => {
  const byIndicator: Record<string, number> = {};
  let breaches = 0;
  for (const [indicatorId, indicator] of state.indicators) {
    let breached = 0;
    for (const m of indicator.measurements.values()) {
      if (within(m.end, span) && valueInForce(m, span.now)?.breach === true) breached += 1;
    }
    if (breached === 0) continue;
    byIndicator[indicatorId] = breached;
    breaches += breached;
  }
  return { indicatorBreaches: { value: breaches, breakdown: { byIndicator } } };
};
