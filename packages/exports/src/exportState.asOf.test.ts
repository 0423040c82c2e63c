import { fc, it } from '@fast-check/vitest';
import { createInMemoryDemoHistory, demoFacts } from '@mgmt-review/demo';
import type { StoredEvent, TenantEventStore } from '@mgmt-review/eventsourcing';
import { propertyRuns } from '@mgmt-review/eventsourcing/testing';
import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { beforeAll, describe, expect } from 'vitest';
import { toRegisterCsv } from './csv/registerCsv.js';
import { exportStateAsOf, positionOf } from './exportState.js';
import { toICalendar } from './ics/icalendar.js';

const tenantId = demoFacts.tenantId;
const now = demoFacts.now;

describe('exports as of a history position', () => {
  let tenant: TenantEventStore;
  let events: StoredEvent[];
  beforeAll(async () => {
    tenant = (await createInMemoryDemoHistory()).tenant;
    events = [];
    for await (const batch of tenant.readAll()) events.push(...batch);
  });

  it.prop([fc.double({ min: 0, max: 1, noNaN: true })], { numRuns: propertyRuns(20) })(
    'name the position of the last event at or before it, and hold the reviews and actions created by then',
    async (fraction) => {
      const index = Math.floor(fraction * (events.length - 1));
      const position = events[index]!.globalPosition;
      const within = events.filter((e) => e.globalPosition <= position);
      const idsOf = (type: string, field: string) =>
        within.filter((e) => e.type === type).map((e) => String((e.data as Record<string, unknown>)[field]));
      const state = await exportStateAsOf(tenant, { asOf: { position } });
      expect(positionOf(state)).toBe(position.toString());

      const calendar = new ICAL.Component(ICAL.parse(toICalendar(state, { tenantId, now })));
      expect(calendar.getFirstPropertyValue('x-mgmt-review-position')).toBe(position.toString());
      const reviewIds = calendar
        .getAllSubcomponents('vevent')
        .flatMap((e) =>
          e.hasProperty('x-mgmt-review-id') ? [String(e.getFirstPropertyValue('x-mgmt-review-id'))] : [],
        );
      expect(reviewIds.sort()).toEqual(idsOf('ReviewScheduled', 'reviewId').sort());

      const csv = toRegisterCsv(state, 'actions', { tenantId, now, positionComment: true });
      expect(csv.slice(0, csv.indexOf('\r\n'))).toContain(`position=${position}`);
      const records = parse(csv, { comment: '#', columns: true }) as { actionId: string }[];
      expect(records.map((r) => r.actionId).sort()).toEqual(idsOf('ActionRaised', 'actionId').sort());
    },
  );
});
