import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { addDays, dayOf, daysBetween } from './time.js';

const instants = fc.date({
  min: new Date('2000-01-01T00:00:00Z'),
  max: new Date('2099-12-31T23:59:59Z'),
  noInvalidDate: true,
});
const offsets = fc.constantFrom('Z', '+02:00', '-05:30', '+14:00', '-12:00');

describe('day arithmetic', () => {
  it.prop([instants, offsets])(
    'the day of an instant is its UTC day, whatever offset it is written with',
    (date, offset) => {
      const utc = date.toISOString();
      const shifted = offset === 'Z' ? utc : toOffset(date, offset);
      expect(dayOf(shifted)).toBe(utc.slice(0, 10));
      expect(dayOf(utc.slice(0, 10))).toBe(utc.slice(0, 10));
    },
  );

  it.prop([instants, fc.integer({ min: -4000, max: 4000 })])(
    'adding n days is undone by counting the days between',
    (date, n) => {
      const day = date.toISOString().slice(0, 10);
      expect(daysBetween(day, addDays(day, n))).toBe(n);
    },
  );
});

/** The same instant written with a UTC offset (`+02:00`). */
const toOffset = (date: Date, offset: string): string => {
  const sign = offset.startsWith('-') ? -1 : 1;
  const [h, m] = offset.slice(1).split(':').map(Number) as [number, number];
  const local = new Date(date.getTime() + sign * (h * 60 + m) * 60_000).toISOString().slice(0, 23);
  return `${local}${offset}`;
};
