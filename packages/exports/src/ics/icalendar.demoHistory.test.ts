import { createInMemoryDemoHistory, demoFacts } from '@mgmt-review/demo';
import { calendar, reviewBoard } from '@mgmt-review/views';
import ICAL from 'ical.js';
import nodeIcal from 'node-ical';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ExportState, exportStateAsOf } from '../exportState.js';
import { toICalendar } from './icalendar.js';

const tenantId = demoFacts.tenantId;
const now = demoFacts.now;
const resolvePerson = (id: string) => ({ email: `${id}@acme.example`, name: `Person ${id}` });

const dayOf = (time: ICAL.Time | undefined) => time?.toString().slice(0, 10);

describe('the demo history as an iCalendar file, read back by ical.js and node-ical', () => {
  let state: ExportState;
  let text: string;
  let vevents: ICAL.Component[];
  let vtodos: ICAL.Component[];
  beforeAll(async () => {
    const { tenant } = await createInMemoryDemoHistory();
    state = await exportStateAsOf(tenant);
    text = toICalendar(state, { tenantId, now, resolvePerson, reminderDaysBefore: 7 });
    const root = new ICAL.Component(ICAL.parse(text));
    vevents = root.getAllSubcomponents('vevent');
    vtodos = root.getAllSubcomponents('vtodo');
  });

  const reviewEventOf = (reviewId: string) =>
    vevents.find((e) => e.getFirstPropertyValue('x-mgmt-review-id') === reviewId);

  it('has one VEVENT per review, on its planned date, and names the history position it was made from', () => {
    const board = reviewBoard(state.views, { now });
    expect(board.map((r) => r.reviewId).sort()).toEqual([...demoFacts.reviewIds].sort());
    for (const row of board) {
      const event = reviewEventOf(row.reviewId);
      expect(event, row.reviewId).toBeDefined();
      expect(dayOf(event?.getFirstPropertyValue('dtstart') as ICAL.Time), row.reviewId).toBe(row.plannedDate);
    }
    const root = new ICAL.Component(ICAL.parse(text));
    expect(root.getFirstPropertyValue('x-mgmt-review-position')).toBe(state.details.position?.toString());
  });

  it('raises the SEQUENCE of the rescheduled review, and only of it', () => {
    const moved = demoFacts.longerGap.toReviewId;
    const sequences = Object.fromEntries(
      demoFacts.reviewIds.map((id) => [id, reviewEventOf(id)?.getFirstPropertyValue('sequence')]),
    );
    expect(sequences[moved]).toBe(1);
    expect(Object.entries(sequences).filter(([id, seq]) => id !== moved && Number(seq) !== 0)).toEqual([]);
    expect(dayOf(reviewEventOf(moved)?.getFirstPropertyValue('dtstart') as ICAL.Time)).toBe('2025-07-24');
  });

  it('writes the cadence as an RRULE series whose occurrences each review stands for by RECURRENCE-ID', () => {
    const master = vevents.find((e) => e.hasProperty('rrule'))!;
    const uid = master.getFirstPropertyValue('uid');
    const occurrences: string[] = [];
    const iterator = (master.getFirstPropertyValue('rrule') as ICAL.Recur).iterator(
      master.getFirstPropertyValue('dtstart') as ICAL.Time,
    );
    for (let next = iterator.next(); next; next = iterator.next()) occurrences.push(next.toString().slice(0, 10));
    const instances = vevents.filter((e) => e.hasProperty('recurrence-id'));
    expect(instances).toHaveLength(demoFacts.reviewIds.length);
    for (const e of instances) expect(e.getFirstPropertyValue('uid')).toBe(uid);
    expect(instances.map((e) => dayOf(e.getFirstPropertyValue('recurrence-id') as ICAL.Time))).toEqual(occurrences);
  });

  it('names the chair as ORGANIZER and each participant as an ATTENDEE with a role, from the resolver', () => {
    const event = reviewEventOf(demoFacts.lastHeldReviewId)!;
    expect(event.getFirstPropertyValue('organizer')).toBe('mailto:u-ceo@acme.example');
    const attendees = event.getAllProperties('attendee');
    expect(attendees.find((a) => a.getParameter('role') === 'CHAIR')?.getFirstValue()).toBe(
      'mailto:u-ceo@acme.example',
    );
    expect(attendees.length).toBeGreaterThan(2);
    for (const a of attendees) expect(a.getParameter('x-mgmt-review-role')).toBeTruthy();
    const withoutAddresses = toICalendar(state, { tenantId, now });
    expect(withoutAddresses).not.toMatch(/ATTENDEE|ORGANIZER|mailto:/);
  });

  it('has a VTODO for every open due date: actions to do, nonconformities, residual-risk acceptance expiries', () => {
    const { pastDue, upcoming } = calendar(state.views, { now });
    const open = [...pastDue, ...upcoming].filter((e) => e.kind !== 'review' && e.kind !== 'nextReview');
    expect(open.length).toBeGreaterThan(0);
    for (const entry of open) {
      const found = vtodos.filter(
        (t) =>
          t.getFirstPropertyValue('x-mgmt-review-id') === entry.subjectId &&
          dayOf(t.getFirstPropertyValue('due') as ICAL.Time) === entry.date &&
          ['NEEDS-ACTION', 'IN-PROCESS'].includes(String(t.getFirstPropertyValue('status'))),
      );
      expect(found, `${entry.kind} ${entry.subjectId}`).toHaveLength(1);
    }
    for (const t of vtodos) {
      const percent = Number(t.getFirstPropertyValue('percent-complete'));
      expect(percent).toBeGreaterThanOrEqual(0);
      expect(percent).toBeLessThanOrEqual(100);
    }
    const reminders = vtodos.filter((t) => t.getFirstSubcomponent('valarm') !== null);
    expect(reminders.length).toBe(open.length);
  });

  it('keeps every line within 75 octets, CRLF excluded', () => {
    const lines = text.split('\r\n');
    expect(lines.filter((l) => Buffer.byteLength(l, 'utf8') > 75)).toEqual([]);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('reads the same reviews and to-dos back with node-ical', () => {
    const parsed = nodeIcal.sync.parseICS(text);
    const components = Object.values(parsed);
    const todos = components.filter((c) => (c as { type: string }).type === 'VTODO');
    expect(todos).toHaveLength(vtodos.length);
    const series = components.find((c) => c.type === 'VEVENT' && 'rrule' in c && c.rrule !== undefined) as
      | nodeIcal.VEvent
      | undefined;
    expect(series).toBeDefined();
    const instances = Object.values(series?.recurrences ?? {});
    expect(instances).toHaveLength(demoFacts.reviewIds.length);
    const moved = instances.find((e) => e.summary.includes(demoFacts.longerGap.toReviewId));
    expect(moved?.sequence).toBe('1');
  });

  it('as of a moment before the reschedule, shows the review on its first date with SEQUENCE 0, at an earlier position', async () => {
    const { tenant } = await createInMemoryDemoHistory();
    let reschedule: bigint | undefined;
    for await (const batch of tenant.readAll()) {
      for (const e of batch) if (e.type === 'ReviewRescheduled') reschedule ??= e.globalPosition;
    }
    const before = await exportStateAsOf(tenant, { asOf: { position: reschedule! - 1n } });
    const earlier = new ICAL.Component(ICAL.parse(toICalendar(before, { tenantId, now })));
    const event = earlier
      .getAllSubcomponents('vevent')
      .find((e) => e.getFirstPropertyValue('x-mgmt-review-id') === demoFacts.longerGap.toReviewId)!;
    expect(event.getFirstPropertyValue('sequence')).toBe(0);
    expect(dayOf(event.getFirstPropertyValue('dtstart') as ICAL.Time)).toBe('2025-07-10');
    expect(earlier.getFirstPropertyValue('x-mgmt-review-position')).toBe((reschedule! - 1n).toString());
  });
});
