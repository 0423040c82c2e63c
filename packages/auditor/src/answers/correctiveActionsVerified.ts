import { dayOf } from '@mgmt-review/core';
import { type AuditorAnswer, answerOf, listed, plural } from '../answer.js';
import { distinctEvidence, type Evidence } from '../evidence.js';
import type { ActionRecord, AuditorState, NonConformityRecord } from '../state.js';

/** Where one corrective action stands. */
export interface CorrectiveActionStanding {
  readonly actionId: string;
  readonly nonConformityId: string;
  readonly status: ActionRecord['status'] | 'notRaised';
  readonly dueDate: string | undefined;
  /** Completed and then verified by someone other than its owner (in its current round). */
  readonly implementedAndVerified: boolean;
  /** Still to be done after its due date. */
  readonly overdue: boolean;
  /** Completed, not yet verified. */
  readonly awaitingVerification: boolean;
  /** Due (or done): counted in the verdict. Actions not yet due are shown but not counted. */
  readonly due: boolean;
  readonly evidence: readonly Evidence[];
}

/** Where one nonconformity's treatment stands (10.2 c, d). */
export interface NonConformityTreatment {
  readonly nonConformityId: string;
  readonly status: NonConformityRecord['status'];
  readonly implemented: boolean;
  /** The effectiveness review: `effective`, `notEffective`, or not done yet. */
  readonly effectiveness: 'effective' | 'notEffective' | 'notVerified';
  readonly noCorrectiveActionJustified: boolean;
  readonly evidence: readonly Evidence[];
}

export interface CorrectiveActionsDetails {
  readonly actions: readonly CorrectiveActionStanding[];
  readonly nonConformities: readonly NonConformityTreatment[];
  readonly implementedAndVerified: number;
  readonly due: number;
}

/** The corrective actions: those raised for a nonconformity, and those its plan names. */
const correctiveActionIds = (state: AuditorState): Map<string, string> => {
  const ids = new Map<string, string>();
  for (const action of state.actions.values()) {
    if (action.origin === 'nonConformity') ids.set(action.actionId, action.originId);
  }
  for (const nc of state.nonConformities.values()) {
    for (const actionId of nc.plannedActionIds) if (!ids.has(actionId)) ids.set(actionId, nc.nonConformityId);
  }
  return ids;
};

const standing = (
  actionId: string,
  nonConformityId: string,
  action: ActionRecord | undefined,
  today: string,
): CorrectiveActionStanding => {
  if (action === undefined) {
    return {
      actionId,
      nonConformityId,
      status: 'notRaised',
      dueDate: undefined,
      implementedAndVerified: false,
      overdue: false,
      awaitingVerification: false,
      due: false,
      evidence: [],
    };
  }
  const implementedAndVerified = action.completed !== undefined && action.verified !== undefined;
  const open = action.status === 'open' || action.status === 'inProgress';
  const overdue = open && action.dueDate < today;
  return {
    actionId,
    nonConformityId,
    status: action.status,
    dueDate: action.dueDate,
    implementedAndVerified,
    overdue,
    awaitingVerification: action.completed !== undefined && action.verified === undefined,
    due: action.status !== 'cancelled' && (action.completed !== undefined || action.dueDate < today),
    // Both events of "implemented and verified" are cited whenever they are claimed.
    evidence: distinctEvidence([
      action.raised,
      action.completed,
      action.verified,
      ...action.effectiveness.map((e) => e.evidence),
    ]),
  };
};

const treatment = (nc: NonConformityRecord): NonConformityTreatment => ({
  nonConformityId: nc.nonConformityId,
  status: nc.status,
  implemented: nc.implemented !== undefined || nc.effectiveness?.effective === true,
  effectiveness:
    nc.effectiveness === undefined ? 'notVerified' : nc.effectiveness.effective ? 'effective' : 'notEffective',
  noCorrectiveActionJustified: nc.noCorrectiveAction !== undefined,
  evidence: distinctEvidence([nc.raised, nc.implemented, nc.effectiveness?.evidence, nc.noCorrectiveAction, nc.closed]),
});

/**
 * 3. Have corrective actions been successfully implemented and verified? Counts the corrective
 * actions that are due (past their due date, or done): `yes` when every one is implemented and
 * verified (completed, then verified by someone other than its owner), `no` when none is,
 * `partial` otherwise; actions not yet due are listed, not counted. Each action reported
 * implemented and verified cites both its completion and its verification. The nonconformities'
 * own implementation and effectiveness reviews (10.2 d) are listed with their events.
 */
export const correctiveActionsVerified = (
  state: AuditorState,
  now: string,
): AuditorAnswer<CorrectiveActionsDetails> => {
  const today = dayOf(now);
  const actions = [...correctiveActionIds(state)].map(([actionId, nonConformityId]) =>
    standing(actionId, nonConformityId, state.actions.get(actionId), today),
  );
  const nonConformities = [...state.nonConformities.values()].map(treatment);
  const due = actions.filter((a) => a.due);
  const ok = due.filter((a) => a.implementedAndVerified);
  const details: CorrectiveActionsDetails = {
    actions,
    nonConformities,
    implementedAndVerified: ok.length,
    due: due.length,
  };
  const verifiedNcs = nonConformities.filter((n) => n.effectiveness === 'effective');
  const evidence = distinctEvidence([
    ...ok.flatMap((a) => a.evidence),
    ...due.filter((a) => !a.implementedAndVerified).flatMap((a) => a.evidence.slice(0, 1)),
    ...nonConformities.filter((n) => n.effectiveness !== 'notVerified').flatMap((n) => n.evidence),
  ]);
  if (due.length === 0) {
    return answerOf('corrective-actions-verified', now, {
      verdict: 'not-yet-applicable',
      sentence:
        actions.length === 0
          ? 'No corrective action has been planned for a nonconformity yet.'
          : `${plural(actions.length, 'corrective action')} planned, none due yet.`,
      details,
      evidence,
    });
  }
  const overdue = due.filter((a) => a.overdue).map((a) => a.actionId);
  const waiting = due.filter((a) => a.awaitingVerification).map((a) => a.actionId);
  const problems: string[] = [
    overdue.length > 0 ? `${plural(overdue.length, 'is', 'are')} overdue (${listed(overdue)})` : undefined,
    waiting.length > 0 ? `${plural(waiting.length, 'awaits', 'await')} verification (${listed(waiting)})` : undefined,
  ].filter((p) => p !== undefined);
  // 10.2 d: actions done and checked do not make a correction effective; the nonconformity's own review says.
  const notEffective = nonConformities
    .filter((n) => n.status === 'open' && n.effectiveness === 'notEffective')
    .map((n) => n.nonConformityId);
  if (notEffective.length > 0) {
    problems.push(
      `${plural(notEffective.length, 'nonconformity', 'nonconformities')} found not effectively corrected (${listed(notEffective)})`,
    );
  }
  const ncText = `${plural(verifiedNcs.length, 'nonconformity', 'nonconformities')} had the effectiveness of ${verifiedNcs.length === 1 ? 'its' : 'their'} corrective actions verified.`;
  const verdict = ok.length === 0 ? 'no' : ok.length === due.length && notEffective.length === 0 ? 'yes' : 'partial';
  const head =
    verdict === 'yes'
      ? `Yes: all ${plural(due.length, 'corrective action')} due ${due.length === 1 ? 'is' : 'are'} implemented and verified`
      : `${verdict === 'no' ? 'No' : 'Partly'}: ${ok.length} of ${plural(due.length, 'corrective action')} due ${ok.length === 1 ? 'is' : 'are'} implemented and verified`;
  return answerOf('corrective-actions-verified', now, {
    verdict,
    sentence: `${head}${problems.length > 0 ? `; ${listed(problems)}` : ''}; ${ncText}`,
    details,
    evidence,
  });
};
