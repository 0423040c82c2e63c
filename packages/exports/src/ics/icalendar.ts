import ICAL from 'ical.js';
import { type ExportState, positionOf, tenantOf } from '../exportState.js';
import { dueDateTodos } from './dueDateTodos.js';
import type { PersonResolver } from './people.js';
import { reviewEvents } from './reviewEvents.js';

/** What an iCalendar export is made with. */
export interface ICalendarOptions {
  readonly tenantId: string;
  /** The moment the export stands for (DTSTAMP, and the day the registers are read on). */
  readonly now: string;
  /** Addresses for ORGANIZER and ATTENDEE; without it, none are written. Never stored. */
  readonly resolvePerson?: PersonResolver;
  /** Days before a review or due date a VALARM reminds of it; no reminders without it. */
  readonly reminderDaysBefore?: number;
}

/**
 * RFC 5545 3.1: a content line is at most 75 octets, the CRLF excluded. ical.js folds when a line
 * passes `foldLength` octets and starts each continuation with a space, which counts too: at 74,
 * every physical line stays within 75.
 */
const FOLD_LENGTH = 74;

/** Writes a component with lines folded within 75 octets; ical.js's own setting is restored after. */
const serialise = (calendar: ICAL.Component): string => {
  const before = ICAL.foldLength;
  ICAL.foldLength = FOLD_LENGTH;
  try {
    return `${calendar.toString()}\r\n`;
  } finally {
    ICAL.foldLength = before;
  }
};

/**
 * The tenant's calendar as of the state's moment, as an RFC 5545 document: one VEVENT per review
 * (the cadence as an RRULE series), VTODOs for action and nonconformity due dates and acceptance
 * expiries. `X-MGMT-REVIEW-POSITION` names the history position it was made from.
 */
export const toICalendar = (state: ExportState, options: ICalendarOptions): string => {
  tenantOf(state, options.tenantId);
  const calendar = new ICAL.Component('vcalendar');
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('prodid', '-//mgmt-review//exports//EN');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  calendar.addPropertyWithValue('method', 'PUBLISH');
  calendar.addPropertyWithValue('x-wr-calname', `Management review (${options.tenantId})`);
  calendar.addPropertyWithValue('x-mgmt-review-tenant', options.tenantId);
  calendar.addPropertyWithValue('x-mgmt-review-position', positionOf(state));
  const common = { tenantId: options.tenantId, now: options.now, reminderDaysBefore: options.reminderDaysBefore };
  for (const event of reviewEvents(state, { ...common, resolvePerson: options.resolvePerson ?? (() => undefined) })) {
    calendar.addSubcomponent(event);
  }
  for (const todo of dueDateTodos(state, common)) calendar.addSubcomponent(todo);
  return serialise(calendar);
};
