import { readFileSync, writeFileSync } from 'node:fs';
import { demoFacts } from '@mgmt-review/demo';
import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { demoCli } from './testing/demoCli.js';

/** `export` on the demo history in a SQLite file, run in-process as the command line runs it. */
describe('export --format ics|csv|oscal-poam of the demo history', () => {
  const { dir, cli } = demoCli();

  it('writes the calendar to a file, naming the history position, with attendees from --people', async () => {
    const people = dir.file('people.json');
    writeFileSync(people, JSON.stringify({ 'u-ceo': { email: 'ceo@acme.example', name: 'Chief Executive' } }));
    const out = dir.file('acme.ics');
    const run = await cli('export', '--format', 'ics', '--people', people, '--remind-days', '7', '--out', out);
    expect(run.code).toBe(0);
    const position = /at history position (\d+)/.exec(run.stderr)?.[1];
    expect(position).toBeDefined();
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(out, 'utf8')));
    expect(calendar.getFirstPropertyValue('x-mgmt-review-position')).toBe(position);
    const reviews = calendar.getAllSubcomponents('vevent').filter((e) => e.hasProperty('x-mgmt-review-id'));
    expect(reviews).toHaveLength(demoFacts.counts.reviews);
    expect(reviews[0]?.getFirstPropertyValue('organizer')).toBe('mailto:ceo@acme.example');
  });

  it('writes a register as CSV, as of a day, with a BOM when asked', async () => {
    const run = await cli('export', '--format', 'csv', '--register', 'reviews', '--as-of', '2025-01-31', '--bom');
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('\uFEFFreviewId,')).toBe(true);
    const records = parse(run.stdout, { columns: true, bom: true }) as Record<string, string>[];
    // The reviews scheduled by then: the first ones of the story, in order.
    expect(records.length).toBeGreaterThan(1);
    expect(records.length).toBeLessThan(demoFacts.counts.reviews);
    expect(records.map((r) => r.reviewId)).toEqual(demoFacts.reviewIds.slice(0, records.length));
  });

  it('names the registers as the read commands do', async () => {
    const run = await cli('export', '--format', 'csv', '--register', 'nonconformities');
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('nonConformityId,')).toBe(true);
  });

  it('writes the POA&M as OSCAL 1.1.2 JSON', async () => {
    const run = await cli('export', '--format', 'oscal-poam', '--as-of', demoFacts.today);
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.stdout)['plan-of-action-and-milestones'];
    expect(plan.metadata['oscal-version']).toBe('1.1.2');
    expect(plan.findings).toHaveLength(demoFacts.counts.nonConformities);
  });

  it('exports the events as of a moment as JSON Lines, fewer than the whole history', async () => {
    const all = (await cli('export')).stdout.split('\n').filter(Boolean);
    const early = (await cli('export', '--format', 'jsonl', '--as-of', '2025-01-31')).stdout
      .split('\n')
      .filter(Boolean);
    expect(early.length).toBeGreaterThan(0);
    expect(early.length).toBeLessThan(all.length);
    expect(early).toEqual(all.slice(0, early.length));
  });

  it('refuses csv without a register, a register with another format, and an unknown register, as bad usage', async () => {
    const noRegister = await cli('export', '--format', 'csv');
    expect(noRegister.code).toBe(2);
    expect(noRegister.stderr).toMatch(/--register/);
    expect((await cli('export', '--format', 'ics', '--register', 'risks')).code).toBe(2);
    expect((await cli('export', '--format', 'csv', '--register', 'audits')).code).toBe(2);
    expect((await cli('--tenant', 'nobody', 'export', '--format', 'oscal-poam')).code).toBe(2);
  });
});
