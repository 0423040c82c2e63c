import { type Cadence, monthsOf } from '@mgmt-review/core';
import { type ReviewBoardRow, reviewBoard } from '@mgmt-review/views';
import ICAL from 'ical.js';
import type { ExportState } from '../exportState.js';
import { stableUuid } from '../stableIds.js';
import { addPeople, type PersonResolver } from './people.js';
import { dateValue, dayAfterValue, utcValue } from './time.js';

/** What the review events are written with. */
export interface ReviewEventOptions {
  readonly tenantId: string;
  /** DTSTAMP of every component: the moment the export stands for. */
  readonly now: string;
  readonly resolvePerson: PersonResolver;
  /** Days before a review a VALARM reminds of it; no reminder without it. */
  readonly reminderDaysBefore: number | undefined;
}

/** The reviews of one cadence held in the calendar, first planned first: the planned series. */
interface Series {
  readonly cadence: Cadence;
  readonly reviews: readonly ReviewBoardRow[];
}

/** Text in code-unit order, the same in every locale. */
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The planned series: the regular and annual reviews of each cadence, by the date each was first
 * planned for. Extraordinary reviews are called outside the calendar and stand alone, and so does
 * a cadence with a single review.
 */
const seriesOf = (rows: readonly ReviewBoardRow[]): { series: Series[]; alone: ReviewBoardRow[] } => {
  const byCadence = new Map<Cadence, ReviewBoardRow[]>();
  const alone: ReviewBoardRow[] = [];
  for (const row of rows) {
    if (row.kind === 'extraordinary') alone.push(row);
    else {
      const group = byCadence.get(row.cadence);
      if (group === undefined) byCadence.set(row.cadence, [row]);
      else group.push(row);
    }
  }
  const series: Series[] = [];
  for (const [cadence, reviews] of byCadence) {
    if (reviews.length < 2) alone.push(...reviews);
    else {
      const ordered = reviews
        .slice()
        .sort((a, b) => byCodeUnits(a.firstPlannedDate, b.firstPlannedDate) || byCodeUnits(a.reviewId, b.reviewId));
      series.push({ cadence, reviews: ordered });
    }
  }
  return { series, alone };
};

/** The cadence as a recurrence rule: every `monthsOf(cadence)` months, as many times as the series has reviews. */
const ruleOf = (series: Series): ICAL.Recur =>
  new ICAL.Recur({ freq: 'MONTHLY', interval: monthsOf[series.cadence], count: series.reviews.length });

/** The dates of the rule's occurrences, as ical.js expands them (so RECURRENCE-ID always names one). */
const occurrencesOf = (series: Series): string[] => {
  const iterator = ruleOf(series).iterator(dateValue(series.reviews[0]!.firstPlannedDate));
  const dates: string[] = [];
  for (let next = iterator.next(); next !== null && next !== undefined; next = iterator.next()) {
    dates.push(next.toString().slice(0, 10));
  }
  return dates;
};

const kindWords: Readonly<Record<ReviewBoardRow['kind'], string>> = {
  regular: 'Management review',
  annualInDepth: 'Annual in-depth management review',
  extraordinary: 'Extraordinary management review',
};

/** The reminder of a review, `days` before it. */
const reminder = (days: number, text: string): ICAL.Component => {
  const alarm = new ICAL.Component('valarm');
  alarm.addPropertyWithValue('action', 'DISPLAY');
  alarm.addPropertyWithValue('trigger', ICAL.Duration.fromData({ days, isNegative: true }));
  alarm.addPropertyWithValue('description', text);
  return alarm;
};

/** The review's own VEVENT: its date, status, SEQUENCE and people; `uid` and `recurrenceId` place it. */
const reviewEvent = (
  state: ExportState,
  row: ReviewBoardRow,
  uid: string,
  recurrenceId: string | undefined,
  options: ReviewEventOptions,
): ICAL.Component => {
  const event = new ICAL.Component('vevent');
  event.addPropertyWithValue('uid', uid);
  event.addPropertyWithValue('dtstamp', utcValue(options.now));
  if (recurrenceId !== undefined) event.addPropertyWithValue('recurrence-id', dateValue(recurrenceId));
  event.addPropertyWithValue('dtstart', dateValue(row.plannedDate));
  event.addPropertyWithValue('dtend', dayAfterValue(row.plannedDate));
  // Raised on every reschedule (RFC 5545 3.8.7.4: a change of date is a significant revision), and on cancelling.
  event.addPropertyWithValue('sequence', row.reschedules + (row.status === 'cancelled' ? 1 : 0));
  event.addPropertyWithValue('status', row.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED');
  event.addPropertyWithValue('summary', `${kindWords[row.kind]} ${row.reviewId}`);
  const details = state.details.reviews.get(row.reviewId);
  const lines = [
    `ISO/IEC 27001:2022 9.3, ${row.cadence} cadence; status ${row.status}.`,
    ...(details?.reschedules ?? []).map((m) => `Moved from ${m.previousPlannedDate} to ${m.plannedDate}: ${m.reason}`),
    ...(row.cancelReason === undefined ? [] : [`Cancelled: ${row.cancelReason}`]),
  ];
  event.addPropertyWithValue('description', lines.join('\n'));
  event.addPropertyWithValue('categories', 'Management review');
  event.addPropertyWithValue('x-mgmt-review-id', row.reviewId);
  addPeople(event, options.resolvePerson, row.chairId, details?.participants ?? new Map());
  if (options.reminderDaysBefore !== undefined && row.status === 'scheduled') {
    event.addSubcomponent(reminder(options.reminderDaysBefore, `${kindWords[row.kind]} ${row.reviewId}`));
  }
  return event;
};

/** The series' master VEVENT: the cadence as an RRULE from the first review's first planned date. */
const seriesEvent = (series: Series, uid: string, options: ReviewEventOptions): ICAL.Component => {
  const first = series.reviews[0]!;
  const event = new ICAL.Component('vevent');
  event.addPropertyWithValue('uid', uid);
  event.addPropertyWithValue('dtstamp', utcValue(options.now));
  event.addPropertyWithValue('dtstart', dateValue(first.firstPlannedDate));
  event.addPropertyWithValue('dtend', dayAfterValue(first.firstPlannedDate));
  event.addPropertyWithValue('rrule', ruleOf(series));
  // The rule is published afresh with each export; at 0, no instance is ever older than its master.
  event.addPropertyWithValue('sequence', 0);
  event.addPropertyWithValue('status', 'CONFIRMED');
  event.addPropertyWithValue('summary', `Management review (${series.cadence})`);
  event.addPropertyWithValue(
    'description',
    `The planned ${series.cadence} management reviews (ISO/IEC 27001:2022 9.3.1).`,
  );
  event.addPropertyWithValue('categories', 'Management review');
  return event;
};

/**
 * One VEVENT per review. A review of a planned series is an instance of the series' RRULE: it
 * carries the series' UID and, as RECURRENCE-ID, the occurrence it stands for (the n-th review of
 * the series is the n-th occurrence), and its own date as DTSTART, which differs where it moved.
 * A review outside a series has a UID of its own. Every UID is stable across exports.
 */
export const reviewEvents = (state: ExportState, options: ReviewEventOptions): ICAL.Component[] => {
  const { series, alone } = seriesOf(reviewBoard(state.views, { now: options.now }));
  const events: ICAL.Component[] = [];
  for (const s of series) {
    const uid = stableUuid(options.tenantId, 'review-series', s.cadence);
    events.push(seriesEvent(s, uid, options));
    const occurrences = occurrencesOf(s);
    s.reviews.forEach((row, index) => {
      events.push(reviewEvent(state, row, uid, occurrences[index], options));
    });
  }
  for (const row of alone) {
    events.push(reviewEvent(state, row, stableUuid(options.tenantId, 'review', row.reviewId), undefined, options));
  }
  return events;
};
