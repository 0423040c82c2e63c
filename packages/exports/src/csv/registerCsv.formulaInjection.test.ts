import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { actionsTitled } from '../testing/writtenHistory.js';
import { cellText } from './cellText.js';
import { neutralise } from './neutralise.js';
import { toRegisterCsv } from './registerCsv.js';

const titles = {
  hyperlink: '=HYPERLINK("http://x","y")',
  spacedFormula: '  =1+1',
  plain: 'Rotate the backup keys, then test a restore',
};

describe('spreadsheet formula injection in the CSV export', () => {
  it('a title =HYPERLINK("http://x","y") and one of spaces then = come out neutralised; others unchanged', async () => {
    const state = await actionsTitled(titles);
    const csv = toRegisterCsv(state, 'actions', { tenantId: 'acme', now: '2026-05-02' });
    const records = parse(csv, { columns: true }) as Record<string, string>[];
    const titleOf = (id: string) => records.find((r) => r.actionId === id)?.title;
    expect(titleOf('hyperlink')).toBe(`'${titles.hyperlink}`);
    expect(titleOf('spacedFormula')).toBe(`'${titles.spacedFormula}`);
    expect(titleOf('plain')).toBe(titles.plain);
    expect(csv).toContain('"\'=HYPERLINK(""http://x"",""y"")"');
  });

  it.each([['=1+1'], ['+1'], ['-1'], ['@SUM(A1)'], ['\tx'], ['\rx'], ['   =1'], ['\0=1'], [' \0 +1']])(
    'neutralises %j',
    (cell) => {
      expect(neutralise(cell)).toBe(`'${cell}`);
    },
  );

  it.each([['x=1'], ['2026-06-30'], [''], ['  text'], ["'=already"]])('keeps %j as it is', (cell) => {
    expect(neutralise(cell)).toBe(cell);
  });

  it('writes numbers as numbers, a negative one included, and neutralises text in lists', () => {
    expect(cellText(-3)).toBe('-3');
    expect(cellText(false)).toBe('false');
    expect(cellText(undefined)).toBe('');
    expect(cellText(['=cmd', 'A.8.13'])).toBe("'=cmd; A.8.13");
  });
});
