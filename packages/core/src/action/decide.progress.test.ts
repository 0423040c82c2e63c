import { historyOf } from '@mgmt-review/eventsourcing/testing';
import { describe, it } from 'vitest';
import { actionDecider } from '../index.js';
import { actionSamples, minute } from '../testing/samples.js';
import { actionSpec } from '../testing/specs.js';

const s = actionSamples('act-1');
const raised = historyOf(actionDecider, [s.raise]);
const started = historyOf(actionDecider, [s.raise, s.start]);
const completed = historyOf(actionDecider, [s.raise, s.start, s.complete]);

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
