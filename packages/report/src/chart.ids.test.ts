import { describe, expect, it } from 'vitest';
import { type ChartSpec, renderChartSvg, renumberSvgIds } from './chart.js';

/** A chart whose marks are clipped: Vega gives it a clip path with a counter-numbered id. */
const clipped: ChartSpec = {
  id: 'clipped',
  title: 'Clipped',
  description: 'An area clipped to its plot.',
  columns: [
    { field: 'period', heading: 'Period' },
    { field: 'value', heading: 'Value' },
  ],
  rows: [
    { period: '2026-Q1', value: 3 },
    { period: '2026-Q2', value: 5 },
    { period: '2026-Q3', value: 2 },
  ],
  view: {
    mark: { type: 'area', clip: true },
    encoding: {
      x: { field: 'period', type: 'ordinal' },
      y: { field: 'value', type: 'quantitative', scale: { domain: [0, 4] } },
    },
  },
};

describe('chart ids', () => {
  it('the same chart rendered twice gives the same SVG, its clip path named with the page prefix', async () => {
    const first = await renderChartSvg(clipped, 'chart7');
    const second = await renderChartSvg(clipped, 'chart7');
    expect(second).toBe(first);
    const ids = [...first.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(id).toMatch(/^chart7-\d+$/);
    for (const ref of first.matchAll(/url\(#([^)]+)\)/g)) expect(ids).toContain(ref[1]);
  });

  it('two charts on one page share no id', async () => {
    const a = await renderChartSvg(clipped, 'chart1');
    const b = await renderChartSvg(clipped, 'chart2');
    const idsOf = (svg: string) => new Set([...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    for (const id of idsOf(a)) expect(idsOf(b).has(id)).toBe(false);
  });

  it('renumbering names ids in order of appearance and rewrites their references, leaving others alone', () => {
    const svg =
      '<svg><clipPath id="clip42"><rect/></clipPath><g clip-path="url(#clip42)"/><g fill="url(#outside)"/><use href="#clip42"/></svg>';
    expect(renumberSvgIds(svg, 'p')).toBe(
      '<svg><clipPath id="p-1"><rect/></clipPath><g clip-path="url(#p-1)"/><g fill="url(#outside)"/><use href="#p-1"/></svg>',
    );
  });
});
