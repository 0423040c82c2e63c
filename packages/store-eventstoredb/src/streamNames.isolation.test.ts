import { fc, it as prop } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { streamNames } from './streamNames.js';

const tenantArb = fc.string({
  minLength: 1,
  maxLength: 12,
  unit: fc.constantFrom('a', 'B', '1', '-', '.', ':', '%', '_', ' ', 'é', '$', '😀'),
});
const streamIdArb = fc.stringMatching(/^[a-z][A-Za-z0-9]{0,5}-[A-Za-z0-9][A-Za-z0-9_.:-]{0,8}$/);
const namespaceArb = fc.option(tenantArb, { nil: undefined });

describe('stream names keep tenants apart', () => {
  it('names a tenant stream <tenant>.<streamId>, percent-encoding all but letters, digits and _', () => {
    expect(streamNames().tenantStream('acme', 'review-1')).toBe('acme.review-1');
    expect(streamNames().tenantStream('acme-eu.1', 'review-1')).toBe('acme%2Deu%2E1.review-1');
    expect(streamNames('run 7').tenantStream('acme', 'review-1')).toBe('run%207:acme.review-1');
    expect(streamNames().tenantRecord('acme-eu')).toBe('tenant-acme%2Deu');
    expect(streamNames('run 7').eventIdStream('acme', 'e-1')).toMatch(/^run%207:eventId-acme\.[0-9a-f-]{36}$/);
  });

  prop.prop([namespaceArb, tenantArb, tenantArb, streamIdArb], { numRuns: 200 })(
    "a tenant's filter prefix matches its own streams and no other tenant's, nor any record or index stream",
    (namespace, a, b, streamId) => {
      const names = streamNames(namespace);
      const prefix = names.tenantPrefix(a);
      expect(names.tenantStream(a, streamId).startsWith(prefix)).toBe(true);
      if (a !== b) {
        expect(names.tenantStream(b, streamId).startsWith(prefix)).toBe(false);
        expect(names.tenantRecord(b)).not.toBe(names.tenantRecord(a));
        expect(names.eventIdStream(b, streamId)).not.toBe(names.eventIdStream(a, streamId));
      }
      for (const other of [a, b]) {
        expect(names.tenantRecord(other).startsWith(prefix)).toBe(false);
        expect(names.eventIdStream(other, streamId).startsWith(prefix)).toBe(false);
      }
      expect(`${names.legacyClaimPrefix}${streamId}`.startsWith(prefix)).toBe(false);
      expect(names.tenantStream(a, streamId).startsWith('$')).toBe(false);
    },
  );

  prop.prop([tenantArb, tenantArb, streamIdArb], { numRuns: 100 })(
    "one namespace's streams never match another namespace's prefixes",
    (namespace, tenant, streamId) => {
      const other = `${namespace}x`;
      expect(
        streamNames(namespace).tenantStream(tenant, streamId).startsWith(streamNames(other).tenantPrefix(tenant)),
      ).toBe(false);
      expect(streamNames().tenantStream(tenant, streamId).startsWith(streamNames(namespace).tenantPrefix(tenant))).toBe(
        false,
      );
    },
  );
});
