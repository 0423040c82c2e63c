import { dayOf } from '@mgmt-review/core';
import { type AuditorAnswer, answerOf, listed, plural } from '../answer.js';
import { distinctEvidence } from '../evidence.js';
import type { AuditorState, RiskRecord } from '../state.js';

/** Where one risk's treatment and acceptance stand. */
export interface RiskStanding {
  readonly riskId: string;
  readonly ownerId: string;
  readonly stage: RiskRecord['stage'];
  readonly score: number | undefined;
  readonly appetite: number;
  /** Treatment decided, plan not approved by the owner. */
  readonly planAwaitingApproval: boolean;
  /** Approved by someone other than the owner (6.1.3 f asks for the owner). */
  readonly approvedByOther: boolean;
  /** Residual risk assessed, not accepted. */
  readonly residualAwaitingAcceptance: boolean;
  readonly acceptance:
    | {
        readonly acceptedBy: string;
        readonly byOwner: boolean;
        readonly expiresOn: string;
        readonly expired: boolean;
        readonly aboveAppetite: boolean;
        readonly exceptionJustification: string | undefined;
      }
    | undefined;
  /** Assessed above appetite, no treatment decided yet. */
  readonly untreatedAboveAppetite: boolean;
}

export interface RiskTreatmentDetails {
  readonly risks: readonly RiskStanding[];
  readonly plansApproved: number;
  readonly acceptancesValid: number;
  readonly expired: readonly string[];
  readonly exceptions: readonly string[];
  readonly plansAwaitingApproval: readonly string[];
  readonly residualAwaitingAcceptance: readonly string[];
  readonly untreatedAboveAppetite: readonly string[];
}

const standing = (risk: RiskRecord, today: string): RiskStanding => {
  const a = risk.acceptance;
  return {
    riskId: risk.riskId,
    ownerId: risk.ownerId,
    stage: risk.stage,
    score: risk.score,
    appetite: risk.appetite,
    planAwaitingApproval: risk.stage === 'treatmentDecided',
    approvedByOther: risk.approved !== undefined && risk.approved.approvedBy !== risk.ownerId,
    residualAwaitingAcceptance: risk.stage === 'residualAssessed',
    acceptance:
      a === undefined
        ? undefined
        : {
            acceptedBy: a.acceptedBy,
            byOwner: a.acceptedBy === risk.ownerId,
            expiresOn: a.expiresOn,
            expired: a.expiresOn < today,
            aboveAppetite: a.aboveAppetite,
            exceptionJustification: a.exceptionJustification,
          },
    untreatedAboveAppetite: risk.stage === 'assessed' && (risk.score ?? 0) > risk.appetite,
  };
};

/**
 * 10. Are risk treatment plans approved and residual risks accepted by their owners (6.1.3 f), and
 * which acceptances have expired? Over the risks not retired: `yes` when every decided treatment
 * plan is approved by the risk's owner and every assessed residual risk is accepted by its owner
 * and not expired; `no` when no plan is approved at all; `partial` otherwise. Expired acceptances
 * and above-appetite exceptions are named. Cites the approvals and acceptances.
 */
export const riskTreatmentAndAcceptance = (state: AuditorState, now: string): AuditorAnswer<RiskTreatmentDetails> => {
  const today = dayOf(now);
  const live = [...state.risks.values()].filter((r) => r.stage !== 'retired');
  const risks = live.map((r) => standing(r, today));
  const ids = (keep: (r: RiskStanding) => boolean) =>
    risks
      .filter(keep)
      .map((r) => r.riskId)
      .sort();
  const details: RiskTreatmentDetails = {
    risks,
    plansApproved: live.filter((r) => r.approved !== undefined).length,
    acceptancesValid: ids((r) => r.acceptance !== undefined && !r.acceptance.expired && r.acceptance.byOwner).length,
    expired: ids((r) => r.acceptance?.expired === true),
    exceptions: ids((r) => r.acceptance?.aboveAppetite === true),
    plansAwaitingApproval: ids((r) => r.planAwaitingApproval),
    residualAwaitingAcceptance: ids((r) => r.residualAwaitingAcceptance),
    untreatedAboveAppetite: ids((r) => r.untreatedAboveAppetite),
  };
  const evidence = distinctEvidence(
    live.flatMap((r) => [
      r.approved?.evidence,
      r.acceptance?.evidence,
      r.approved === undefined ? r.treatment?.evidence : undefined,
    ]),
  );
  const decided = live.filter((r) => r.treatment !== undefined);
  if (decided.length === 0) {
    return answerOf('risk-treatment-and-acceptance', now, {
      verdict: 'not-yet-applicable',
      sentence:
        live.length === 0
          ? 'No risk has been identified yet.'
          : `${plural(live.length, 'risk')} identified, none with a treatment decided yet.`,
      details,
      evidence,
    });
  }
  const notByOwner = ids((r) => r.approvedByOther || (r.acceptance !== undefined && !r.acceptance.byOwner));
  const issues = [
    details.plansAwaitingApproval.length > 0
      ? `${plural(details.plansAwaitingApproval.length, 'treatment plan')} awaiting the owner's approval (${listed(details.plansAwaitingApproval)})`
      : undefined,
    details.residualAwaitingAcceptance.length > 0
      ? `${plural(details.residualAwaitingAcceptance.length, 'residual risk')} not yet accepted (${listed(details.residualAwaitingAcceptance)})`
      : undefined,
    details.expired.length > 0
      ? `${plural(details.expired.length, 'acceptance')} expired (${listed(details.expired)})`
      : undefined,
    notByOwner.length > 0 ? `approved or accepted by someone other than the owner: ${listed(notByOwner)}` : undefined,
  ].filter((i) => i !== undefined);
  const exceptions =
    details.exceptions.length > 0
      ? ` ${plural(details.exceptions.length, 'residual risk')} above appetite ${details.exceptions.length === 1 ? 'is' : 'are'} accepted as a recorded exception (${listed(details.exceptions)}).`
      : '';
  const head = `${details.plansApproved} of ${plural(decided.length, 'treatment plan')} approved by their owners, ${plural(details.acceptancesValid, 'residual risk')} accepted and in force`;
  const verdict = issues.length === 0 ? 'yes' : details.plansApproved === 0 ? 'no' : 'partial';
  return answerOf('risk-treatment-and-acceptance', now, {
    verdict,
    sentence: `${verdict === 'yes' ? 'Yes' : verdict === 'no' ? 'No' : 'Partly'}: ${head}${issues.length > 0 ? `; ${listed(issues)}` : ''}.${exceptions}`,
    details,
    evidence,
  });
};
