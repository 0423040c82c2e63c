import { addDays } from '@mgmt-review/core';
import { map } from 'fp-ts/lib/TaskEither.js';
import { type ActionPlan, actionSteps, completionDay } from './actions.js';
import type { AuditFindingOfNonConformity } from './audits.js';
import { at } from './calendar.js';
import type { NonConformityPlan, NonConformityStage } from './nonConformityPlans.js';
import { people } from './people.js';
import { type SentCommand, type Step, step } from './step.js';

const order: readonly NonConformityStage[] = [
  'raised',
  'corrected',
  'rootCause',
  'planned',
  'implemented',
  'verified',
  'closed',
  'reopened',
];

/** Whether the plan goes as far as `stage`. */
const reaches = (plan: NonConformityPlan, stage: NonConformityStage): boolean =>
  plan.stage === 'closedWithoutAction'
    ? order.indexOf(stage) <= order.indexOf('rootCause')
    : order.indexOf(plan.stage) >= order.indexOf(stage);

/**
 * The steps of one nonconformity through 10.2: raised; corrected two days later; root cause and
 * similar nonconformities assessed after nine and ten days; corrective actions planned (and
 * raised) after two weeks; implemented two days after the last of them is done; effectiveness
 * verified by someone who owns none of them a month later; closed the next day. A recurrence
 * reopens it and starts the treatment over. A nonconformity an audit found (`foundIn`) is raised
 * as that audit's finding (`audits.recordNonConformityFinding`): the finding names it, and it
 * names its audit.
 */
export const nonConformitySteps = (plan: NonConformityPlan, foundIn?: AuditFindingOfNonConformity): readonly Step[] => {
  const nonConformityId = plan.nonConformityId;
  const owner = people[plan.owner];
  const ciso = people.ciso;
  const steps: Step[] = [];
  const key = (what: string) => `${nonConformityId}:${what}`;
  const r = plan.raisedOn;

  const raised = at(r, '09:30');
  steps.push(
    foundIn === undefined
      ? step(raised, key('raise'), ciso, (t, o) =>
          t.nonConformities.raise(
            {
              nonConformityId,
              source: plan.source,
              sourceReference: plan.sourceReference,
              severity: plan.severity,
              requirement: plan.requirement,
              description: plan.description,
              owner,
              at: raised,
            },
            o,
          ),
        )
      : step(raised, key('raise'), foundIn.recordedBy, (t, o) =>
          map((both: { finding: SentCommand; nonConformity: SentCommand }) => ({
            alreadyHandled: both.finding.alreadyHandled && both.nonConformity.alreadyHandled,
            events: [...both.finding.events, ...both.nonConformity.events],
          }))(
            t.audits.recordNonConformityFinding(
              {
                auditId: foundIn.auditId,
                findingId: foundIn.findingId,
                nonConformityId,
                process: foundIn.process,
                requirement: plan.requirement,
                description: plan.description,
                auditor: foundIn.auditor,
                severity: plan.severity,
                owner,
                sourceReference: plan.sourceReference,
                at: raised,
              },
              o,
            ),
          ),
        ),
  );

  /** Correction, root cause, similar nonconformities and planned actions of one cycle, from `start`. */
  const treat = (start: string, cycle: string, actions: readonly ActionPlan[]): string | undefined => {
    const corrected = at(addDays(start, 2), '10:00');
    steps.push(
      step(corrected, key(`${cycle}correction`), owner, (t, o) =>
        t.nonConformities.recordCorrection(
          { nonConformityId, description: 'Immediate containment applied', at: corrected },
          o,
        ),
      ),
    );
    if (!reaches(plan, 'rootCause') && cycle === '') return undefined;
    const rootCause = at(addDays(start, 9), '10:00');
    steps.push(
      step(rootCause, key(`${cycle}root-cause`), owner, (t, o) =>
        t.nonConformities.recordRootCause(
          {
            nonConformityId,
            method: 'five whys',
            causes: [`Root cause of ${plan.description.toLowerCase()}`],
            at: rootCause,
          },
          o,
        ),
      ),
    );
    const similar = at(addDays(start, 10), '10:00');
    steps.push(
      step(similar, key(`${cycle}similar`), owner, (t, o) =>
        t.nonConformities.assessSimilar(
          {
            nonConformityId,
            finding: 'couldOccur',
            references: [],
            comment: 'Could occur in other teams; covered by the corrective action',
            at: similar,
          },
          o,
        ),
      ),
    );
    if (plan.stage === 'closedWithoutAction') {
      const decided = at(addDays(start, 12), '10:00');
      steps.push(
        step(decided, key('no-corrective-action'), ciso, (t, o) =>
          t.nonConformities.decideNoCorrectiveAction(
            {
              nonConformityId,
              justification: 'Drift corrected on the spot; baseline hardening already decided (A-09)',
              at: decided,
            },
            o,
          ),
        ),
      );
      const closedAt = at(addDays(start, 13), '10:00');
      steps.push(
        step(closedAt, key('close'), ciso, (t, o) => t.nonConformities.close({ nonConformityId, at: closedAt }, o)),
      );
      return undefined;
    }
    if (!reaches(plan, 'planned') && cycle === '') return undefined;
    const plannedOn = addDays(start, 14);
    const planned = at(plannedOn, '10:00');
    steps.push(
      step(planned, key(`${cycle}plan`), ciso, (t, o) =>
        t.nonConformities.planCorrectiveActions(
          {
            nonConformityId,
            actions: actions.map((a) => ({ actionId: a.actionId, owner: people[a.owner] })),
            at: planned,
          },
          o,
        ),
      ),
    );
    for (const action of actions) {
      steps.push(...actionSteps(action, { origin: 'nonConformity', originId: nonConformityId, raisedOn: plannedOn }));
    }
    const done = actions.map(completionDay);
    if (done.some((day) => day === undefined)) return undefined;
    return [...(done as string[])].sort().at(-1);
  };

  if (!reaches(plan, 'corrected')) return steps;
  const lastDone = treat(r, '', plan.actions);
  if (lastDone === undefined || !reaches(plan, 'implemented')) return steps;

  const implementedOn = addDays(lastDone, 2);
  steps.push(
    step(at(implementedOn, '10:00'), key('implemented'), owner, (t, o) =>
      t.nonConformities.markImplemented(
        { nonConformityId, note: 'All corrective actions are done', at: at(implementedOn, '10:00') },
        o,
      ),
    ),
  );
  if (!reaches(plan, 'verified')) return steps;
  const verifier = plan.actions.some((a) => a.owner === 'audit') ? ciso : people.audit;
  const verifiedOn = addDays(implementedOn, 30);
  steps.push(
    step(at(verifiedOn, '10:00'), key('verify-effectiveness'), verifier, (t, o) =>
      t.nonConformities.verifyEffectiveness(
        {
          nonConformityId,
          effective: true,
          evidence: [`dms://audits/follow-up/${nonConformityId}`],
          comment: 'No recurrence in the follow-up sample',
          at: at(verifiedOn, '10:00'),
        },
        o,
      ),
    ),
  );
  if (!reaches(plan, 'closed')) return steps;
  const closedOn = addDays(verifiedOn, 1);
  steps.push(
    step(at(closedOn, '10:00'), key('close'), ciso, (t, o) =>
      t.nonConformities.close({ nonConformityId, at: at(closedOn, '10:00') }, o),
    ),
  );
  const recurrence = plan.recurrence;
  if (plan.stage !== 'reopened' || recurrence === undefined) return steps;
  const reopened = at(recurrence.on, '09:30');
  steps.push(
    step(reopened, key('reopen'), ciso, (t, o) =>
      t.nonConformities.reopen({ nonConformityId, reason: recurrence.reason, at: reopened }, o),
    ),
  );
  treat(recurrence.on, 'recurrence-', recurrence.actions);
  return steps;
};
