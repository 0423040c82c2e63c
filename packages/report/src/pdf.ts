import { chromium } from 'playwright-core';

/** Where Debian's `chromium` package installs the browser; a browser is never downloaded. */
export const defaultChromiumPath = '/usr/bin/chromium';

/** How to print: which Chromium to drive. */
export interface PdfOptions {
  readonly executablePath?: string;
}

/**
 * Prints a pack's HTML to an A4 PDF with headless Chromium, with the page's own print style
 * (a page per section, repeated table headers). Every request the page makes is refused: the pack
 * is self-contained, so nothing is loaded.
 */
export const packPdf = async (html: string, options: PdfOptions = {}): Promise<Uint8Array> => {
  const browser = await chromium.launch({ executablePath: options.executablePath ?? defaultChromiumPath });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    await browser.close();
  }
};
