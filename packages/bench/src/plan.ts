import type { Scenario } from './scenario.js';

/**
 * The scenarios to run for a selection, in run order: each baseline before the scenarios compared
 * with it, and baselines of selected scenarios included even when not selected themselves.
 */
export const planRun = (all: readonly Scenario[], only: readonly string[]): Scenario[] => {
  const byName = new Map(all.map((s) => [s.name, s]));
  const unknown = only.filter((name) => !byName.has(name));
  if (unknown.length > 0) {
    throw new Error(`unknown scenario ${unknown.join(', ')}; known: ${[...byName.keys()].join(', ')}`);
  }
  const selected = only.length === 0 ? all : all.filter((s) => only.includes(s.name));
  const planned: Scenario[] = [];
  const visit = (scenario: Scenario, path: readonly string[]) => {
    if (planned.includes(scenario)) return;
    if (path.includes(scenario.name))
      throw new Error(`baselines form a cycle: ${[...path, scenario.name].join(' → ')}`);
    if (scenario.baseline !== undefined) {
      const baseline = byName.get(scenario.baseline);
      if (baseline === undefined) throw new Error(`scenario ${scenario.name}: unknown baseline ${scenario.baseline}`);
      visit(baseline, [...path, scenario.name]);
    }
    planned.push(scenario);
  };
  for (const scenario of selected) visit(scenario, []);
  return planned;
};
