import { createManagementReview, domainRegistry } from '@mgmt-review/core';
import { createInMemoryEventStore, sequentialIds } from '@mgmt-review/eventsourcing';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { exportStateAsOf } from '../exportState.js';
import { toICalendar } from './icalendar.js';

/** An extraordinary review, moved twice and then cancelled. */
const cancelledReview = async () => {
  const clock = { now: () => '2026-05-01T09:00:00.000Z' };
  const store = createInMemoryEventStore({ registry: domainRegistry, clock, ids: sequentialIds('event') });
  const t = createManagementReview({ store, clock, ids: sequentialIds('cmd') }).forTenantAsync('acme');
  const by = { actor: { id: 'u-ciso', role: 'ciso' } };
  await t.reviews.schedule(
    {
      reviewId: 'x1',
      plannedDate: '2026-06-10',
      cadence: 'quarterly',
      kind: 'extraordinary',
      chair: { id: 'u-ceo', role: 'ceo' },
      periodCovered: { from: '2026-01-01', to: '2026-05-31' },
      catalogueId: 'iso27001-2022',
      at: '2026-05-01T09:00:00Z',
    },
    by,
  );
  for (const [plannedDate, at] of [
    ['2026-06-17', '2026-05-02T09:00:00Z'],
    ['2026-06-24', '2026-05-03T09:00:00Z'],
  ] as const) {
    await t.reviews.reschedule({ reviewId: 'x1', plannedDate, reason: 'board travel', at }, by);
  }
  await t.reviews.cancel({ reviewId: 'x1', reason: 'covered by the regular review', at: '2026-05-04T09:00:00Z' }, by);
  return exportStateAsOf(store.forTenant('acme'));
};

describe('an extraordinary review moved twice, then cancelled', () => {
  it('stands alone with its own UID, STATUS:CANCELLED, SEQUENCE raised by each move and by the cancel', async () => {
    const text = toICalendar(await cancelledReview(), { tenantId: 'acme', now: '2026-05-05T00:00:00Z' });
    const [event, ...others] = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    expect(others).toEqual([]);
    expect(event?.hasProperty('rrule')).toBe(false);
    expect(event?.hasProperty('recurrence-id')).toBe(false);
    expect(event?.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event?.getFirstPropertyValue('sequence')).toBe(3);
    expect(event?.getFirstPropertyValue('dtstart')?.toString()).toBe('2026-06-24');
    const description = String(event?.getFirstPropertyValue('description'));
    expect(description).toContain('Moved from 2026-06-10 to 2026-06-17: board travel');
    expect(description).toContain('Cancelled: covered by the regular review');
  });
});
