/** How KPIs are grouped in time. */
export type PeriodKind = 'month' | 'quarter';

/** One period: its label (`2026-03`, `2026-Q1`) and its first and last days. */
export interface Period {
  readonly label: string;
  readonly start: string;
  readonly end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The period of kind `kind` a day falls in. */
export const periodOf = (kind: PeriodKind, day: string): Period => {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  if (kind === 'month') {
    return {
      label: `${year}-${pad(month)}`,
      start: `${year}-${pad(month)}-01`,
      end: `${year}-${pad(month)}-${pad(lastDayOf(year, month))}`,
    };
  }
  const quarter = Math.ceil(month / 3);
  const first = quarter * 3 - 2;
  const last = quarter * 3;
  return {
    label: `${year}-Q${quarter}`,
    start: `${year}-${pad(first)}-01`,
    end: `${year}-${pad(last)}-${pad(lastDayOf(year, last))}`,
  };
};

/** The period right after `period`. */
export const nextPeriod = (kind: PeriodKind, period: Period): Period => {
  const [y, m] = [Number(period.end.slice(0, 4)), Number(period.end.slice(5, 7))];
  return periodOf(kind, m === 12 ? `${y + 1}-01-01` : `${y}-${pad(m + 1)}-01`);
};

/** The period right before `period`. */
export const previousPeriod = (kind: PeriodKind, period: Period): Period => {
  const [y, m] = [Number(period.start.slice(0, 4)), Number(period.start.slice(5, 7))];
  return periodOf(kind, m === 1 ? `${y - 1}-12-01` : `${y}-${pad(m - 1)}-01`);
};

/** The periods from the one holding `from` to the one holding `to`, in order. */
export const periodsBetween = (kind: PeriodKind, from: string, to: string): Period[] => {
  const periods: Period[] = [];
  for (let p = periodOf(kind, from); p.start <= to; p = nextPeriod(kind, p)) periods.push(p);
  return periods;
};
