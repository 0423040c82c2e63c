import { describe, expect, it } from 'vitest';
import { stableUuid } from './stableIds.js';

describe('stable identifiers of exported items', () => {
  it('are the same for the same tenant, kind and id, whenever computed', () => {
    expect(stableUuid('acme', 'risk', 'R-01')).toBe(stableUuid('acme', 'risk', 'R-01'));
  });

  it('differ between two tenants with the same ids, and between kinds of the same id', () => {
    expect(stableUuid('acme', 'risk', 'R-01')).not.toBe(stableUuid('globex', 'risk', 'R-01'));
    expect(stableUuid('acme', 'risk', 'R-01')).not.toBe(stableUuid('acme', 'finding', 'R-01'));
  });

  it('are version-5 UUIDs', () => {
    expect(stableUuid('acme', 'review', 'MR-1')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});
