import { createInMemoryDemoHistory, demoFacts } from '@mgmt-review/demo';
import { describe, expect, it } from 'vitest';
import { type PackState, packStateOf, renderChartSvg, renderPack, trendSections } from './index.js';

const reviewId = demoFacts.lastHeldReviewId;
const now = demoFacts.now;

const freshState = async (): Promise<PackState> => packStateOf((await createInMemoryDemoHistory()).tenant);

const allPacks = async (state: PackState) => ({
  agenda: await renderPack(state, { reviewId, kind: 'agenda', format: 'html', now }),
  nextAgenda: await renderPack(state, { reviewId: demoFacts.nextReviewId, kind: 'agenda', format: 'html', now }),
  minutes: await renderPack(state, { reviewId, kind: 'minutes', format: 'html', now }),
  markdown: await renderPack(state, { reviewId, kind: 'minutes', format: 'md', now }),
});

describe('the review pack is deterministic', () => {
  it('two runs over the same history give byte-identical HTML and Markdown, whatever was rendered in between', async () => {
    const first = await allPacks(await freshState());
    // Vega numbers clip paths and gradients from a process-wide counter: move it on between the runs.
    const state = await freshState();
    const spare = {
      id: 'spare',
      title: 'Spare',
      description: 'A clipped area, rendered only to move the counter on.',
      columns: [],
      rows: [{ period: '2026-Q1', value: 1 }],
      view: {
        mark: { type: 'area', clip: true },
        encoding: { x: { field: 'period', type: 'ordinal' }, y: { field: 'value', type: 'quantitative' } },
      },
    };
    await renderChartSvg(spare, 'spare');
    const second = await allPacks(state);
    expect(second.agenda).toBe(first.agenda);
    expect(second.nextAgenda).toBe(first.nextAgenda);
    expect(second.minutes).toBe(first.minutes);
    expect(second.markdown).toBe(first.markdown);
  }, 60_000);

  it('every id on a page is unique, and the page holds no script and no outside reference', async () => {
    const html = (await renderPack(await freshState(), { reviewId, kind: 'agenda', format: 'html', now })) as string;
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(10);
    expect(new Set(ids).size).toBe(ids.length);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|src="|@import/i);
    expect(html.match(/<svg /g)?.length).toBe(trendSections.length);
  }, 60_000);
});
