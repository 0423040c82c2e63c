import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSampleHistory } from '../sampleHistory.js';
import { startTestServer, type TestServer } from '../testHost.js';

/** Debian's chromium; playwright-core never downloads a browser. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const noBrowser = existsSync(CHROMIUM)
  ? undefined
  : `no Chromium at ${CHROMIUM} (install Debian's chromium or set CHROMIUM_PATH)`;
/** Set HOST_HTTP_SCREENSHOT=1 to write docs/screenshot.png again. */
const screenshotPath = fileURLToPath(new URL('../../docs/screenshot.png', import.meta.url));

let server: TestServer;
let address: string;

beforeAll(async () => {
  if (noBrowser !== undefined) return;
  server = await startTestServer();
  const host = await server.host();
  await writeSampleHistory(host.facade, 'acme');
  address = await host.app.listen({ port: 0, host: '127.0.0.1' });
}, 60_000);
afterAll(async () => server?.stop());

describe.skipIf(noBrowser !== undefined)(
  `the page in headless Chromium${noBrowser ? ` (skipped: ${noBrowser})` : ''}`,
  () => {
    it('loads, opens a review to show its decisions and actions, marks the overdue action, logs no error', async () => {
      const browser = await chromium.launch({ executablePath: CHROMIUM });
      try {
        const page = await browser.newPage({ viewport: { width: 1000, height: 1000 } });
        const errors: string[] = [];
        page.on('console', (message) => {
          if (message.type() === 'error') errors.push(message.text());
        });
        page.on('pageerror', (error) => errors.push(error.message));
        const response = await page.goto(`${address}/?tenant=acme&today=2026-09-01`);
        expect(response?.status()).toBe(200);

        await expect(page.locator('#reviews tbody tr').count()).resolves.toBe(2);
        await expect(page.locator('#actions tr.overdue').allTextContents()).resolves.toEqual([
          expect.stringContaining('Enforce FIDO2 keys for admins'),
        ]);
        await expect(page.locator('#answers li.answer').count()).resolves.toBeGreaterThan(10);
        const lastDecisions = page.locator('#answers li[data-question="last-decisions"] ul.evidence li');
        await expect(lastDecisions.first().isVisible()).resolves.toBe(true);
        await expect(lastDecisions.allTextContents()).resolves.toContainEqual(
          expect.stringContaining('DecisionRecorded review-q1-2026'),
        );

        await page.click('button.open[data-review="q1-2026"]');
        await page.locator('#review-detail ul.decisions li').first().waitFor();
        await expect(page.locator('#review-detail ul.decisions li').allTextContents()).resolves.toEqual([
          'improvement: Roll out phishing-resistant MFA',
          'resourceNeed: Fund an off-site backup copy',
        ]);
        await expect(page.locator('#review-detail ul.review-actions li').count()).resolves.toBe(3);
        await expect(page.locator('#review-detail li.overdue').count()).resolves.toBe(1);

        if (process.env.HOST_HTTP_SCREENSHOT === '1') await page.screenshot({ path: screenshotPath });
        expect(errors).toEqual([]);
      } finally {
        await browser.close();
      }
    });
  },
);
