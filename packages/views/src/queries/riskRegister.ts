import type { CiaImpact, RiskStage, TreatmentOption } from '@mgmt-review/core';
import { daysBetween } from '@mgmt-review/core';
import type { RiskRecord, ViewsState } from '../state.js';
import { dayOfNow } from '../time.js';
import { compareText } from './order.js';

/** A rating on the risk's scale: likelihood × impact = score, out of the scale's highest score. */
export interface RiskLevel {
  readonly likelihood: number;
  readonly impact: number;
  readonly score: number;
  readonly maxScore: number;
  readonly aboveAppetite: boolean;
}

/** One risk on the register, on the day asked about. */
export interface RiskRow {
  readonly riskId: string;
  readonly scenario: string;
  readonly asset: string;
  readonly ownerId: string;
  readonly cia: CiaImpact;
  readonly stage: RiskStage;
  readonly identifiedOn: string;
  readonly assessedOn: string | undefined;
  /** The highest score the organisation accepts without an exception, from the last (re)assessment. */
  readonly appetite: number;
  /** Before treatment (6.1.2 d); undefined until assessed. */
  readonly inherent: RiskLevel | undefined;
  /** After treatment (6.1.3); undefined until assessed since the last (re)assessment. */
  readonly residual: RiskLevel | undefined;
  /** The residual score once assessed, else the inherent score (the exposure the risk stands at). */
  readonly currentScore: number | undefined;
  /** The current score is above appetite. */
  readonly aboveAppetite: boolean;
  readonly treatment: TreatmentOption | undefined;
  readonly controls: readonly string[];
  /** 6.1.3 f: the risk owner approved the treatment plan. */
  readonly planApproved: boolean;
  readonly planApprovedOn: string | undefined;
  readonly planApprovedBy: string | undefined;
  readonly actionIds: readonly string[];
  /** 6.1.3 f: the risk owner's acceptance of the residual risk, with its expiry. */
  readonly acceptance:
    | {
        readonly acceptedBy: string;
        readonly acceptedOn: string;
        readonly expiresOn: string;
        readonly aboveAppetite: boolean;
        readonly exceptionJustification: string | undefined;
        readonly expired: boolean;
        /** Days from the day asked about to the expiry (negative once expired). */
        readonly daysToExpiry: number;
      }
    | undefined;
  /** The acceptance has expired: the risk is due for reassessment (the domain's `needsReassessment`). */
  readonly needsReassessment: boolean;
  readonly reassessments: number;
  readonly retiredOn: string | undefined;
}

const levelOf = (
  rating: { readonly likelihood: number; readonly impact: number; readonly score: number } | undefined,
  r: RiskRecord,
): RiskLevel | undefined =>
  rating === undefined
    ? undefined
    : {
        likelihood: rating.likelihood,
        impact: rating.impact,
        score: rating.score,
        maxScore: r.maxScore,
        aboveAppetite: rating.score > r.appetite,
      };

/** One risk record as a read-only row on `today`. */
export const riskRowOf = (r: RiskRecord, today: string): RiskRow => {
  const currentScore = r.residual?.score ?? r.inherent?.score;
  const acceptance = r.acceptance;
  const expired = acceptance !== undefined && acceptance.expiresOn < today;
  return {
    riskId: r.riskId,
    scenario: r.scenario,
    asset: r.asset,
    ownerId: r.ownerId,
    cia: { confidentiality: r.cia.confidentiality, integrity: r.cia.integrity, availability: r.cia.availability },
    stage: r.stage,
    identifiedOn: r.identifiedOn,
    assessedOn: r.assessedOn,
    appetite: r.appetite,
    inherent: levelOf(r.inherent, r),
    residual: levelOf(r.residual, r),
    currentScore,
    aboveAppetite: currentScore !== undefined && currentScore > r.appetite,
    treatment: r.treatment,
    controls: r.controls.slice(),
    planApproved: r.planApprovedOn !== undefined,
    planApprovedOn: r.planApprovedOn,
    planApprovedBy: r.planApprovedBy,
    actionIds: r.actionIds.slice(),
    acceptance:
      acceptance === undefined
        ? undefined
        : {
            acceptedBy: acceptance.acceptedBy,
            acceptedOn: acceptance.acceptedOn,
            expiresOn: acceptance.expiresOn,
            aboveAppetite: acceptance.aboveAppetite,
            exceptionJustification: acceptance.exceptionJustification,
            expired,
            daysToExpiry: daysBetween(today, acceptance.expiresOn),
          },
    needsReassessment: r.stage === 'accepted' && expired,
    reassessments: r.reassessments,
    retiredOn: r.retiredOn,
  };
};

export interface RiskRegisterQuery {
  /** The day (or instant) the register is read on: acceptance expiry is relative to it. */
  readonly now: string;
  /** Retired risks are left out unless asked for. */
  readonly includeRetired?: boolean;
  readonly ownerId?: string;
  readonly aboveAppetiteOnly?: boolean;
}

/** The risk register on the day `now`, highest current score first (then id). */
export const riskRegister = (state: ViewsState, query: RiskRegisterQuery): readonly RiskRow[] => {
  const today = dayOfNow(query.now);
  const rows: RiskRow[] = [];
  for (const r of state.risks.values()) {
    if (r.stage === 'retired' && query.includeRetired !== true) continue;
    if (query.ownerId !== undefined && r.ownerId !== query.ownerId) continue;
    const row = riskRowOf(r, today);
    if (query.aboveAppetiteOnly === true && !row.aboveAppetite) continue;
    rows.push(row);
  }
  return rows.sort((x, y) =>
    (x.currentScore ?? 0) === (y.currentScore ?? 0)
      ? compareText(x.riskId, y.riskId)
      : (y.currentScore ?? 0) - (x.currentScore ?? 0),
  );
};
