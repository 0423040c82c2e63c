import { escapeHtml } from './markup.js';
import { packStyle } from './style.js';

/**
 * A whole page: self-contained (inline style and SVG), with a content security policy that lets
 * it load nothing and run no script.
 */
export const htmlPage = (title: string, header: string, sections: readonly string[], footer: string): string =>
  [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${packStyle}</style>`,
    '</head>',
    '<body>',
    `<header class="pack">${header}</header>`,
    '<main>',
    ...sections,
    '</main>',
    `<footer class="pack">${footer}</footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
