import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createInMemoryDemoHistory, demoFacts } from '@mgmt-review/demo';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultChromiumPath, type PackState, packStateOf, renderPack } from './index.js';
import { pdfPageCount, pdfText } from './testing/pdfText.js';

const noChromium = !existsSync(defaultChromiumPath);
const reviewId = demoFacts.lastHeldReviewId;
const now = demoFacts.now;

describe.skipIf(noChromium)(
  `the review pack in a real browser${noChromium ? ` (skipped: no Chromium at ${defaultChromiumPath}; install Debian's chromium)` : ''}`,
  () => {
    let state: PackState;
    let browser: Browser;
    const dir = mkdtempSync(join(tmpdir(), 'pack-'));
    beforeAll(async () => {
      const { tenant } = await createInMemoryDemoHistory();
      state = await packStateOf(tenant);
      browser = await chromium.launch({ executablePath: defaultChromiumPath });
    }, 60_000);
    afterAll(async () => {
      await browser?.close();
    });

    it('opens from a file with no console error and no network request, every chart drawn and its data beside it', async () => {
      const file = join(dir, 'agenda.html');
      writeFileSync(file, (await renderPack(state, { reviewId, kind: 'agenda', format: 'html', now })) as string);
      const page = await browser.newPage({ viewport: { width: 900, height: 1270 } });
      const problems: string[] = [];
      const requests: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
      });
      page.on('pageerror', (e) => problems.push(e.message));
      page.on('request', (r) => {
        if (r.url() !== pathToFileURL(file).href) requests.push(r.url());
      });
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      const figures = await page.$$eval('figure.chart', (all) =>
        all.map((f) => ({
          title: f.querySelector('figcaption strong')?.textContent ?? '',
          alt: f.querySelector('figcaption span')?.textContent ?? '',
          marks: f.querySelectorAll('svg path, svg rect, svg line').length,
          width: f.querySelector('svg')?.getBoundingClientRect().width ?? 0,
          height: f.querySelector('svg')?.getBoundingClientRect().height ?? 0,
          dataRows: f.querySelectorAll('table tbody tr').length,
        })),
      );
      expect(figures.length).toBe(4);
      for (const f of figures) {
        expect(f.title, f.title).not.toBe('');
        expect(f.alt, f.title).not.toBe('');
        expect(f.marks, f.title).toBeGreaterThan(10);
        expect(f.width, f.title).toBeGreaterThan(100);
        expect(f.height, f.title).toBeGreaterThan(100);
        expect(f.dataRows, f.title).toBeGreaterThan(0);
      }
      expect(await page.$$eval('script', (s) => s.length)).toBe(0);
      mkdirSync('test-results', { recursive: true });
      await page.screenshot({ path: 'test-results/pack-first-page.png' });
      await page.close();
      expect(problems).toEqual([]);
      expect(requests).toEqual([]);
    }, 60_000);

    it('prints the minutes to an A4 PDF of more than one page holding every decision', async () => {
      const pdf = (await renderPack(state, { reviewId, kind: 'minutes', format: 'pdf', now })) as Uint8Array;
      writeFileSync(join(dir, 'minutes.pdf'), pdf);
      expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
      expect(pdfPageCount(pdf)).toBeGreaterThan(1);
      const text = pdfText(pdf).replace(/\s+/g, '');
      const decisions = state.views.reviews.get(reviewId)!.decisions;
      expect(decisions.length).toBeGreaterThan(0);
      for (const d of decisions) expect(text, d.decisionId).toContain(d.description.replace(/\s+/g, ''));
    }, 60_000);
  },
);
