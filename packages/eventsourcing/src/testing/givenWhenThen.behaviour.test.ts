import { describe, expect, it } from 'vitest';
import { counterDecider } from './counter.js';
import { deciderSpec } from './givenWhenThen.js';
import { historyOf, runCommands } from './history.js';

const spec = deciderSpec(counterDecider);
const open = { type: 'Open', name: 'visits' } as const;
const opened = historyOf(counterDecider, [open]);

describe('given/when/then', () => {
  it('passes when the decided events match, and gives the outcome for further checks', () => {
    const outcome = spec
      .given(opened)
      .when({ type: 'Increment', by: 2 })
      .then([{ type: 'Incremented', data: { by: 2, note: '' } }]);
    expect(outcome.state).toEqual({ status: 'open', total: 0 });
  });

  it('passes when the refusal has the expected tag and rule', () => {
    spec.given([]).when({ type: 'Close', reason: 'done' }).then({ _tag: 'RuleBroken', rule: 'counter.open' });
  });

  it('fails when other events are decided', () => {
    expect(() =>
      spec
        .given([])
        .when(open)
        .then([{ type: 'Opened', data: { name: 'other' } }]),
    ).toThrow(/Expected values to be strictly deep-equal/);
  });

  it('fails when events were expected but the command was refused', () => {
    expect(() => spec.given([]).when({ type: 'Increment', by: 1 }).then([])).toThrow(/expected events none, got/);
  });

  it('fails when a refusal was expected but events were decided', () => {
    expect(() => spec.given([]).when(open).then({ _tag: 'RuleBroken' })).toThrow(/got events Opened/);
  });

  it('fails when the refusal names another rule', () => {
    expect(() => spec.given(opened).when(open).then({ _tag: 'RuleBroken', rule: 'counter.open' })).toThrow(
      /counter\.open-once/,
    );
  });
});

describe('histories for a test', () => {
  it('are the events of the commands in turn, and a refused command throws', () => {
    expect(historyOf(counterDecider, [open, { type: 'Increment', by: 3 }]).map((e) => e.type)).toEqual([
      'Opened',
      'Incremented',
    ]);
    expect(() => historyOf(counterDecider, [{ type: 'Increment', by: 1 }])).toThrow(/was refused/);
  });

  it('leave out the refused commands and count them when run as a store would', () => {
    const run = runCommands(counterDecider, [{ type: 'Increment', by: 1 }, open, open, { type: 'Increment', by: 4 }]);
    expect(run).toMatchObject({ refused: 2, state: { status: 'open', total: 4 } });
    expect(run.events.map((e) => e.type)).toEqual(['Opened', 'Incremented']);
  });
});
