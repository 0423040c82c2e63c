import type { CommandOptions } from '@mgmt-review/core';
import type { FuzzCase } from '@mgmt-review/testing';
import { describe, expect, it } from 'vitest';
import { commandTable, workflowTable } from './commandTable.js';
import { facadeFuzzCases, fuzzCaseCount, fuzzedFacade } from './testing/fuzzing.js';

type Run = (input: unknown, options: CommandOptions) => () => Promise<unknown>;
type Outcome = { readonly _tag: 'Left' | 'Right'; readonly left?: Refusal };
type Refusal = {
  readonly _tag: string;
  readonly rule?: string;
  readonly problems?: readonly { readonly path: string }[];
};

const fallbackActor = { id: 'u-ciso', role: 'ismsManager' };

/** Whether a refusal says where: a field path (the input itself only when the input was replaced) or a rule. */
const namesWhere = (refusal: Refusal, fuzz: FuzzCase): boolean =>
  (refusal.rule !== undefined && refusal.rule !== '') ||
  (refusal.problems !== undefined &&
    refusal.problems.length > 0 &&
    refusal.problems.every((problem) => problem.path !== '' || fuzz.path === ''));

describe('fuzzing the facade with near-valid commands', () => {
  it('every near-valid command is answered with a typed result, a refusal appends nothing and names a field path or a rule', async () => {
    const cases = facadeFuzzCases();
    const { handles, head } = fuzzedFacade();
    const crashes: string[] = [];
    const appendedOnRefusal: string[] = [];
    const unnamed: string[] = [];
    const tally = new Map<string, number>();
    for (const [n, fuzz] of cases.entries()) {
      const entry = commandTable.get(fuzz.command) ?? workflowTable.get(fuzz.command);
      if (entry === undefined) throw new Error(`no facade function for ${fuzz.command}`);
      const run = (handles[entry.group] as unknown as Record<string, Run>)[entry.name] as Run;
      const before = await head();
      let outcome: Outcome;
      try {
        outcome = (await run(fuzz.input, { actor: fuzz.actor ?? fallbackActor, commandId: `fuzz-${n}` })()) as Outcome;
      } catch (error) {
        crashes.push(`${fuzz.command} ${fuzz.mutation}: ${(error as Error).stack}`);
        continue;
      }
      const after = await head();
      const tag = outcome._tag === 'Right' ? 'applied' : (outcome.left?._tag ?? 'Left');
      tally.set(tag, (tally.get(tag) ?? 0) + 1);
      if (outcome._tag === 'Left' && outcome.left !== undefined) {
        if (after !== before) appendedOnRefusal.push(`${fuzz.command} ${fuzz.mutation}: ${before} → ${after}`);
        if (!namesWhere(outcome.left, fuzz))
          unnamed.push(`${fuzz.command} ${fuzz.mutation}: ${JSON.stringify(outcome.left)}`);
      }
    }
    console.info(`facade fuzz: ${cases.length} cases`, Object.fromEntries(tally));
    expect(cases.length).toBe(fuzzCaseCount());
    expect(crashes).toEqual([]);
    expect(appendedOnRefusal).toEqual([]);
    expect(unnamed.slice(0, 20)).toEqual([]);
    // The cases reach every command of the facade, and most of them are refused as invalid input.
    expect(new Set(cases.map((fuzz) => fuzz.command)).size).toBe(commandTable.size + workflowTable.size);
    expect(tally.get('InvalidInput') ?? 0).toBeGreaterThan(cases.length / 2);
  }, 120_000);
});
