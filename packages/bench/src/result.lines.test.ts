import { describe, expect, it } from 'vitest';
import { toJsonLine, toResultLines } from './result.js';
import type { Scenario } from './scenario.js';
import { formatTable } from './table.js';

const replay: Scenario = {
  name: 'replay',
  description: 'replay',
  baseline: 'fold',
  targets: [{ metric: 'time', ratioAtMost: 2 }],
  run: async () => [],
};

describe('reporting results', () => {
  it('compares each metric with the baseline’s metric of the same name and judges the target', () => {
    const lines = toResultLines(
      replay,
      [
        { metric: 'time', value: 300, unit: 'ms' },
        { metric: 'memory', value: 10, unit: 'MiB' },
      ],
      [{ metric: 'time', value: 100, unit: 'ms' }],
    );
    expect(lines.map((l) => [l.metric, l.ratio, l.met])).toEqual([
      ['time', 3, false],
      ['memory', null, undefined],
    ]);
  });

  it('prints one JSON object per line with exactly scenario, metric, value, unit, baseline and ratio', () => {
    const [line] = toResultLines(
      replay,
      [{ metric: 'time', value: 150, unit: 'ms' }],
      [{ metric: 'time', value: 100, unit: 'ms' }],
    );
    expect(JSON.parse(toJsonLine(line!))).toEqual({
      scenario: 'replay',
      metric: 'time',
      value: 150,
      unit: 'ms',
      baseline: 'fold',
      ratio: 1.5,
    });
  });

  it('prints a table with a header and one row per measurement, marking a missed target', () => {
    const lines = toResultLines(
      replay,
      [{ metric: 'time', value: 300, unit: 'ms' }],
      [{ metric: 'time', value: 100, unit: 'ms' }],
    );
    const table = formatTable(lines).split('\n');
    expect(table).toHaveLength(3);
    expect(table[0]).toMatch(/^scenario\s+metric\s+value\s+unit\s+baseline\s+ratio\s+target$/);
    expect(table[2]).toMatch(/replay\s+time\s+300\s+ms\s+fold\s+3\.00×\s+≤ 2×\s+MISSED/);
  });
});
