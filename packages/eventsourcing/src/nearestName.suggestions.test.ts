import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { editDistance, nearestName } from './nearestName.js';

describe('the nearest known name', () => {
  it('is suggested for a letter left out, added, changed or two letters swapped', () => {
    const known = ['description', 'dueDate', 'owner', 'command', 'at'];
    expect(nearestName('descripton', known)).toBe('description');
    expect(nearestName('dueDat', known)).toBe('dueDate');
    expect(nearestName('ownerr', known)).toBe('owner');
    expect(nearestName('comand', known)).toBe('command');
    expect(nearestName('onwer', known)).toBe('owner');
    expect(nearestName('ta', known)).toBe('at');
    expect(nearestName('DueDate', known)).toBe('dueDate');
  });

  it('is not suggested when every known name is further away', () => {
    expect(nearestName('colour', ['id', 'role'])).toBeUndefined();
    expect(nearestName('x', ['at'])).toBeUndefined();
    expect(nearestName('c', ['b'])).toBeUndefined();
    expect(nearestName('dscrptn', ['description'])).toBeUndefined();
    expect(nearestName('anything', [])).toBeUndefined();
  });

  it('goes to the nearer of two names, and to the first on a tie', () => {
    expect(nearestName('note', ['notes', 'note1'])).toBe('notes');
    expect(nearestName('dat', ['date', 'data'])).toBe('date');
  });

  it.prop([fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 })])(
    'edit distance is symmetric, zero only between names equal but for case, and at most the longer length',
    (a, b) => {
      const d = editDistance(a, b);
      expect(editDistance(b, a)).toBe(d);
      expect(d === 0).toBe(a.toLowerCase() === b.toLowerCase());
      expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
    },
  );
});
