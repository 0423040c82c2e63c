import type { NonConformity } from '@mgmt-review/core';
import { auditor, ciso, day, type MoveStep, owners, stateOf } from './moveStep.js';

/** The nonconformities of a random history; an audit's nonconformity finding raises or names one of them. */
export const NONCONFORMITIES = ['nc-1', 'nc-2', 'nc-3'] as const;

/**
 * Moves nonconformity `nonConformityId` one command along (10.2): raise, correction, root cause,
 * similar ones, corrective actions or none, implementation, effectiveness, close, reopen.
 */
export const moveNonConformity = async (step: MoveStep, nonConformityId: string): Promise<void> => {
  const { t, choice: c, at, now } = step;
  const n = await stateOf<NonConformity>(t.nonConformities.load(nonConformityId));
  const by = { actor: ciso };
  const id = { nonConformityId, at };
  if (n.status === 'none') {
    await t.nonConformities.raise(
      {
        nonConformityId,
        source: (['internalAudit', 'externalAudit', 'incident', 'monitoring'] as const)[c % 4]!,
        sourceReference: 'report-1',
        severity: (['major', 'minor', 'observation'] as const)[c % 3]!,
        requirement: 'A.5.15',
        description: 'access not reviewed',
        owner: owners[0]!,
        at,
      },
      by,
    )();
    return;
  }
  if (n.status === 'closed') {
    if (c % 3 === 0) await t.nonConformities.reopen({ ...id, reason: 'recurred' }, by)();
    return;
  }
  if (!n.correctionRecorded) await t.nonConformities.recordCorrection({ ...id, description: 'contained' }, by)();
  else if (!n.rootCauseRecorded)
    await t.nonConformities.recordRootCause({ ...id, method: '5 whys', causes: ['no owner'] }, by)();
  else if (!n.similarAssessed && c % 2 === 0)
    await t.nonConformities.assessSimilar({ ...id, finding: 'none', references: [], comment: 'checked' }, by)();
  else if (n.plannedActions.length === 0 && !n.noCorrectiveActionJustified) {
    if (n.severity !== 'major' && c % 3 === 0)
      await t.nonConformities.decideNoCorrectiveAction({ ...id, justification: 'one-off' }, by)();
    else {
      const actionId = `${nonConformityId}-ca-${n.reopened + 1}`;
      await t.nonConformities.planCorrectiveActions({ ...id, actions: [{ actionId, owner: owners[1]! }] }, by)();
      await t.actions.raise(
        {
          actionId,
          origin: 'nonConformity',
          originId: nonConformityId,
          title: 'fix the cause',
          owner: owners[1]!,
          dueDate: day(now, 10 + (c % 40)),
          at,
        },
        by,
      )();
    }
  } else if (n.plannedActions.length > 0 && !n.implemented)
    await t.nonConformities.markImplemented({ ...id, note: 'done' }, by)();
  else if (n.implemented && !n.effectivenessVerified)
    await t.nonConformities.verifyEffectiveness(
      { ...id, effective: c % 4 !== 0, evidence: ['audit-2'], comment: 'checked' },
      { actor: auditor },
    )();
  else if (n.ismsChanges === 0 && c % 3 === 0)
    await t.nonConformities.recordIsmsChange({ ...id, description: 'the leaver procedure is updated' }, by)();
  else await t.nonConformities.close(id, by)();
};
