import { createManagementReview, domainRegistry } from '@mgmt-review/core';
import { createInMemoryEventStore, sequentialIds } from '@mgmt-review/eventsourcing';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { exportStateAsOf } from '../exportState.js';
import { cellText } from './cellText.js';
import { neutralise } from './neutralise.js';
import { toRegisterCsv } from './registerCsv.js';

const titles = {
  hyperlink: '=HYPERLINK("http://x","y")',
  spacedFormula: '  =1+1',
  plain: 'Rotate the backup keys, then test a restore',
};

/** A history of three actions, one per title, raised through the domain's commands. */
const historyWithTitles = async () => {
  const clock = { now: () => '2026-05-01T09:00:00.000Z' };
  const store = createInMemoryEventStore({ registry: domainRegistry, clock, ids: sequentialIds('event') });
  const t = createManagementReview({ store, clock, ids: sequentialIds('cmd') }).forTenantAsync('acme');
  const owner = { id: 'u-it', role: 'itLead' };
  for (const [actionId, title] of Object.entries(titles)) {
    await t.actions.raise(
      {
        actionId,
        origin: 'reviewDecision',
        originId: 'r1',
        decisionId: 'r1-d1',
        title,
        owner,
        dueDate: '2026-06-30',
        at: '2026-05-01T09:00:00Z',
      },
      { actor: { id: 'u-ciso', role: 'ciso' } },
    );
  }
  return exportStateAsOf(store.forTenant('acme'));
};

describe('spreadsheet formula injection in the CSV export', () => {
  it('a title =HYPERLINK("http://x","y") and one of spaces then = come out neutralised; others unchanged', async () => {
    const state = await historyWithTitles();
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
