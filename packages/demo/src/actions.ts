import type { ActionOrigin } from '@mgmt-review/core';
import { addDays } from '@mgmt-review/core';
import { at } from './calendar.js';
import { type PersonKey, people } from './people.js';
import { type Step, step } from './step.js';

/**
 * How an action of the story turns out:
 * - `closed`: done before its due date, verified by someone else, found effective;
 * - `slipped`: its due date moves (each time with a reason), then as `closed`;
 * - `ineffective`: verified, then found not effective and reopened, done again and closed;
 * - `open`: started and still under way (overdue once its due date passes);
 * - `slippedOpen`: its due date moves, and it is still under way;
 * - `completed`: done, waiting for verification;
 * - `cancelled`: dropped, with the reason.
 * Whatever falls after the story's end is not written, so a late action stops where the story stops.
 */
export type ActionFate =
  | { readonly kind: 'closed' }
  | { readonly kind: 'slipped'; readonly slips: readonly Slip[] }
  | { readonly kind: 'ineffective'; readonly finding: string }
  | { readonly kind: 'open' }
  | { readonly kind: 'slippedOpen'; readonly slips: readonly Slip[] }
  | { readonly kind: 'completed' }
  | { readonly kind: 'cancelled'; readonly reason: string };

/** A due date moved to `dueDate`, for `reason`. */
export interface Slip {
  readonly dueDate: string;
  readonly reason: string;
}

export interface ActionPlan {
  readonly actionId: string;
  readonly title: string;
  readonly owner: PersonKey;
  readonly dueDate: string;
  readonly fate: ActionFate;
}

/** Where an action comes from. */
export interface ActionSource {
  readonly origin: ActionOrigin;
  readonly originId: string;
  readonly decisionId?: string;
  /** The day it is raised. */
  readonly raisedOn: string;
}

/** Who checks an action: never its owner. */
const verifierOf = (owner: PersonKey): PersonKey => (owner === 'ciso' ? 'audit' : 'ciso');

/** The day the action's work is completed (first completion), or `undefined` if it never is. */
export const completionDay = (plan: ActionPlan): string | undefined => {
  const fate = plan.fate;
  switch (fate.kind) {
    case 'closed':
    case 'completed':
    case 'ineffective':
      return addDays(plan.dueDate, -3);
    case 'slipped':
      return addDays(fate.slips.at(-1)?.dueDate ?? plan.dueDate, -3);
    default:
      return undefined;
  }
};

/** The day the action is verified (last verification), or `undefined` if it never is. */
export const verificationDay = (plan: ActionPlan): string | undefined => {
  const fate = plan.fate;
  if (fate.kind === 'ineffective') return addDays(plan.dueDate, 62);
  if (fate.kind === 'closed' || fate.kind === 'slipped') return addDays(completionDay(plan) ?? plan.dueDate, 2);
  return undefined;
};

/** The steps of one action's life, from raise to where its fate takes it. */
export const actionSteps = (plan: ActionPlan, source: ActionSource): readonly Step[] => {
  const { actionId, dueDate } = plan;
  const owner = people[plan.owner];
  const verifier = people[verifierOf(plan.owner)];
  const key = (what: string) => `${actionId}:${what}`;
  const r = source.raisedOn;
  const steps: Step[] = [
    step(at(r, '14:00'), key('raise'), people.ciso, (t, o) =>
      t.actions.raise(
        {
          actionId,
          origin: source.origin,
          originId: source.originId,
          decisionId: source.decisionId,
          title: plan.title,
          owner,
          dueDate,
          at: at(r, '14:00'),
        },
        o,
      ),
    ),
  ];
  const fate = plan.fate;
  if (fate.kind === 'cancelled') {
    const day = addDays(r, 20);
    steps.push(
      step(at(day), key('cancel'), people.ciso, (t, o) =>
        t.actions.cancel({ actionId, reason: fate.reason, at: at(day) }, o),
      ),
    );
    return steps;
  }
  const start = addDays(r, 5);
  steps.push(step(at(start), key('start'), owner, (t, o) => t.actions.start({ actionId, at: at(start) }, o)));
  const progress = addDays(r, 25);
  steps.push(
    step(at(progress), key('progress'), owner, (t, o) =>
      t.actions.noteProgress(
        { actionId, note: 'Work under way; plan on track', percentComplete: 30, at: at(progress) },
        o,
      ),
    ),
  );
  const slips = fate.kind === 'slipped' || fate.kind === 'slippedOpen' ? fate.slips : [];
  let due = dueDate;
  slips.forEach((slip, index) => {
    const day = addDays(due, -5);
    steps.push(
      step(at(day, '15:00'), key(`slip-${index + 1}`), owner, (t, o) =>
        t.actions.changeDueDate({ actionId, dueDate: slip.dueDate, reason: slip.reason, at: at(day, '15:00') }, o),
      ),
    );
    due = slip.dueDate;
  });
  if (fate.kind === 'open' || fate.kind === 'slippedOpen') return steps;

  const complete = (day: string, what: string) =>
    step(at(day, '16:00'), key(what), owner, (t, o) =>
      t.actions.complete(
        {
          actionId,
          summary: `${plan.title}: done`,
          evidence: [`dms://evidence/${actionId}/${what}`],
          at: at(day, '16:00'),
        },
        o,
      ),
    );
  const verify = (day: string, what: string) =>
    step(at(day, '11:00'), key(what), verifier, (t, o) =>
      t.actions.verify({ actionId, comment: 'Checked the evidence against the action', at: at(day, '11:00') }, o),
    );
  const effectiveness = (day: string, what: string, effective: boolean, comment: string) =>
    step(at(day, '11:30'), key(what), verifier, (t, o) =>
      t.actions.reviewEffectiveness({ actionId, effective, comment, at: at(day, '11:30') }, o),
    );

  const done = addDays(due, -3);
  steps.push(complete(done, 'complete'));
  if (fate.kind === 'completed') return steps;
  steps.push(verify(addDays(done, 2), 'verify'));
  if (fate.kind === 'ineffective') {
    steps.push(effectiveness(addDays(due, 30), 'effectiveness', false, fate.finding));
    steps.push(complete(addDays(due, 60), 'complete-again'));
    steps.push(verify(addDays(due, 62), 'verify-again'));
    steps.push(effectiveness(addDays(due, 100), 'effectiveness-again', true, 'Effective on the second attempt'));
    return steps;
  }
  steps.push(effectiveness(addDays(done, 42), 'effectiveness', true, 'The intended result is achieved'));
  return steps;
};
