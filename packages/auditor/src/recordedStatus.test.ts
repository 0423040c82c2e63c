import { actionLifecycle, type Lifecycle } from '@mgmt-review/core';
import { describe, expect, it } from 'vitest';
import { recordedStatus } from './recordedStatus.js';

type Toggled = { readonly type: 'On' | 'Off'; readonly data: Record<string, never> };
const toggle: Lifecycle<Toggled, 'none' | 'on'> = {
  initial: 'none',
  statusAfter: (_, event) => (event.type === 'On' ? 'on' : 'none'),
  lapses: () => [],
};

describe('the status of a recorded entity', () => {
  it('is the status its life cycle gives after each event', () => {
    const after = recordedStatus(actionLifecycle, 'none');
    const raised = {
      type: 'ActionRaised',
      data: {
        actionId: 'a1',
        origin: 'improvement',
        originId: 'imp-1',
        title: 'fix',
        owner: { id: 'u-it', role: 'itLead' },
        dueDate: '2026-05-01',
        at: '2026-04-01T09:00:00.000Z',
      },
    } as const;
    expect(after(actionLifecycle.initial, raised)).toBe('open');
    expect(after('open', { type: 'ActionStarted', data: { actionId: 'a1', at: '2026-04-02T09:00:00.000Z' } })).toBe(
      'inProgress',
    );
  });

  it('is refused when the status named as initial is not the life cycle’s', () => {
    expect(() => recordedStatus(toggle, 'on')).toThrow("the life cycle starts at status 'none', not 'on'");
  });

  it('is reported as a bug when the life cycle leads back to its initial status', () => {
    const after = recordedStatus(toggle, 'none');
    expect(after('none', { type: 'On', data: {} })).toBe('on');
    expect(() => after('on', { type: 'Off', data: {} })).toThrow(
      "the life cycle led back to its initial status 'none' after Off",
    );
  });
});
