import type { KpiRiskSnapshot, KpiState } from '../state.js';
import { lastOn } from './dated.js';
import { count, type Measures, type Span } from './measured.js';

/** The risk as it stood at the end of `day`, or undefined before it was identified. */
export const riskOn = (snapshots: readonly KpiRiskSnapshot[], day: string): KpiRiskSnapshot | undefined =>
  lastOn(snapshots, day);

/** Risks above appetite, untreated, residual exposure and expired acceptances, at period end. */
export const riskMeasures = (state: KpiState, span: Span): Measures => {
  let above = 0;
  let untreated = 0;
  let exposure = 0;
  let expired = 0;
  for (const snapshots of state.risks.values()) {
    const r = riskOn(snapshots, span.end);
    if (r === undefined || r.stage === 'identified' || r.stage === 'retired') continue;
    const score = r.residualScore ?? r.inherentScore;
    exposure += score;
    if (score > r.appetite) above += 1;
    if (!r.planApproved) untreated += 1;
    if (r.acceptanceExpiresOn !== undefined && r.acceptanceExpiresOn <= span.end) expired += 1;
  }
  return {
    risksAboveAppetite: count(above),
    risksUntreated: count(untreated),
    residualExposure: count(exposure),
    acceptancesExpired: count(expired),
  };
};
