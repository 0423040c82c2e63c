import { addDays } from '@mgmt-review/core';
import { demoFacts } from '@mgmt-review/demo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensions } from './extensions.js';
import { createProgram, runCli } from './program.js';
import { capturingIo, temporaryDirectory } from './testing/testSupport.js';

/** The commands that write; every other command of the program is a read and is in the table below. */
const writes = new Set(['demo', 'import']);
/** `anchor` records the tree head it prints: a write. */
writes.add('anchor');
/** `erase` erases personal fields and records the erasure: a write (privacyCommands.test.ts). */
writes.add('erase');
/** Reads of one thing named on the command line (an event id): not runnable without it, tested beside their commands. */
const namedReads = new Set(['prove']);
/** `pack` writes the pack of one named review to a file; with no such review it is bad usage (packCommand.test.ts). */
namedReads.add('pack');
/** `mentions` searches for the terms it is given; without one it is bad usage (privacyCommands.test.ts). */
namedReads.add('mentions');

const program = createProgram(capturingIo(), () => {}, extensions);
const reads = program.commands.filter((c) => !writes.has(c.name()) && !namedReads.has(c.name()));
const takesAsOf = (name: string) =>
  reads.find((c) => c.name() === name)?.options.some((o) => o.long === '--as-of') === true;

/** The day before the demo organisation's first meeting: its history has begun, no review was held. */
const beforeFirstMeeting = addDays(demoFacts.meetingDays[0] ?? '', -1);

interface Situation {
  readonly name: string;
  readonly db: () => string;
  readonly args: (command: string) => readonly string[];
}

describe('every read command, on an empty tenant and before the first meeting', () => {
  const dir = temporaryDirectory();
  const empty = dir.file('empty.db');
  const demo = dir.file('demo.db');
  beforeAll(async () => {
    expect(await runCli(['--db', demo, '--json', 'demo'], capturingIo(), extensions)).toBe(0);
  }, 120_000);
  afterAll(() => dir.remove());

  const situations: readonly Situation[] = [
    { name: 'a file with no history', db: () => empty, args: () => [] },
    { name: 'a tenant with no history beside one with a history', db: () => demo, args: () => ['--tenant', 'nobody'] },
    {
      name: 'as recorded before the first meeting',
      db: () => demo,
      args: (command) => (takesAsOf(command) ? ['--as-of', beforeFirstMeeting] : []),
    },
    {
      name: 'as happened before the first meeting',
      db: () => demo,
      args: (command) => (takesAsOf(command) ? ['--as-of', beforeFirstMeeting, '--effective'] : []),
    },
  ];

  it('lists the read commands the table runs', () => {
    expect(reads.map((c) => c.name()).sort()).toEqual(
      [
        'actions',
        'ask',
        'audits',
        'consultations',
        'context',
        'export',
        'inputs',
        'improvements',
        'indicators',
        'kpis',
        'last-decisions',
        'nonconformities',
        'objectives',
        'parties',
        'replay',
        'reviews',
        'risks',
        'verify',
      ].sort(),
    );
  });

  const cases = situations.flatMap((situation) =>
    reads.flatMap((command) =>
      [true, false].map((json) => [situation.name, command.name(), json ? '--json' : 'text', situation, json] as const),
    ),
  );

  it.each(cases)('%s: %s answers in %s', async (_, command, __, situation, json) => {
    const io = capturingIo();
    const args = ['--db', situation.db(), ...(json ? ['--json'] : []), command, ...situation.args(command)];
    const code = await runCli(args, io, extensions);
    expect(io.stderr()).toBe('');
    expect(code).toBe(0);
    if (!json) return;
    // `export` writes JSON Lines (none for an empty history); every other read one JSON document.
    if (command === 'export') for (const line of io.stdout().split('\n').filter(Boolean)) JSON.parse(line);
    else expect(() => JSON.parse(io.stdout())).not.toThrow();
  });

  it('says no review had been held yet, in text and as JSON null', async () => {
    for (const db of [empty, demo]) {
      const asOf = ['--as-of', beforeFirstMeeting];
      const text = capturingIo();
      expect(await runCli(['--db', db, 'last-decisions', ...asOf], text, extensions)).toBe(0);
      expect(text.stdout()).toBe(`No management review had been held as of ${beforeFirstMeeting}.`);
      const json = capturingIo();
      expect(await runCli(['--db', db, '--json', 'last-decisions', ...asOf], json, extensions)).toBe(0);
      expect(JSON.parse(json.stdout())).toBeNull();
    }
  });
});
