import { actionDecider, builtInPolicy, withPolicy } from '@mgmt-review/core';
import { describe, it } from 'vitest';
import { deciderSpec } from './givenWhenThen.js';
import { historyOf } from './history.js';
import { people } from './people.js';
import { actionSamples, minute } from './samples.js';
import { actionSpec } from './specs.js';

const s = actionSamples('act-1');
const raised = historyOf(actionDecider, [s.raise]);
const started = historyOf(actionDecider, [s.raise, s.start]);
const completed = historyOf(actionDecider, [s.raise, s.start, s.complete]);
const verified = historyOf(actionDecider, [s.raise, s.start, s.complete, s.verify]);
const closed = historyOf(actionDecider, [s.raise, s.start, s.complete, s.verify, s.reviewEffective]);

describe('an action is raised, worked on and completed', () => {
  it('raises an action from a review decision', () => {
    actionSpec
      .given([])
      .when(s.raise)
      .then([{ type: 'ActionRaised', data: s.raise.data }]);
  });

  it('refuses an action from a review decision that does not name the decision (9.3.3)', () => {
    actionSpec
      .given([])
      .when({ ...s.raise, data: { ...s.raise.data, decisionId: undefined } })
      .then({ _tag: 'RuleBroken', rule: '9.3.3' });
  });

  it('refuses a due date before the action is raised', () => {
    actionSpec
      .given([])
      .when({ ...s.raise, data: { ...s.raise.data, dueDate: '2026-01-01' } })
      .then({ _tag: 'RuleBroken', rule: 'chronology' });
  });

  it('refuses to raise the same action twice', () => {
    actionSpec.given(raised).when(s.raise).then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });

  it('refuses a command to an action that was never raised', () => {
    actionSpec.given([]).when(s.start).then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });

  it('starts an open action', () => {
    actionSpec
      .given(raised)
      .when(s.start)
      .then([{ type: 'ActionStarted', data: s.start.data }]);
  });

  it('refuses to start an action twice', () => {
    actionSpec.given(started).when(s.start).then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });

  it('notes progress', () => {
    actionSpec
      .given(started)
      .when(s.noteProgress)
      .then([{ type: 'ActionProgressNoted', data: s.noteProgress.data }]);
  });

  it('refuses a progress above 100 %', () => {
    actionSpec
      .given(started)
      .when({ ...s.noteProgress, data: { ...s.noteProgress.data, percentComplete: 120 } })
      .then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });

  it('keeps each slip of the due date with its reason', () => {
    actionSpec
      .given(started)
      .when(s.changeDueDate)
      .then([
        {
          type: 'ActionDueDateChanged',
          data: {
            actionId: 'act-1',
            previousDueDate: '2026-06-30',
            dueDate: '2026-07-31',
            reason: 'token delivery delayed',
            at: s.changeDueDate.data.at,
          },
        },
      ]);
  });

  it('refuses a due date before the action was raised', () => {
    actionSpec
      .given(started)
      .when({ ...s.changeDueDate, data: { ...s.changeDueDate.data, dueDate: '2026-03-01' } })
      .then({ _tag: 'RuleBroken', rule: 'chronology' });
  });

  it('refuses to move the due date of a completed action', () => {
    actionSpec
      .given(completed)
      .when({ ...s.changeDueDate, data: { ...s.changeDueDate.data, at: minute(60 * 24 * 30) } })
      .then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });

  it('completes with evidence', () => {
    actionSpec
      .given(started)
      .when(s.complete)
      .then([{ type: 'ActionCompleted', data: s.complete.data }]);
  });

  it('refuses a command dated before the last recorded fact', () => {
    actionSpec
      .given(completed)
      .when({ ...s.cancel, data: { ...s.cancel.data, at: minute(60 * 24 * 29) } })
      .then({ _tag: 'RuleBroken', rule: 'chronology' });
  });
});

describe('an action is verified and its effectiveness reviewed', () => {
  it('is verified by someone other than its owner', () => {
    actionSpec
      .given(completed)
      .when(s.verify)
      .then([
        {
          type: 'ActionVerified',
          data: {
            actionId: 'act-1',
            verifiedBy: people.auditor.id,
            comment: 'sampled 10 accounts',
            at: s.verify.data.at,
          },
        },
      ]);
  });

  it('cannot be verified before it is completed', () => {
    actionSpec.given(started).when(s.verify).then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });

  it('cannot be verified by its owner', () => {
    actionSpec
      .given(completed)
      .when({ ...s.verify, actor: people.itLead })
      .then({ _tag: 'RuleBroken', rule: 'verifier-is-not-owner' });
  });

  it('cannot be verified by its owner (built-in policy)', () => {
    deciderSpec(withPolicy(actionDecider, builtInPolicy))
      .given(completed)
      .when({ ...s.verify, actor: people.itLead })
      .then({ _tag: 'NotPermitted', rule: 'verifier-is-not-owner' });
  });

  it('closes when found effective', () => {
    actionSpec
      .given(verified)
      .when(s.reviewEffective)
      .then([
        {
          type: 'ActionEffectivenessReviewed',
          data: {
            actionId: 'act-1',
            effective: true,
            reviewedBy: people.ciso.id,
            comment: 'no admin login without MFA since',
            at: s.reviewEffective.data.at,
          },
        },
        { type: 'ActionClosed', data: { actionId: 'act-1', at: s.reviewEffective.data.at } },
      ]);
  });

  it('reopens with the reason when found not effective', () => {
    actionSpec
      .given(verified)
      .when(s.reviewNotEffective)
      .then([
        {
          type: 'ActionEffectivenessReviewed',
          data: {
            actionId: 'act-1',
            effective: false,
            reviewedBy: people.ciso.id,
            comment: 'service accounts bypass MFA',
            at: s.reviewNotEffective.data.at,
          },
        },
        {
          type: 'ActionReopened',
          data: { actionId: 'act-1', reason: 'service accounts bypass MFA', at: s.reviewNotEffective.data.at },
        },
      ]);
  });

  it('reviews effectiveness only once verified', () => {
    actionSpec.given(completed).when(s.reviewEffective).then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });

  it('cancels with a reason', () => {
    actionSpec
      .given(started)
      .when(s.cancel)
      .then([{ type: 'ActionCancelled', data: s.cancel.data }]);
  });

  it('refuses anything to a closed action', () => {
    actionSpec
      .given(closed)
      .when({ ...s.cancel, data: { ...s.cancel.data, at: minute(60 * 24 * 61) } })
      .then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });
});
