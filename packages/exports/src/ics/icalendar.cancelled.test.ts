import { reviewSamples, sampleTime } from '@mgmt-review/core/testing';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { writtenHistory } from '../testing/writtenHistory.js';
import { toICalendar } from './icalendar.js';

/** An extraordinary review, moved twice and then cancelled, from core's sample commands. */
const cancelledReview = () =>
  writtenHistory(async (t) => {
    const sample = reviewSamples('x1');
    const by = { actor: sample.schedule.actor };
    await t.reviews.schedule({ ...sample.schedule.data, kind: 'extraordinary' }, by);
    await t.reviews.reschedule(sample.reschedule.data, by);
    await t.reviews.reschedule(
      { ...sample.reschedule.data, plannedDate: '2026-04-08', at: sampleTime(-60 * 24 * 28) },
      by,
    );
    await t.reviews.cancel(sample.cancel.data, by);
  });

describe('an extraordinary review moved twice, then cancelled', () => {
  it('stands alone with its own UID, STATUS:CANCELLED, SEQUENCE raised by each move and by the cancel', async () => {
    const sample = reviewSamples('x1');
    const text = toICalendar(await cancelledReview(), { tenantId: 'acme', now: '2026-05-05T00:00:00Z' });
    const [event, ...others] = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    expect(others).toEqual([]);
    expect(event?.hasProperty('rrule')).toBe(false);
    expect(event?.hasProperty('recurrence-id')).toBe(false);
    expect(event?.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event?.getFirstPropertyValue('sequence')).toBe(3);
    expect(event?.getFirstPropertyValue('dtstart')?.toString()).toBe('2026-04-08');
    const description = String(event?.getFirstPropertyValue('description'));
    expect(description).toContain(`Moved from 2026-03-31 to 2026-04-01: ${sample.reschedule.data.reason}`);
    expect(description).toContain(`Cancelled: ${sample.cancel.data.reason}`);
  });
});
