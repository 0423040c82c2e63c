import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createManagementReview } from '@mgmt-review/core';
import { sequentialIds, steppingClock } from '@mgmt-review/eventsourcing';
import { writeSmallHistory } from '@mgmt-review/testing';
import { describe, expect, it } from 'vitest';
import { extensions } from './extensions.js';
import { runCli } from './program.js';
import { capturingIo, temporaryDirectory } from './testing/testSupport.js';

const reason = ['--reason', 'the data subject asked for erasure', '--basis', 'GDPR art. 17(1)(a)'];

/** The small history, plus one nonconformity whose description and correction name a person. */
const history = async () => {
  const { store } = await writeSmallHistory();
  const t = createManagementReview({
    store,
    clock: steppingClock('2026-08-01T09:00:00Z'),
    ids: sequentialIds('x'),
  }).forTenantAsync('acme');
  const actor = { actor: { id: 'u-ciso', role: 'ciso' } };
  const raised = await t.nonConformities.raise(
    {
      nonConformityId: 'nc-badge',
      source: 'incident',
      sourceReference: 'INC-77',
      severity: 'minor',
      requirement: 'A.7.2',
      description: 'The badge of Jane Doe was left at reception',
      owner: { id: 'u-it', role: 'itLead' },
    },
    actor,
  );
  await t.nonConformities.recordCorrection(
    { nonConformityId: 'nc-badge', description: 'Badge of JANE DOE revoked' },
    actor,
  );
  const eventId = raised.events[0]?.eventId ?? '';
  const cli = async (...args: string[]) => {
    const io = capturingIo();
    const code = await runCli(['--db', 'in-memory', ...args], io, extensions, store);
    return { code, out: io.stdout(), err: io.stderr() };
  };
  return { store, eventId, cli };
};

describe('mgmt-review mentions', () => {
  it('lists every personal field mentioning a term, whatever its case, and no other field', async () => {
    const { eventId, cli } = await history();
    const found = await cli('--json', 'mentions', '--term', 'jane doe');
    expect(found.code).toBe(0);
    const mentions = JSON.parse(found.out) as { eventId: string; type: string; streamId: string; pointer: string }[];
    expect(mentions.map((m) => [m.type, m.streamId, m.pointer])).toEqual([
      ['NonConformityRaised', 'nonconformity-nc-badge', '/description'],
      ['CorrectionRecorded', 'nonconformity-nc-badge', '/description'],
    ]);
    expect(mentions[0]?.eventId).toBe(eventId);
    // `A.7.2` is the requirement (a label of the ISMS), not a personal field: not searched.
    expect(JSON.parse((await cli('--json', 'mentions', '--term', 'A.7.2')).out)).toEqual([]);
    expect((await cli('mentions', '--term', 'Jane')).out).toContain('/description');
  });

  it('is bad usage without a term or with a blank one', async () => {
    const { cli } = await history();
    expect((await cli('mentions')).code).toBe(2);
    const blank = await cli('mentions', '--term', '  ');
    expect(blank.code).toBe(2);
    expect(blank.err).toContain('may not be blank');
  });
});

describe('mgmt-review erase', () => {
  it('erases named fields of one event: the text is gone, mentions no longer finds it, verify holds and counts it', async () => {
    const { eventId, cli } = await history();
    const fields = ['--field', '/description', '--field', '/sourceReference'];
    const erased = await cli('erase', '--event', eventId, ...fields, ...reason);
    expect(erased.code, erased.err).toBe(0);
    expect(erased.out).toContain(`erased 2 field(s) of event ${eventId}: /description, /sourceReference`);
    const exported = (await cli('export')).out;
    expect(exported).not.toContain('The badge of Jane Doe');
    expect(exported).toMatch(/\[erased \d{4}-\d{2}-\d{2}: GDPR art\. 17\(1\)\(a\)\]/);
    // The POA&M names the nonconformity's source reference: it shows it as erased, when and why.
    expect((await cli('export', '--format', 'oscal-poam')).out).toMatch(
      /\[erased \d{4}-\d{2}-\d{2}: GDPR art\. 17\(1\)\(a\)\]/,
    );
    const left = JSON.parse((await cli('--json', 'mentions', '--term', 'jane doe')).out) as { type: string }[];
    expect(left.map((m) => m.type)).toEqual(['CorrectionRecorded']);
    const verified = await cli('verify');
    expect(verified.code).toBe(0);
    expect(verified.out).toContain('2 personal field(s) erased');
  });

  it('erases every field mentioning a term, and only lists them with --dry-run', async () => {
    const { cli } = await history();
    const dry = await cli('--json', 'erase', '--term', 'jane doe', '--dry-run', ...reason);
    expect(dry.code).toBe(0);
    expect((JSON.parse(dry.out) as { fields: unknown[] }).fields).toHaveLength(2);
    expect(JSON.parse((await cli('--json', 'mentions', '--term', 'jane doe')).out)).toHaveLength(2);
    const done = await cli('erase', '--term', 'jane doe', ...reason);
    expect(done.code, done.err).toBe(0);
    expect(done.out).toContain('erased 2 personal field(s) in 2 event(s)');
    expect(JSON.parse((await cli('--json', 'mentions', '--term', 'jane doe')).out)).toEqual([]);
    expect((await cli('export')).out.toLowerCase()).not.toContain('jane doe');
    expect((await cli('verify')).out).toContain('2 personal field(s) erased');
  });

  it("refuses a field that is not personal, naming it and the event's personal fields, and erases nothing", async () => {
    const { eventId, cli } = await history();
    const refused = await cli('erase', '--event', eventId, '--field', '/requirement', ...reason);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('/requirement');
    expect(refused.err).toContain('/description');
    expect(JSON.parse((await cli('--json', 'mentions', '--term', 'jane doe')).out)).toHaveLength(2);
  });

  it("refuses another tenant's event as not found, and a field already erased", async () => {
    const { eventId, cli } = await history();
    const other = await cli('--tenant', 'globex', 'erase', '--event', eventId, '--field', '/description', ...reason);
    expect(other.code).toBe(1);
    expect(JSON.parse((await cli('--json', 'mentions', '--term', 'jane doe')).out)).toHaveLength(2);
    expect((await cli('erase', '--event', eventId, '--field', '/description', ...reason)).code).toBe(0);
    const again = await cli('erase', '--event', eventId, '--field', '/description', ...reason);
    expect(again.code).toBe(1);
    expect(again.err).toContain('/description');
  });

  it('is bad usage without a reason or basis, with both --event and --term, or with neither', async () => {
    const { eventId, cli } = await history();
    expect((await cli('erase', '--event', eventId, '--field', '/description', '--basis', 'GDPR')).code).toBe(2);
    expect((await cli('erase', '--event', eventId, '--field', '/description', '--reason', 'asked')).code).toBe(2);
    expect((await cli('erase', '--event', eventId, '--field', '/description', '--term', 'x', ...reason)).code).toBe(2);
    expect((await cli('erase', ...reason)).code).toBe(2);
    expect((await cli('erase', '--event', eventId, ...reason)).code).toBe(2);
    expect(
      (await cli('erase', '--event', eventId, '--field', '/description', '--reason', ' ', '--basis', 'GDPR')).code,
    ).toBe(2);
  });
});

describe('privacy lines of mgmt-review import', () => {
  it('erases by term from a line, reporting each erasure recorded; the same file again finds nothing left', async () => {
    const { cli } = await history();
    const dir = temporaryDirectory();
    try {
      const file = dir.file('erasures.jsonl');
      const input = { terms: ['jane doe'], reason: 'request DSR-12', basis: 'GDPR art. 17(1)(a)' };
      writeFileSync(
        file,
        JSON.stringify({ command: 'privacy.eraseMentions', actor: { id: 'u-dpo', role: 'dpo' }, input }),
      );
      const first = await cli('--json', 'import', file);
      expect(first.code, first.out).toBe(0);
      const report = JSON.parse(first.out) as {
        lines: { status: string; events: { type: string; streamId: string }[] }[];
      };
      expect(report.lines[0]?.status).toBe('applied');
      expect(report.lines[0]?.events.map((e) => [e.type, e.streamId])).toEqual([
        ['ErasureRecorded', 'privacy-log'],
        ['ErasureRecorded', 'privacy-log'],
      ]);
      const again = JSON.parse((await cli('--json', 'import', file)).out) as { lines: { status: string }[] };
      expect(again.lines[0]?.status).toBe('already-applied');
      expect(JSON.parse((await cli('--json', 'mentions', '--term', 'jane doe')).out)).toEqual([]);
    } finally {
      dir.remove();
    }
  });

  it('refuses a line naming a field that is not personal, at its place in the input', async () => {
    const { eventId, cli } = await history();
    const dir = temporaryDirectory();
    try {
      const file = dir.file('erasure.jsonl');
      const input = { eventId, pointers: ['/requirement'], reason: 'request DSR-12', basis: 'GDPR art. 17(1)(a)' };
      writeFileSync(file, JSON.stringify({ command: 'privacy.erase', actor: { id: 'u-dpo', role: 'dpo' }, input }));
      const refused = await cli('--json', 'import', file);
      expect(refused.code).toBe(1);
      expect(JSON.parse(refused.out).lines[0]).toMatchObject({
        status: 'refused',
        error: 'NotPersonalField',
        where: 'input.pointers.0',
      });
    } finally {
      dir.remove();
    }
  });
});

describe('mgmt-review erase on a SQLite file', () => {
  it('leaves the file verifying, and its bytes without the erased text once the command has closed it', async () => {
    const dir = temporaryDirectory();
    try {
      const db = dir.file('history.db');
      const lines = dir.file('commands.jsonl');
      const line = {
        command: 'nonConformities.raise',
        actor: { id: 'u-ciso', role: 'ismsManager' },
        input: {
          nonConformityId: 'nc-badge',
          source: 'incident',
          sourceReference: 'INC-77',
          severity: 'minor',
          requirement: 'A.7.2',
          description: 'The badge of Zelda Quintero-Vasquez was left at reception',
          owner: { id: 'u-it', role: 'itLead' },
          at: '2026-08-01T09:00:00Z',
        },
      };
      writeFileSync(lines, JSON.stringify(line));
      const run = async (...args: string[]) => {
        const io = capturingIo();
        return { code: await runCli(['--db', db, ...args], io, extensions), out: io.stdout(), err: io.stderr() };
      };
      expect((await run('import', lines)).code).toBe(0);
      const bytes = () =>
        ['', '-wal']
          .filter((suffix) => existsSync(`${db}${suffix}`))
          .map((suffix) => readFileSync(`${db}${suffix}`).toString('latin1'))
          .join('');
      expect(bytes()).toContain('Zelda Quintero-Vasquez');
      const erased = await run('erase', '--term', 'zelda quintero', ...reason);
      expect(erased.code, erased.err).toBe(0);
      expect(bytes()).not.toContain('Zelda Quintero-Vasquez');
      const verified = await run('verify');
      expect(verified.code).toBe(0);
      expect(verified.out).toContain('1 personal field(s) erased');
    } finally {
      dir.remove();
    }
  });
});
