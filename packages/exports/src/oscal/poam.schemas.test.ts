import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInMemoryDemoHistory, demoFacts } from '@mgmt-review/demo';
import { nonConformityRegister, riskRegister } from '@mgmt-review/views';
import { Ajv, type ValidateFunction } from 'ajv';
import ajvFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ExportState, exportStateAsOf } from '../exportState.js';
import { toOscal106, toOscalPoam } from './poam.js';
import type { OscalPoamDocument } from './poamModel.js';

/**
 * The official NIST schemas, kept as test data in `packages/exports/testdata/oscal` (see its
 * MANIFEST.md for provenance and checksums), or in `OSCAL_SCHEMAS` to validate against another copy.
 */
const schemaDir = (): string =>
  process.env.OSCAL_SCHEMAS ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'testdata', 'oscal');

/** A validator as MANIFEST.md says: ajv's default (draft-07) class, ajv-formats, strict. */
const validatorFor = (version: '1.0.6' | '1.1.2'): ValidateFunction => {
  const ajv = new Ajv({ strict: true, allErrors: true });
  ajvFormats.default(ajv);
  return ajv.compile(JSON.parse(readFileSync(join(schemaDir(), version, 'oscal_poam_schema.json'), 'utf8')));
};

const tenantId = demoFacts.tenantId;
const now = demoFacts.now;
const V4_OR_V5 = /^[0-9a-f]{8}-[0-9a-f]{4}-[45][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Every `uuid` field of a document, with its path. */
const uuidsOf = (value: unknown, path = '$'): [string, string][] => {
  if (Array.isArray(value)) return value.flatMap((v, i) => uuidsOf(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) =>
    key === 'uuid' && typeof v === 'string'
      ? [[`${path}.${key}`, v] as [string, string]]
      : uuidsOf(v, `${path}.${key}`),
  );
};

const clone = (document: OscalPoamDocument): { 'plan-of-action-and-milestones': Record<string, unknown> } =>
  JSON.parse(JSON.stringify(document));

describe('the demo history as an OSCAL POA&M', () => {
  let state: ExportState;
  let document: OscalPoamDocument;
  let validate112: ValidateFunction;
  let validate106: ValidateFunction;
  beforeAll(async () => {
    const { tenant } = await createInMemoryDemoHistory();
    state = await exportStateAsOf(tenant);
    document = toOscalPoam(state, { tenantId, now });
    validate112 = validatorFor('1.1.2');
    validate106 = validatorFor('1.0.6');
  });

  it('validates against the OSCAL 1.1.2 POA&M schema, stating oscal-version 1.1.2 and a system-id', () => {
    expect(validate112(document), JSON.stringify(validate112.errors?.slice(0, 5), null, 2)).toBe(true);
    const plan = document['plan-of-action-and-milestones'];
    expect(plan.metadata['oscal-version']).toBe('1.1.2');
    expect(plan['system-id'].id).toMatch(V4_OR_V5);
    expect(plan.metadata.props).toContainEqual(
      expect.objectContaining({ name: 'history-position', value: String(state.details.position) }),
    );
  });

  it('validates against the OSCAL 1.0.6 schema once findings are left out, which 1.0.6 does not know', () => {
    expect(validate106(document)).toBe(false);
    const older = toOscal106(document);
    expect(validate106(older), JSON.stringify(validate106.errors?.slice(0, 5), null, 2)).toBe(true);
    expect(older['plan-of-action-and-milestones']['poam-items']).toHaveLength(
      document['plan-of-action-and-milestones']['poam-items'].length,
    );
  });

  it('maps each nonconformity to a finding on its requirement, not satisfied until closed, and each risk to a risk', () => {
    const plan = document['plan-of-action-and-milestones'];
    const ncs = nonConformityRegister(state.views, { now });
    expect(plan.findings).toHaveLength(demoFacts.counts.nonConformities);
    for (const n of ncs) {
      const finding = plan.findings!.find((f) => f.props.some((p) => p.value === n.nonConformityId))!;
      expect(finding.target.title).toBe(n.requirement);
      expect(finding.target.status.state).toBe(
        demoFacts.closedNonConformityIds.includes(n.nonConformityId) ? 'satisfied' : 'not-satisfied',
      );
    }
    const risks = riskRegister(state.views, { now, includeRetired: true });
    const byId = (riskId: string) =>
      plan.risks!.find((r) => r.props.some((p) => p.name === 'risk-id' && p.value === riskId))!;
    for (const r of risks) {
      const risk = byId(r.riskId);
      if (r.stage === 'accepted' && r.acceptance !== undefined && !r.acceptance.expired) {
        expect(risk.status).toBe('deviation-approved');
        expect(risk.deadline).toBe(`${r.acceptance.expiresOn}T23:59:59Z`);
        expect(risk['risk-log']?.entries[0]?.['status-change']).toBe('deviation-approved');
      }
      if (r.inherent !== undefined) {
        expect(risk.characterizations?.[0]?.facets.map((f) => [f.name, f.value])).toEqual([
          ['likelihood', String(r.inherent.likelihood)],
          ['impact', String(r.inherent.impact)],
          ['level', String(r.inherent.score)],
        ]);
      }
    }
    expect(plan.risks!.filter((r) => r.status === 'deviation-approved').length).toBeGreaterThan(0);
    for (const id of demoFacts.exceptionRiskIds) {
      expect(byId(id)['risk-log']?.entries[0]?.description).toMatch(/Above appetite, as an exception/);
    }
    for (const id of demoFacts.retiredRiskIds) expect(byId(id).status).toBe('closed');
    for (const id of demoFacts.expiredAcceptanceRiskIds) expect(byId(id).status).toBe('open');
    const milestones = plan.risks!.flatMap((r) => r.remediations ?? []).flatMap((m) => m.tasks);
    expect(milestones.length).toBeGreaterThan(0);
    expect(plan.observations?.length).toBeGreaterThan(0);
  });

  it('names on the finding of each nonconformity raised in an audit that audit and its finding', () => {
    const plan = document['plan-of-action-and-milestones'];
    const propOf = (props: readonly { name: string; value: string }[], name: string) =>
      props.find((p) => p.name === name)?.value;
    const auditOf = Object.fromEntries(
      (plan.findings ?? []).flatMap((f) => {
        const auditId = propOf(f.props, 'audit-id');
        return auditId === undefined ? [] : [[propOf(f.props, 'nonconformity-id'), auditId]];
      }),
    );
    expect(Object.keys(auditOf).length).toBeGreaterThan(0);
    expect(auditOf).toEqual(demoFacts.records.auditOfNonConformity);
    for (const f of plan.findings ?? []) {
      expect(propOf(f.props, 'audit-id') === undefined).toBe(propOf(f.props, 'audit-finding-id') === undefined);
    }
  });

  it('gives every item a version-5 UUID, unique in the document and the same in a second export', async () => {
    const uuids = uuidsOf(document);
    expect(uuids.filter(([, u]) => !V4_OR_V5.test(u))).toEqual([]);
    expect(new Set(uuids.map(([, u]) => u)).size).toBe(uuids.length);
    const { tenant } = await createInMemoryDemoHistory();
    const again = toOscalPoam(await exportStateAsOf(tenant), { tenantId, now: '2027-01-01T00:00:00Z' });
    const itemIds = (d: OscalPoamDocument) => uuidsOf(d['plan-of-action-and-milestones']['poam-items']);
    expect(itemIds(again)).toEqual(itemIds(document));
    expect(uuidsOf(again['plan-of-action-and-milestones'].risks)).toEqual(
      uuidsOf(document['plan-of-action-and-milestones'].risks),
    );
    expect(() => toOscalPoam(state, { tenantId: 'globex', now })).toThrow(/tenant acme, not globex/);
  });

  const broken: [string, (plan: Record<string, unknown>) => void][] = [
    ['missing oscal-version', (plan) => delete (plan.metadata as Record<string, unknown>)['oscal-version']],
    ['empty poam-items', (plan) => (plan['poam-items'] = [])],
    ['a version-1 UUID', (plan) => (plan.uuid = '6ba7b810-9dad-11d1-80b4-00c04fd430c8')],
    [
      'a date-time without offset',
      (plan) => ((plan.metadata as Record<string, unknown>)['last-modified'] = '2026-09-30T18:00:00'),
    ],
    ['an unknown property', (plan) => (plan['remediation-notes'] = 'none')],
  ];

  it.each(broken)('rejects a document with %s, against both schema versions', (_, breakIt) => {
    const newer = clone(document);
    breakIt(newer['plan-of-action-and-milestones']);
    expect(validate112(newer)).toBe(false);
    const older = clone(toOscal106(document));
    breakIt(older['plan-of-action-and-milestones']);
    expect(validate106(older)).toBe(false);
  });
});
