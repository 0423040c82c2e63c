import { copyFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensions } from './extensions.js';
import { runCli } from './program.js';
import { capturingIo, temporaryDirectory } from './testing/testSupport.js';

const cli = async (...args: string[]) => {
  const io = capturingIo();
  const code = await runCli(args, io, extensions);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
};

/** An answer without the wall-clock instant it was given at (`now`): the rest must be equal. */
const answerOf = (json: string): unknown =>
  JSON.parse(json, (key, value: unknown) => (key === 'now' ? undefined : value));

/** Read commands whose answer is about the domain only: a recorded anchor must not change it. */
const domainReads = ['ask', 'kpis', 'actions', 'nonconformities', 'risks', 'reviews', 'last-decisions'];

describe('a recorded anchor, seen by the read models', () => {
  const dir = temporaryDirectory();
  const demo = dir.file('demo.db');
  const anchored = dir.file('anchored.db');
  beforeAll(async () => {
    expect((await cli('--db', demo, 'demo')).code).toBe(0);
    copyFileSync(demo, anchored);
    expect((await cli('--db', anchored, 'anchor')).code).toBe(0);
    expect((await cli('--db', anchored, 'anchor')).code).toBe(0);
  }, 120_000);
  afterAll(() => dir.remove());

  it.each(domainReads)('%s answers exactly as it did before the anchors were recorded', async (command) => {
    const before = await cli('--db', demo, '--json', command);
    const after = await cli('--db', anchored, '--json', command);
    expect(after.stderr).toBe('');
    expect(after.code).toBe(before.code);
    expect(answerOf(after.stdout)).toEqual(answerOf(before.stdout));
  });

  it('replay and export read the anchor events as the history’s own, and verify checks both anchors', async () => {
    expect((await cli('--db', anchored, '--json', 'replay')).code).toBe(0);
    const exported = await cli('--db', anchored, 'export');
    expect(exported.stdout.split('\n').filter((l) => l.includes('"AnchorRecorded"'))).toHaveLength(2);
    const verified = JSON.parse((await cli('--db', anchored, '--json', 'verify')).stdout) as {
      ok: boolean;
      anchors: { recorded: number; held: number };
    };
    expect(verified).toMatchObject({ ok: true, anchors: { recorded: 2, held: 2 } });
  });
});
