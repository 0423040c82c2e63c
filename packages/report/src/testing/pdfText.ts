import { inflateSync } from 'node:zlib';

/**
 * Just enough of PDF to check what Chromium printed: the objects, their Flate streams, the
 * fonts' ToUnicode maps, and the text shown by each page's content. Not a general PDF reader.
 */

interface PdfObject {
  readonly dictionary: string;
  readonly stream: Buffer | undefined;
}

const objectsOf = (pdf: Uint8Array): Map<string, PdfObject> => {
  const bytes = Buffer.from(pdf);
  const text = bytes.toString('latin1');
  const objects = new Map<string, PdfObject>();
  for (const match of text.matchAll(/(\d+) (\d+) obj\b/g)) {
    const start = match.index! + match[0].length;
    const end = text.indexOf('endobj', start);
    const body = text.slice(start, end);
    const streamAt = body.indexOf('stream');
    if (streamAt < 0) {
      objects.set(`${match[1]} ${match[2]}`, { dictionary: body, stream: undefined });
      continue;
    }
    const dictionary = body.slice(0, streamAt);
    let dataStart = start + streamAt + 'stream'.length;
    if (text[dataStart] === '\r') dataStart += 1;
    if (text[dataStart] === '\n') dataStart += 1;
    const length = Number(/\/Length (\d+)/.exec(dictionary)?.[1] ?? '0');
    const raw = bytes.subarray(dataStart, dataStart + length);
    objects.set(`${match[1]} ${match[2]}`, {
      dictionary,
      stream: dictionary.includes('/FlateDecode') ? inflateSync(raw) : Buffer.from(raw),
    });
  }
  return objects;
};

/** The pages of a PDF: objects whose type is `/Page`. */
export const pdfPageCount = (pdf: Uint8Array): number =>
  [...objectsOf(pdf).values()].filter((o) => /\/Type\s*\/Page\b(?!s)/.test(o.dictionary)).length;

const hexCodes = (hex: string, width: number): number[] => {
  const codes: number[] = [];
  for (let i = 0; i + width <= hex.length; i += width) codes.push(Number.parseInt(hex.slice(i, i + width), 16));
  return codes;
};

const toUnicodeOf = (cmap: string): Map<number, string> => {
  const map = new Map<number, string>();
  const unicode = (hex: string) => String.fromCodePoint(...hexCodes(hex, 4));
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      map.set(Number.parseInt(m[1]!, 16), unicode(m[2]!));
    }
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const from = Number.parseInt(m[1]!, 16);
      const to = Number.parseInt(m[2]!, 16);
      const first = Number.parseInt(m[3]!, 16);
      for (let code = from; code <= to; code += 1) map.set(code, String.fromCodePoint(first + code - from));
    }
  }
  return map;
};

/**
 * The text a PDF shows, page after page, as one string (line breaks of the layout are not kept:
 * compare with whitespace removed). Fonts are found by their resource names.
 */
export const pdfText = (pdf: Uint8Array): string => {
  const objects = objectsOf(pdf);
  const fonts = new Map<string, Map<number, string>>();
  for (const o of objects.values()) {
    const fontDict = /\/Font\s*<<([^>]*)>>/.exec(o.dictionary)?.[1];
    if (fontDict === undefined) continue;
    for (const m of fontDict.matchAll(/\/(\S+?)\s+(\d+ \d+) R/g)) {
      const font = objects.get(m[2]!);
      const cmapRef = /\/ToUnicode (\d+ \d+) R/.exec(font?.dictionary ?? '')?.[1];
      const cmap = cmapRef === undefined ? undefined : objects.get(cmapRef)?.stream?.toString('latin1');
      if (cmap !== undefined) fonts.set(m[1]!, toUnicodeOf(cmap));
    }
  }
  const shown: string[] = [];
  for (const o of objects.values()) {
    if (o.stream === undefined || !/\bBT\b/.test(o.stream.toString('latin1'))) continue;
    let font: Map<number, string> | undefined;
    const content = o.stream.toString('latin1');
    for (const m of content.matchAll(/\/(\S+?)\s+[\d.]+\s+Tf|\[((?:[^\]])*)\]\s*TJ|<([0-9A-Fa-f]*)>\s*Tj/g)) {
      if (m[1] !== undefined) {
        font = fonts.get(m[1]);
        continue;
      }
      const hexes = m[2] === undefined ? [m[3]!] : [...m[2].matchAll(/<([0-9A-Fa-f]*)>/g)].map((h) => h[1]!);
      for (const hex of hexes) for (const code of hexCodes(hex, 4)) shown.push(font?.get(code) ?? '');
    }
    shown.push('\n');
  }
  // Chromium prints ligatures (ﬁ, ﬂ) as one glyph: NFKC reads them as the letters they join.
  return shown.join('').normalize('NFKC');
};
