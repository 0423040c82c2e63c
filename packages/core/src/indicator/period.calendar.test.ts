import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { addDays } from '../shared/time.js';
import { Frequency, frequencyOfPeriod, isPeriodOf, Period, periodBounds, periodOf } from './period.js';

const frequencies = Frequency.keys;
const frequency = fc.constantFrom(...(Object.keys(frequencies) as Frequency[]));
const day = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('measurement periods', () => {
  it.prop([frequency, day])('a day falls in one period of each frequency, between its first and last day', (f, d) => {
    const period = periodOf(f, d);
    expect(isPeriodOf(f, period)).toBe(true);
    const bounds = periodBounds(period);
    expect(bounds !== undefined && bounds.from <= d && d <= bounds.to).toBe(true);
  });

  it.prop([frequency, day])('periods of a frequency follow each other with no gap and no overlap', (f, d) => {
    const period = periodOf(f, d);
    const next = periodOf(f, addDays(periodBounds(period)?.to ?? d, 1));
    expect(next > period).toBe(true);
    expect(periodBounds(next)?.from).toBe(addDays(periodBounds(period)?.to ?? d, 1));
  });

  it.prop([frequency, day, day])('periods of a frequency sort as text in calendar order', (f, a, b) => {
    const [early, late] = a <= b ? [a, b] : [b, a];
    expect(periodOf(f, early) <= periodOf(f, late)).toBe(true);
  });

  it.each([
    ['2026-03', 'monthly', '2026-03-01', '2026-03-31'],
    ['2028-02', 'monthly', '2028-02-01', '2028-02-29'],
    ['2026-Q1', 'quarterly', '2026-01-01', '2026-03-31'],
    ['2026-Q4', 'quarterly', '2026-10-01', '2026-12-31'],
    ['2026-H2', 'halfYearly', '2026-07-01', '2026-12-31'],
    ['2026', 'yearly', '2026-01-01', '2026-12-31'],
    ['2026-W01', 'weekly', '2025-12-29', '2026-01-04'],
    ['2026-W53', 'weekly', '2026-12-28', '2027-01-03'],
    ['2020-W53', 'weekly', '2020-12-28', '2021-01-03'],
  ])('%s is a %s period from %s to %s', (period, f, from, to) => {
    expect(frequencyOfPeriod(period)).toBe(f);
    expect(periodBounds(period)).toEqual({ from, to });
    expect(Period.is(period)).toBe(true);
  });

  it('puts the first days of January in the last ISO week of the year before, when the week began there', () => {
    expect(periodOf('weekly', '2027-01-01')).toBe('2026-W53');
    expect(periodOf('weekly', '2025-12-29')).toBe('2026-W01');
  });

  it.each([
    '2026-13',
    '2026-00',
    '2026-Q5',
    '2026-Q0',
    '2026-H3',
    '2025-W53',
    '2026-W00',
    '26-03',
    '2026-3',
    '2026Q1',
    '',
  ])('refuses %s, which names no period', (text) => {
    expect(frequencyOfPeriod(text)).toBeUndefined();
    expect(Period.is(text)).toBe(false);
  });

  it('says which periods it accepts when it refuses one', () => {
    const decoded = Period.decode('2026-13');
    expect(decoded._tag === 'Left' && decoded.left[0]?.message).toMatch(/2026-Q1 \(quarterly\)/);
  });

  it('does not take a monthly period for a quarterly indicator', () => {
    expect(isPeriodOf('quarterly', '2026-03')).toBe(false);
    expect(isPeriodOf('monthly', '2026-03')).toBe(true);
  });
});
