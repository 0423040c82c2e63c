import { createInMemoryDemoHistory, demoFacts } from '@mgmt-review/demo';
import { actionRegister, nonConformityRegister, reviewBoard, riskRegister } from '@mgmt-review/views';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ExportState, exportStateAsOf } from '../exportState.js';
import { type CsvRegisterName, csvRegisters } from './registerColumns.js';
import { toRegisterCsv } from './registerCsv.js';

const tenantId = demoFacts.tenantId;
const now = demoFacts.now;
const text = (value: unknown) => (value === undefined ? '' : String(value));
/** The registers of the review and its improvement loop; the others are read back in `registerCsv.records.demoHistory.test.ts`. */
const reviewRegisters = [
  'reviews',
  'actions',
  'nonConformities',
  'risks',
] as const satisfies readonly CsvRegisterName[];

describe('the demo registers as CSV, read back by csv-parse', () => {
  let state: ExportState;
  beforeAll(async () => {
    const { tenant } = await createInMemoryDemoHistory();
    state = await exportStateAsOf(tenant);
  });

  const read = (csv: string, options: { comment?: string } = {}) =>
    parse(csv, { columns: true, bom: true, relax_quotes: false, ...options }) as Record<string, string>[];

  it.each(reviewRegisters)('the %s register: a header of its columns, then one record per row, in order', (name) => {
    const csv = toRegisterCsv(state, name, { tenantId, now });
    const header = (parse(csv, { to_line: 1 }) as string[][])[0];
    expect(header).toEqual(csvRegisters[name].columns.map((c) => c.header));
    const ids = {
      reviews: reviewBoard(state.views, { now }).map((r) => r.reviewId),
      actions: actionRegister(state.views, { now }).map((r) => r.actionId),
      nonConformities: nonConformityRegister(state.views, { now }).map((r) => r.nonConformityId),
      risks: riskRegister(state.views, { now, includeRetired: true }).map((r) => r.riskId),
    }[name];
    expect(ids.length).toBeGreaterThan(0);
    expect(read(csv).map((record) => Object.values(record)[0])).toEqual(ids);
  });

  it('gives back the action register field by field', () => {
    const rows = actionRegister(state.views, { now });
    const records = read(toRegisterCsv(state, 'actions', { tenantId, now }));
    expect(records).toHaveLength(demoFacts.counts.actions);
    records.forEach((record, i) => {
      const row = rows[i]!;
      expect(record, row.actionId).toMatchObject({
        actionId: row.actionId,
        title: row.title,
        status: row.status,
        ownerId: row.ownerId,
        dueDate: row.dueDate,
        slips: text(row.slips),
        percentComplete: text(row.percentComplete),
        overdue: text(row.overdue),
        closedOn: text(row.closedOn),
      });
    });
    expect(
      records
        .filter((r) => r.overdue === 'true')
        .map((r) => r.actionId)
        .sort(),
    ).toEqual(demoFacts.overdueActionIds);
  });

  it('gives back the risk register, acceptance and expiry included', () => {
    const rows = riskRegister(state.views, { now, includeRetired: true });
    const records = read(toRegisterCsv(state, 'risks', { tenantId, now }));
    expect(records).toHaveLength(demoFacts.counts.risks);
    records.forEach((record, i) => {
      const row = rows[i]!;
      expect(record).toMatchObject({
        riskId: row.riskId,
        scenario: row.scenario,
        stage: row.stage,
        inherentScore: text(row.inherent?.score),
        residualScore: text(row.residual?.score),
        acceptanceExpiresOn: text(row.acceptance?.expiresOn),
        controls: row.controls.join('; '),
      });
    });
  });

  it('writes CRLF records, an optional BOM, and an optional comment line naming the history position', () => {
    const plain = toRegisterCsv(state, 'reviews', { tenantId, now });
    expect(plain.startsWith('reviewId,')).toBe(true);
    expect(plain.split('\r\n').length).toBe(demoFacts.counts.reviews + 2);
    const marked = toRegisterCsv(state, 'reviews', { tenantId, now, bom: true, positionComment: true });
    expect(marked.startsWith(`\uFEFF# mgmt-review tenant=${tenantId} position=${state.details.position} `)).toBe(true);
    expect(read(marked, { comment: '#' })).toEqual(read(plain));
  });
});
