import { describe, expect, it } from 'vitest';
import { people } from './people.js';
import { minute, reviewSamples } from './samples.js';
import { reviewSpec } from './specs.js';

const s = reviewSamples('r1');

describe('given/when/then', () => {
  it('passes when the decided events match, and gives the outcome for further checks', () => {
    const outcome = reviewSpec.given([]).when(s.cancel).then({ _tag: 'RuleBroken', rule: 'lifecycle' });
    expect(outcome.state.status).toBe('unscheduled');
  });

  it('fails when other events are decided', () => {
    expect(() =>
      reviewSpec
        .given([])
        .when(s.schedule)
        .then([{ type: 'ReviewCancelled', data: { reviewId: 'r1', reason: 'x', at: minute(0) } }]),
    ).toThrow();
  });

  it('fails when events were expected but the command was refused', () => {
    expect(() => reviewSpec.given([]).when(s.close).then([])).toThrow(/expected events/);
  });

  it('fails when a refusal was expected but events were decided', () => {
    expect(() => reviewSpec.given([]).when(s.schedule).then({ _tag: 'RuleBroken' })).toThrow(
      /got events ReviewScheduled/,
    );
  });

  it('fails when the refusal names another rule', () => {
    expect(() =>
      reviewSpec
        .given([])
        .when({ ...s.openMeeting, actor: people.ceo })
        .then({ _tag: 'RuleBroken', rule: '9.3.1' }),
    ).toThrow();
  });
});
