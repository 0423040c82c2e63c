import { describe, expect, it } from 'vitest';
import { type PreviousAction, presentPreviousActions } from './previousActions.js';

const action = (actionId: string, status: PreviousAction['status'], overdue = false): PreviousAction => ({
  reviewId: 'r1',
  decisionId: 'd1',
  actionId,
  status,
  title: `action ${actionId}`,
  ownerId: 'u-it',
  dueDate: '2026-05-31',
  dueDateChanges: 1,
  overdue,
});

describe('input a) from the status of previous actions (9.3.2 a)', () => {
  it('gives one fact per action, with status, owner, due date, slips and overdue', () => {
    const presented = presentPreviousActions([action('a1', 'closed'), action('a2', 'open', true)]);
    expect(presented.facts).toEqual([
      {
        label: 'a1: action a1',
        value: 'closed; owner u-it; due 2026-05-31; due date moved 1×; from review r1, decision d1',
      },
      {
        label: 'a2: action a2',
        value: 'open; owner u-it; due 2026-05-31; due date moved 1×; overdue; from review r1, decision d1',
      },
    ]);
    expect(presented.summary).toBe('2 action(s) from previous management reviews: 1 closed, 1 open; 1 overdue.');
    expect(presented.references).toEqual(['action-a1', 'action-a2']);
  });

  it('says so when earlier reviews decided no action', () => {
    expect(presentPreviousActions([]).summary).toBe('No actions were decided in previous management reviews.');
  });
});
