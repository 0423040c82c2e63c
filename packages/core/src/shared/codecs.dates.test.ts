import { describe, expect, it } from 'vitest';
import { IsoDate, IsoDateTime } from './codecs.js';
import { addMonths, dayOf } from './time.js';

describe('dates', () => {
  it.each(['2026-03-31T09:00:00Z', '2026-03-31T09:00Z', '2026-03-31T09:00:00.123Z', '2026-03-31T09:00:00+02:00'])(
    'accepts the instant %s',
    (value) => expect(IsoDateTime.is(value)).toBe(true),
  );

  it.each(['2026-03-31', '2026-03-31T09:00:00', '2026-02-29T09:00:00Z', '2026-03-31T24:00:00Z', '31/03/2026', ''])(
    'refuses the instant %s',
    (value) => expect(IsoDateTime.is(value)).toBe(false),
  );

  it.each(['2026-02-28', '2028-02-29'])('accepts the day %s', (value) => expect(IsoDate.is(value)).toBe(true));
  it.each(['2026-02-29', '2026-13-01', '2026-3-1', '2026-03-31T00:00:00Z'])('refuses the day %s', (value) =>
    expect(IsoDate.is(value)).toBe(false),
  );

  it('adds calendar months, keeping the day within the month', () => {
    expect(addMonths('2026-03-31', 3)).toBe('2026-06-30');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-01-15', 12)).toBe('2027-01-15');
  });

  it('takes the UTC day of an instant with an offset', () => {
    expect(dayOf('2026-03-31T23:30:00-02:00')).toBe('2026-04-01');
  });
});
