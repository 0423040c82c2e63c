import { addDays } from '@mgmt-review/core';
import ICAL from 'ical.js';

/** A day `YYYY-MM-DD` as an iCalendar DATE value (all-day). */
export const dateValue = (day: string): ICAL.Time => ICAL.Time.fromDateString(day);

/** The day after, as a DATE value: the exclusive DTEND of an all-day event. */
export const dayAfterValue = (day: string): ICAL.Time => ICAL.Time.fromDateString(addDays(day, 1));

/** An instant as a UTC DATE-TIME value (DTSTAMP). */
export const utcValue = (instant: string): ICAL.Time => ICAL.Time.fromJSDate(new Date(instant), true);
