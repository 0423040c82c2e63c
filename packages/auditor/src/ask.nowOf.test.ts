import { steppingClock } from '@mgmt-review/eventsourcing';
import { describe, expect, it } from 'vitest';
import { nowOf } from './ask.js';

describe('"now" of an answer', () => {
  const clock = steppingClock('2030-01-01T00:00:00.000Z');

  it('is the explicit now when given, whatever the moment asked', () => {
    expect(nowOf({ now: '2026-01-01T00:00:00Z', asOf: { recordedAt: '2025-01-01T00:00:00Z' }, clock })).toBe(
      '2026-01-01T00:00:00Z',
    );
  });

  it('is the time of the moment asked, recorded or effective', () => {
    expect(nowOf({ asOf: { recordedAt: '2025-01-01T00:00:00Z' }, clock })).toBe('2025-01-01T00:00:00Z');
    expect(nowOf({ asOf: { occurredAt: '2025-02-01T00:00:00Z' }, clock })).toBe('2025-02-01T00:00:00Z');
  });

  it('is the clock’s reading for a position or the whole history', () => {
    expect(nowOf({ asOf: { position: 10n }, clock })).toBe('2030-01-01T00:00:00.000Z');
    expect(nowOf({ clock })).toBe('2030-01-01T00:00:00.001Z');
  });
});
