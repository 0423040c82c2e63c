import type { ResultLine } from './result.js';
import type { Target } from './scenario.js';

const number = (value: number): string =>
  Math.abs(value) >= 100 ? Math.round(value).toLocaleString('en-US') : value.toPrecision(3);

const describeTarget = (target: Target | undefined): string => {
  if (target === undefined) return '';
  const parts: string[] = [];
  if (target.ratioAtMost !== undefined) parts.push(`≤ ${target.ratioAtMost}×`);
  if (target.ratioAtLeast !== undefined) parts.push(`≥ ${target.ratioAtLeast}×`);
  if (target.valueAtMost !== undefined) parts.push(`≤ ${number(target.valueAtMost)}`);
  if (target.valueAtLeast !== undefined) parts.push(`≥ ${number(target.valueAtLeast)}`);
  return parts.join(', ');
};

/** Results as a plain-text table with aligned columns. */
export const formatTable = (lines: readonly ResultLine[]): string => {
  const header = ['scenario', 'metric', 'value', 'unit', 'baseline', 'ratio', 'target', ''];
  const rows = lines.map((l) => [
    l.scenario,
    l.metric,
    number(l.value),
    l.unit,
    l.baseline ?? '',
    l.ratio === null ? '' : `${l.ratio.toFixed(2)}×`,
    describeTarget(l.target),
    l.met === undefined ? '' : l.met ? 'met' : 'MISSED',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const numeric = new Set([2, 5]);
  const format = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (numeric.has(i) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [format(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(format)].join('\n');
};
