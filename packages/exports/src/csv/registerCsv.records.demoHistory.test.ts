import { createInMemoryDemoHistory, demoFacts } from '@mgmt-review/demo';
import {
  auditProgramme,
  consultationRegister,
  contextRegister,
  improvementLog,
  indicatorSeries,
  interestedPartyRegister,
  objectiveRegister,
} from '@mgmt-review/views';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ExportState, exportStateAsOf } from '../exportState.js';
import { cellText } from './cellText.js';
import { type CsvRegister, type CsvRegisterName, csvRegisters } from './registerColumns.js';
import { toRegisterCsv } from './registerCsv.js';

const tenantId = demoFacts.tenantId;
const now = demoFacts.now;
const facts = demoFacts.records;
const text = (value: unknown) => (value === undefined ? '' : String(value));
const sorted = (ids: Iterable<string | undefined>) => [...ids].sort();

/** The registers of the records a review rests on (6.2, 9.1, 9.2, 4.1, 4.2, 9.3.2 c, e, 10.1). */
const recordRegisters: readonly CsvRegisterName[] = [
  'objectives',
  'indicators',
  'audits',
  'auditFindings',
  'context',
  'climateDecisions',
  'parties',
  'consultations',
  'feedback',
  'improvements',
];

describe('the registers of the records a review rests on as CSV, read back by csv-parse', () => {
  let state: ExportState;
  beforeAll(async () => {
    const { tenant } = await createInMemoryDemoHistory();
    state = await exportStateAsOf(tenant);
  });

  const read = (name: CsvRegisterName) =>
    parse(toRegisterCsv(state, name, { tenantId, now }), { columns: true, relax_quotes: false }) as Record<
      string,
      string
    >[];

  it.each(recordRegisters)('the %s register: each record is its row of the register, cell by cell', (name) => {
    const register = csvRegisters[name] as CsvRegister<unknown>;
    const rows = register.rows(state.views, now);
    expect(rows.length).toBeGreaterThan(0);
    const records = read(name);
    expect(records.map((r) => Object.keys(r))).toEqual(rows.map(() => register.columns.map((c) => c.header)));
    expect(records).toEqual(
      rows.map((row) => Object.fromEntries(register.columns.map((c) => [c.header, cellText(c.cell(row))]))),
    );
  });

  it('gives back every objective, with its status, target and latest measurement', () => {
    const rows = objectiveRegister(state.views, { now });
    const records = read('objectives');
    expect(sorted(records.map((r) => r.objectiveId))).toEqual(sorted(facts.objectiveIds));
    records.forEach((record, i) => {
      const row = rows[i]!;
      expect(record).toMatchObject({
        objectiveId: row.objectiveId,
        status: facts.objectiveStatuses[row.objectiveId],
        targetIndicatorId: text(row.target?.indicatorId),
        latestMeasurementValue: text(row.latestMeasurement?.value),
        dueDate: row.dueDate,
        overdue: text(row.overdue),
      });
    });
    expect(sorted(records.filter((r) => r.targetIndicatorId === '').map((r) => r.objectiveId))).toEqual(
      facts.notMeasurableObjectiveIds,
    );
  });

  it('gives back one record per indicator period, the corrected ones with the value they superseded', () => {
    const records = read('indicators');
    expect(records).toHaveLength(facts.measurements);
    const periods = indicatorSeries(state.views, { now }).flatMap((s) =>
      s.values.map((v) => ({ key: `${s.indicatorId}/${v.period}`, v })),
    );
    expect(records.map((r) => `${r.indicatorId}/${r.period}`)).toEqual(periods.map((p) => p.key));
    const corrected = records.filter((r) => r.supersededValue !== '');
    expect(sorted(corrected.map((r) => `${r.indicatorId}/${r.period}`))).toEqual(facts.correctedMeasurements);
    for (const record of corrected) {
      const period = periods.find((p) => p.key === `${record.indicatorId}/${record.period}`)!.v;
      expect(record.value).toBe(String(period.value));
      expect(record.supersededValue).toBe(String(period.corrections[0]?.previousValue));
      expect(record.supersededValue).not.toBe(record.value);
    }
    expect(sorted(records.filter((r) => r.breach === 'true').map((r) => `${r.indicatorId}/${r.period}`))).toEqual(
      facts.breaches,
    );
  });

  it('gives back one record per audit, and each finding with the audit it was found in', () => {
    const audits = auditProgramme(state.views, { now }).audits;
    const records = read('audits');
    expect(sorted(records.map((r) => r.auditId))).toEqual(
      sorted([...facts.internalAuditIds, ...facts.externalAuditIds]),
    );
    expect(records.map((r) => r.status)).toEqual(audits.map((a) => a.status));
    expect(records.map((r) => r.findingIds)).toEqual(audits.map((a) => a.findings.map((f) => f.findingId).join('; ')));
    const findings = read('auditFindings');
    expect(findings).toHaveLength(audits.reduce((n, a) => n + a.findings.length, 0));
    const auditOfNonConformity = Object.fromEntries(
      findings.filter((f) => f.kind === 'nonconformity').map((f) => [f.nonConformityId, f.auditId]),
    );
    expect(auditOfNonConformity).toEqual(facts.auditOfNonConformity);
  });

  it('gives back the context issues, the retired ones too, and the climate decision of each review', () => {
    const register = contextRegister(state.views, { now, includeRetired: true });
    const issues = read('context');
    expect(sorted(issues.map((r) => r.contextIssueId))).toEqual(sorted(facts.contextIssueIds));
    expect(issues.map((r) => r.status)).toEqual(register.issues.map((i) => i.status));
    expect(sorted(issues.filter((r) => r.retiredOn !== '').map((r) => r.contextIssueId))).toEqual(
      facts.retiredContextIssueIds,
    );
    expect(sorted(issues.filter((r) => r.changes !== '0').map((r) => r.contextIssueId))).toEqual(
      facts.changedContextIssueIds,
    );
    const decisions = read('climateDecisions');
    expect(Object.fromEntries(decisions.map((d) => [d.reviewId, d.relevant === 'true']))).toEqual(
      facts.climateRelevance,
    );
  });

  it('gives back one record per requirement of an interested party, at its latest revision', () => {
    const parties = interestedPartyRegister(state.views, {});
    const records = read('parties');
    expect(records.map((r) => `${r.interestedPartyId}/${r.requirementId}`)).toEqual(
      parties.flatMap((p) => p.requirements.map((q) => `${p.interestedPartyId}/${q.requirementId}`)),
    );
    expect(sorted(new Set(records.map((r) => r.interestedPartyId)))).toEqual(sorted(facts.interestedPartyIds));
    expect(sorted(records.filter((r) => r.climateRelated === 'true').map((r) => r.requirementId))).toEqual(
      facts.climateRelatedRequirementIds,
    );
    expect(sorted(records.filter((r) => r.withdrawnOn !== '').map((r) => r.requirementId))).toEqual(
      facts.withdrawnRequirementIds,
    );
    const { interestedPartyId, requirementId } = facts.confidentialityRequirement;
    const confidentiality = records.find(
      (r) => r.interestedPartyId === interestedPartyId && r.requirementId === requirementId,
    );
    expect(confidentiality?.addressedBy).toMatch(/^policy:/);
  });

  it('gives back each consultation, and each finding and feedback item with what was done with it', () => {
    const consultations = consultationRegister(state.views, { now });
    const records = read('consultations');
    expect(sorted(records.map((r) => r.consultationId))).toEqual(sorted(facts.consultationIds));
    expect(records.map((r) => r.responseRate)).toEqual(consultations.map((c) => text(c.results?.responseRate)));
    const items = read('feedback');
    const ids = (outcome: string) => sorted(items.filter((i) => i.outcome === outcome).map((i) => i.itemId));
    expect(ids('linked')).toEqual(facts.linkedItemIds);
    expect(ids('notActedOn')).toEqual(facts.reasonedItemIds);
    expect(ids('pending')).toEqual(facts.pendingItemIds);
    for (const item of items.filter((i) => i.outcome === 'linked')) {
      expect(item.links).toMatch(/^(reviewDecision|action|requirementChange|objective):/);
    }
  });

  it('gives back each improvement opportunity, with its status and the review decision that adopted it', () => {
    const opportunities = improvementLog(state.views, { now }).opportunities;
    const records = read('improvements');
    expect(records.map((r) => r.opportunityId)).toEqual(opportunities.map((o) => o.opportunityId));
    expect(Object.fromEntries(records.map((r) => [r.opportunityId, r.status]))).toEqual(facts.improvementStatuses);
    for (const adopted of facts.adoptedOpportunities) {
      const record = records.find((r) => r.opportunityId === adopted.opportunityId);
      expect(record).toMatchObject({
        decisionReviewId: adopted.reviewId,
        decisionId: adopted.decisionId,
        actionIds: adopted.actionIds.join('; '),
      });
    }
  });
});
