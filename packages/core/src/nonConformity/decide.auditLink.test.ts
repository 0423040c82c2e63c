import { isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { nonConformitySamples } from '../testing/samples.js';
import { nonConformitySpec } from '../testing/specs.js';
import { nonConformityRaised } from './events.js';

const { raise } = nonConformitySamples('nc-1', 'major');
const fromAudit = { ...raise, data: { ...raise.data, auditId: 'au-2026-1' } };

describe('a nonconformity found by an audit names it (9.2, 10.2)', () => {
  it('is raised naming the audit that found it', () => {
    nonConformitySpec
      .given([])
      .when(fromAudit)
      .then([{ type: 'NonConformityRaised', data: fromAudit.data }]);
  });

  it('is raised from an external audit naming it', () => {
    const external = { ...fromAudit, data: { ...fromAudit.data, source: 'externalAudit' as const } };
    nonConformitySpec
      .given([])
      .when(external)
      .then([{ type: 'NonConformityRaised', data: external.data }]);
  });

  it('refuses an audit named by a nonconformity that no audit found', () => {
    nonConformitySpec
      .given([])
      .when({ ...fromAudit, data: { ...fromAudit.data, source: 'incident' } })
      .then({ _tag: 'RuleBroken', rule: '9.2' });
  });

  it('still reads a nonconformity raised before audits were recorded, without an audit', () => {
    const { auditId: _, ...stored } = fromAudit.data;
    const decoded = nonConformityRaised.codec.decode(JSON.parse(JSON.stringify(stored)));
    expect(isRight(decoded) && decoded.right).toEqual(stored);
  });
});
