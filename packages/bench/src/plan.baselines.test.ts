import { describe, expect, it } from 'vitest';
import { planRun } from './plan.js';
import type { Scenario } from './scenario.js';

const scenario = (name: string, baseline?: string): Scenario => ({
  name,
  description: name,
  baseline,
  run: async () => [],
});
const all = [scenario('replay', 'fold'), scenario('fold'), scenario('append')];

describe('planning a benchmark run', () => {
  it('runs every baseline before the scenarios compared with it', () => {
    expect(planRun(all, []).map((s) => s.name)).toEqual(['fold', 'replay', 'append']);
  });

  it('runs the baseline of a selected scenario even when it is not selected', () => {
    expect(planRun(all, ['replay']).map((s) => s.name)).toEqual(['fold', 'replay']);
    expect(planRun(all, ['append']).map((s) => s.name)).toEqual(['append']);
  });

  it('refuses an unknown scenario, naming the known ones', () => {
    expect(() => planRun(all, ['nope'])).toThrow(/unknown scenario nope; known: replay, fold, append/);
  });

  it('refuses baselines that form a cycle', () => {
    expect(() => planRun([scenario('a', 'b'), scenario('b', 'a')], [])).toThrow(/cycle/);
  });
});
