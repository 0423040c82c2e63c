import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Scenario } from './scenario.js';

const isScenarioModule = (file: string) =>
  /\.(ts|js)$/.test(file) && !file.endsWith('.d.ts') && !/\.test\.(ts|js)$/.test(file);

/**
 * Loads every module in `scenarios/` (sources under tsx, compiled files under node) and collects
 * their `scenarios` exports, in file-name order. Two scenarios with one name are a mistake.
 */
export const discoverScenarios = async (): Promise<Scenario[]> => {
  const folder = new URL('./scenarios/', import.meta.url);
  const files = readdirSync(fileURLToPath(folder)).filter(isScenarioModule).sort();
  const found: Scenario[] = [];
  const names = new Set<string>();
  for (const file of files) {
    const module = (await import(new URL(file, folder).href)) as { scenarios?: readonly Scenario[] };
    for (const scenario of module.scenarios ?? []) {
      if (names.has(scenario.name)) throw new Error(`scenario ${scenario.name} is defined twice (in ${file})`);
      names.add(scenario.name);
      found.push(scenario);
    }
  }
  return found;
};
