import { readFileSync } from 'node:fs';
import { fc, it } from '@fast-check/vitest';
import { createManagementReview, type Mention } from '@mgmt-review/core';
import { demoFacts, demoSteps } from '@mgmt-review/demo';
import { type EventStore, sequentialIds, steppingClock } from '@mgmt-review/eventsourcing';
import { propertyRuns } from '@mgmt-review/eventsourcing/testing';

import { isLeft } from 'fp-ts/lib/Either.js';
import { afterAll, describe, expect } from 'vitest';
import { registerOptionNames } from './commands/export.js';
import { extensions } from './extensions.js';
import { createProgram, runCli } from './program.js';
import { writePlantedDemo } from './testing/plantedSecrets.js';
import { capturingIo, temporaryDirectory } from './testing/testSupport.js';

/** Commands that write, or need a value only the test knows: run below with their arguments. */
const notPlainReads = new Set(['demo', 'import', 'anchor', 'erase', 'prove', 'pack', 'mentions']);
const reads = createProgram(capturingIo(), () => {}, extensions)
  .commands.map((c) => c.name())
  .filter((name) => !notPlainReads.has(name));

const basis = 'GDPR art. 17(1)(a)';
const dir = temporaryDirectory();
afterAll(() => dir.remove());

/** Every output a person or a host can take from the history: each read in text and JSON, every export, every pack. */
const everyOutput = async (store: EventStore): Promise<Map<string, string>> => {
  const outputs = new Map<string, string>();
  const cli = async (name: string, args: readonly string[], file?: string) => {
    const io = capturingIo();
    const code = await runCli(['--db', 'in-memory', ...args], io, extensions, store);
    expect(code, `${name}: ${io.stderr()}`).toBe(0);
    outputs.set(name, file === undefined ? io.stdout() : readFileSync(file, 'utf8'));
  };
  for (const read of reads) {
    await cli(read, [read]);
    await cli(`${read} --json`, ['--json', read]);
  }
  await cli('ask --evidence all', ['--json', 'ask', '--evidence', 'all']);
  await cli('kpis --indicators', ['kpis', '--indicators']);
  for (const format of ['jsonl', 'ics', 'oscal-poam']) await cli(`export ${format}`, ['export', '--format', format]);
  for (const register of registerOptionNames)
    await cli(`csv ${register}`, ['export', '--format', 'csv', '--register', register]);
  const packs = [
    ['agenda', 'html'],
    ['minutes', 'html'],
    ['minutes', 'md'],
  ] as const;
  for (const reviewId of [demoFacts.reviewIds[0], demoFacts.reviewIds.at(-1)]) {
    for (const [kind, format] of packs) {
      const out = dir.file(`${reviewId}-${kind}.${format}`);
      await cli(
        `pack ${reviewId} ${kind} ${format}`,
        ['pack', '--review', String(reviewId), '--kind', kind, '--format', format, '--out', out],
        out,
      );
    }
  }
  return outputs;
};

const steps = demoSteps().length;

describe('erased personal data never reaches an output', () => {
  it.prop(
    [
      fc.uniqueArray(fc.nat({ max: steps - 1 }), { minLength: 5, maxLength: 40 }),
      fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
    ],
    { numRuns: propertyRuns(2) },
  )(
    'after erasing the fields that mention some planted texts, no register, KPI, auditor answer, export or pack shows them, and each erased field reads as erased, when and why',
    async (chosen, erasing) => {
      const demo = await writePlantedDemo(new Set(chosen));
      expect(demo.secrets.length).toBeGreaterThan(0);
      const erased = demo.secrets.filter((_, i) => erasing[i] === true);
      if (erased.length === 0) erased.push(demo.secrets[0] ?? '');
      const kept = demo.secrets.filter((secret) => !erased.includes(secret));

      const privacy = createManagementReview({
        store: demo.store,
        clock: steppingClock('2026-10-01T09:00:00Z'),
        ids: sequentialIds('erasure'),
      }).forTenant(demo.tenantId).privacy;
      const done = await privacy.eraseMentions(
        { terms: erased, reason: 'the data subject asked for erasure', basis },
        { actor: { id: 'u-dpo', role: 'dataProtectionOfficer' } },
      )();
      if (isLeft(done)) throw new Error(done.left.message);
      expect(done.right.fields.length).toBeGreaterThanOrEqual(erased.length);

      const outputs = await everyOutput(demo.store);
      for (const [name, text] of outputs) {
        for (const secret of erased) expect(text.includes(secret), `${name} shows the erased ${secret}`).toBe(false);
      }

      // Every erased field holds the placeholder in the events as exported, the rest of the planted text stays.
      const jsonl = outputs.get('export jsonl') ?? '';
      const exported = new Map(
        jsonl
          .split('\n')
          .filter(Boolean)
          .map((line) => {
            const event = JSON.parse(line) as { eventId: string; data: unknown };
            return [event.eventId, event.data] as const;
          }),
      );
      const placeholder = `[erased ${done.right.erasures[0]?.erasure.metadata.recordedAt.slice(0, 10)}: ${basis}]`;
      for (const field of done.right.fields)
        expect(valueAt(exported.get(field.eventId), field), field.pointer).toBe(placeholder);
      for (const secret of kept) expect(jsonl.includes(secret), `${secret} was not erased`).toBe(true);

      const verify = capturingIo();
      expect(await runCli(['--db', 'in-memory', '--json', 'verify'], verify, extensions, demo.store)).toBe(0);
      expect((JSON.parse(verify.stdout()) as { erasures: unknown[] }).erasures).toHaveLength(done.right.fields.length);
      const mentions = capturingIo();
      expect(
        await runCli(
          ['--db', 'in-memory', '--json', 'mentions', ...erased.flatMap((s) => ['--term', s])],
          mentions,
          extensions,
          demo.store,
        ),
      ).toBe(0);
      expect(JSON.parse(mentions.stdout())).toEqual([]);
    },
    60_000,
  );
});

/** The value at an RFC 6901 pointer. */
const valueAt = (data: unknown, field: Mention): unknown =>
  field.pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<unknown>(
      (value, key) =>
        typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined,
      data,
    );
