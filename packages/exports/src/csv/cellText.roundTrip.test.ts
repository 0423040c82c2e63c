import { fc, it } from '@fast-check/vitest';
import { propertyRuns } from '@mgmt-review/eventsourcing/testing';
import { parse } from 'csv-parse/sync';
import { describe, expect } from 'vitest';
import { cellText } from './cellText.js';
import { rfc4180 } from './rfc4180.js';

/** Text with the characters that matter here: formula starts, spaces, NULs, quotes, commas, line breaks. */
const awkwardText = fc.string({
  unit: fc.oneof(
    fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', ' ', '\0', '"', ',', "'"),
    fc.string({ minLength: 1, maxLength: 1 }),
  ),
  maxLength: 12,
});

const FORMULA_START = /^[ \0]*[=+\-@\t\r]/;

describe('a text cell written to CSV and read back', () => {
  it.prop([fc.array(awkwardText, { minLength: 1, maxLength: 5 })], { numRuns: propertyRuns(200) })(
    'never reads back as a formula, and is the original text once the added quote is taken off (RFC 4180 quoting keeps line breaks, quotes and commas in their field)',
    (cells) => {
      const csv = rfc4180([cells.map(cellText)]);
      const [record] = parse(csv, { relax_column_count: false }) as string[][];
      expect(record).toHaveLength(cells.length);
      record!.forEach((read, i) => {
        expect(FORMULA_START.test(read)).toBe(false);
        expect(FORMULA_START.test(cells[i]!) ? read.slice(1) : read).toBe(cells[i]);
      });
    },
  );
});
