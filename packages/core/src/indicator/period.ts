import * as t from 'io-ts';
import { oneOf, ruled } from '../shared/codecs.js';

/**
 * The periods an indicator is measured over (9.1 c: when monitoring and measuring is performed).
 * A period is written in the form of its frequency, and the text of each form sorts in calendar
 * order, so periods of one frequency compare as strings.
 *
 * | frequency | period | example |
 * |---|---|---|
 * | `weekly` | ISO-8601 week, `YYYY-Www` | `2026-W09` |
 * | `monthly` | `YYYY-MM` | `2026-03` |
 * | `quarterly` | `YYYY-Qn` | `2026-Q1` |
 * | `halfYearly` | `YYYY-Hn` | `2026-H1` |
 * | `yearly` | `YYYY` | `2026` |
 */
export const Frequency = oneOf('weekly', 'monthly', 'quarterly', 'halfYearly', 'yearly');
export type Frequency = t.TypeOf<typeof Frequency>;

/** A period's first and last calendar days (`YYYY-MM-DD`), both inside the period. */
export interface PeriodBounds {
  readonly from: string;
  readonly to: string;
}

const MS_PER_DAY = 86_400_000;

const dayText = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** Milliseconds of a day's UTC midnight; months and days out of range roll over, as the calendar does. */
const utc = (year: number, month: number, day: number): number => new Date(0).setUTCFullYear(year, month - 1, day);

/** Monday of ISO week 1: the week holding the year's 4 January. */
const mondayOfWeekOne = (year: number): number => {
  const fourth = utc(year, 1, 4);
  return fourth - ((new Date(fourth).getUTCDay() + 6) % 7) * MS_PER_DAY;
};

/** 53 for a year whose ISO weeks run past 28 December's week 52, else 52. */
const weeksIn = (year: number): number => (mondayOfWeekOne(year + 1) - mondayOfWeekOne(year)) / (7 * MS_PER_DAY);

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

interface Form {
  readonly pattern: RegExp;
  /** Whether the numbers the pattern matched name a period (a month 1–12, a week the year has). */
  readonly valid: (year: number, n: number) => boolean;
  readonly bounds: (year: number, n: number) => PeriodBounds;
  readonly of: (year: number, month: number, ms: number) => string;
}

/** A form of whole months: `months` months a period, numbered from 1 in the year and labelled by `label`. */
const monthsForm = (pattern: RegExp, months: number, label: (n: number) => string): Form => ({
  pattern,
  valid: (_, n) => n >= 1 && n <= 12 / months,
  bounds: (year, n) => ({
    from: dayText(utc(year, (n - 1) * months + 1, 1)),
    to: dayText(utc(year, n * months + 1, 1) - MS_PER_DAY),
  }),
  of: (year, month) => `${pad(year, 4)}-${label(Math.ceil(month / months))}`,
});

const forms: Readonly<Record<Frequency, Form>> = {
  weekly: {
    pattern: /^(\d{4})-W(\d{2})$/,
    valid: (year, n) => n >= 1 && n <= weeksIn(year),
    bounds: (year, n) => {
      const monday = mondayOfWeekOne(year) + (n - 1) * 7 * MS_PER_DAY;
      return { from: dayText(monday), to: dayText(monday + 6 * MS_PER_DAY) };
    },
    of: (_, __, ms) => {
      // The ISO week-year is the year of the week's Thursday.
      const thursday = ms + (3 - ((new Date(ms).getUTCDay() + 6) % 7)) * MS_PER_DAY;
      const year = new Date(thursday).getUTCFullYear();
      return `${pad(year, 4)}-W${pad(Math.floor((thursday - mondayOfWeekOne(year)) / (7 * MS_PER_DAY)) + 1, 2)}`;
    },
  },
  monthly: monthsForm(/^(\d{4})-(\d{2})$/, 1, (n) => pad(n, 2)),
  quarterly: monthsForm(/^(\d{4})-Q(\d)$/, 3, (n) => `Q${n}`),
  halfYearly: monthsForm(/^(\d{4})-H(\d)$/, 6, (n) => `H${n}`),
  yearly: {
    pattern: /^(\d{4})$/,
    valid: () => true,
    bounds: (year) => ({ from: dayText(utc(year, 1, 1)), to: dayText(utc(year, 12, 31)) }),
    of: (year) => pad(year, 4),
  },
};

const frequencies = Object.keys(forms) as Frequency[];

type Parsed = { readonly frequency: Frequency; readonly year: number; readonly n: number } | undefined;

const parseText = (period: string): Parsed => {
  for (const frequency of frequencies) {
    const match = forms[frequency].pattern.exec(period);
    if (match === null) continue;
    const year = Number(match[1]);
    const n = match[2] === undefined ? 0 : Number(match[2]);
    return year >= 1 && forms[frequency].valid(year, n) ? { frequency, year, n } : undefined;
  }
  return undefined;
};

/**
 * Parsed periods, by text. Every measurement's period is parsed when it is decoded and again when
 * a read model places it, and a history names few distinct periods, so each is parsed once; the
 * cache starts over past `PARSED_LIMIT` entries, so no input can grow it without bound.
 */
const parsed = new Map<string, Parsed>();
const PARSED_LIMIT = 10_000;

const parse = (period: string): Parsed => {
  if (parsed.has(period)) return parsed.get(period);
  if (parsed.size >= PARSED_LIMIT) parsed.clear();
  const result = parseText(period);
  parsed.set(period, result);
  return result;
};

/** The frequency a period is written for (`2026-Q1` is quarterly), or `undefined` if it names no period. */
export const frequencyOfPeriod = (period: string): Frequency | undefined => parse(period)?.frequency;

/** Whether `period` is a period of `frequency`: a monthly indicator is measured for `2026-03`, not `2026-Q1`. */
export const isPeriodOf = (frequency: Frequency, period: string): boolean => frequencyOfPeriod(period) === frequency;

/** The first and last days of a period, or `undefined` if the text names no period. */
export const periodBounds = (period: string): PeriodBounds | undefined => {
  const parsed = parse(period);
  return parsed === undefined ? undefined : forms[parsed.frequency].bounds(parsed.year, parsed.n);
};

/** The period of `frequency` that a calendar day (`YYYY-MM-DD`) falls in. */
export const periodOf = (frequency: Frequency, day: string): string => {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return forms[frequency].of(year, month, utc(year, month, date));
};

/** A period of any frequency: `2026-W09`, `2026-03`, `2026-Q1`, `2026-H1`, `2026`. */
export const Period = ruled(
  'Period',
  t.string,
  (s) => parse(s) !== undefined,
  'a period such as 2026-03 (monthly), 2026-Q1 (quarterly), 2026-H1 (half-yearly), 2026 (yearly) or 2026-W09 (weekly)',
);
