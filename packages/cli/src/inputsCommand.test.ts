import { readFileSync, writeFileSync } from 'node:fs';
import { iso27001_2022 } from '@mgmt-review/core';
import { demoFacts, demoNow } from '@mgmt-review/demo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensions } from './extensions.js';
import { runCli } from './program.js';
import { capturingIo, temporaryDirectory } from './testing/testSupport.js';

interface PackJson {
  readonly position: string;
  readonly asOf: string;
  readonly digest: string;
  readonly parts: readonly {
    readonly inputId: string;
    readonly sources: readonly string[];
    readonly summary: string;
  }[];
}

describe('mgmt-review inputs', () => {
  const dir = temporaryDirectory();
  const db = dir.file('demo.db');
  const cli = async (...args: string[]) => {
    const io = capturingIo();
    const code = await runCli(['--db', db, ...args], io, extensions);
    return { code, out: io.stdout(), err: io.stderr() };
  };
  beforeAll(async () => {
    expect((await cli('--json', 'demo')).code).toBe(0);
  }, 120_000);
  afterAll(() => dir.remove());

  it("freezes the demo's packs from its second year on: the last review held cites its parts, and they verify", async () => {
    const verified = await cli('inputs', '--review', demoFacts.lastHeldReviewId, '--verify');
    expect(verified.err).toBe('');
    expect(verified.code).toBe(0);
    const answer = JSON.parse((await cli('--json', 'ask', 'review-based-on-data')).out) as { verdict: string };
    expect(answer.verdict).toBe('yes');
    const first = JSON.parse((await cli('--json', 'inputs', '--review', demoFacts.heldReviewIds[0]!, '--verify')).out);
    expect(first).toMatchObject({ ok: false, reason: `review ${demoFacts.heldReviewIds[0]} has no frozen input pack` });
  });

  it('prints one row per agenda input of the next review, with its sources and summary', async () => {
    const { code, out, err } = await cli('inputs', '--review', demoFacts.nextReviewId, '--as-of', demoNow);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain(`Input pack of review ${demoFacts.nextReviewId} (iso27001-2022)`);
    expect(out).toMatch(/f\s+│\s+risks\s+│\s+\d+ of \d+ risks above appetite on 2026-09-30/);
    expect(out).toMatch(/d1\s+│\s+nonConformities/);
  });

  it('prints the whole pack as JSON, computed as of the moment given, the same on every run', async () => {
    const first = await cli('--json', 'inputs', '--review', demoFacts.nextReviewId, '--as-of', demoNow);
    const again = await cli('--json', 'inputs', '--review', demoFacts.nextReviewId, '--as-of', demoNow);
    const pack = JSON.parse(first.out) as PackJson;
    expect(pack.asOf).toBe(demoNow);
    expect(pack.parts.map((p) => p.inputId)).toEqual(['a', 'b', 'c', 'd1', 'd2', 'd3', 'd4', 'e', 'f', 'g']);
    expect(pack.parts.find((p) => p.inputId === 'a')?.sources).toEqual(
      iso27001_2022.inputs.find((i) => i.id === 'a')?.fedBy,
    );
    expect((JSON.parse(again.out) as PackJson).digest).toBe(pack.digest);
  });

  it('takes the next review not yet held when none is named', async () => {
    const named = JSON.parse(
      (await cli('--json', 'inputs', '--review', demoFacts.nextReviewId, '--as-of', demoNow)).out,
    );
    const unnamed = JSON.parse((await cli('--json', 'inputs', '--as-of', demoNow)).out);
    expect(unnamed.digest).toBe(named.digest);
  });

  it('freezes the pack into the scheduled review, verifies it, and exits 1 naming the part once a risk it rests on is edited', async () => {
    const frozen = await cli('--json', 'inputs', '--review', demoFacts.nextReviewId, '--as-of', demoNow, '--freeze');
    expect(frozen.err).toBe('');
    expect(frozen.code).toBe(0);
    const pack = JSON.parse(frozen.out) as PackJson;
    const verified = await cli('inputs', '--review', demoFacts.nextReviewId, '--verify');
    expect(verified.code).toBe(0);
    expect(verified.out).toContain(`recomputed as of position ${pack.position}, every part has the same digest`);

    // The store is closed: edit one risk's scenario in the file's bytes, as an attacker would.
    const bytes = readFileSync(db);
    const needle = Buffer.from('Ransomware encrypts the file servers');
    const at = bytes.indexOf(needle);
    expect(at).toBeGreaterThan(0);
    bytes[at] = 'r'.charCodeAt(0);
    writeFileSync(db, bytes);

    const tampered = await cli('--json', 'inputs', '--review', demoFacts.nextReviewId, '--verify');
    expect(tampered.code).toBe(1);
    const report = JSON.parse(tampered.out) as { ok: boolean; partsDiffering: readonly { inputId: string }[] };
    expect(report.ok).toBe(false);
    expect(report.partsDiffering.map((p) => p.inputId)).toEqual(['f']);
    const text = await cli('inputs', '--review', demoFacts.nextReviewId, '--verify');
    expect(text.out).toContain('the part of input f differs');
  });

  it('refuses to freeze into a review already held, saying why', async () => {
    const { code, err } = await cli('inputs', '--review', demoFacts.lastHeldReviewId, '--as-of', demoNow, '--freeze');
    expect(code).toBe(1);
    expect(err).toContain(`the input pack of review ${demoFacts.lastHeldReviewId} was not frozen`);
  });
});
