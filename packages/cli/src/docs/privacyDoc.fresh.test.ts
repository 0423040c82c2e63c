import { readFileSync } from 'node:fs';
import { aggregates, domainRegistry } from '@mgmt-review/core';
import type * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { personalFieldsOf } from './personalFields.js';
import { privacyDoc } from './privacyDoc.js';

describe('docs/privacy.md', () => {
  it('is what the codecs generate today (run `npm run docs:privacy` after marking or unmarking a field)', () => {
    const onDisk = readFileSync(new URL('../../../../docs/privacy.md', import.meta.url), 'utf8');
    expect(onDisk).toBe(privacyDoc());
  });

  it('lists, for every event type, exactly the fields the store seals and erases, each with what it may hold', () => {
    for (const { events } of aggregates) {
      for (const definition of events) {
        const fields = personalFieldsOf(definition.codec as t.Mixed);
        expect(
          fields.map((f) => f.pattern),
          definition.type,
        ).toEqual([...domainRegistry.personalPaths(definition.type)]);
        for (const field of fields) expect(field.what, `${definition.type} ${field.pattern}`).not.toBe('(not said)');
      }
    }
  });

  it('names free text as personal and leaves ids, dates and labels out', () => {
    const doc = privacyDoc();
    expect(doc).toContain('| NonConformityRaised | `description` |');
    expect(doc).toContain('| ActionCompleted | `evidence.*` |');
    expect(doc).toContain('| FeedbackRecorded | `summary` |');
    expect(doc).toContain('| ConsultationResultsRecorded | `findings.*.summary` |');
    expect(domainRegistry.personalPaths('NonConformityRaised')).not.toContain('requirement');
    expect(domainRegistry.personalPaths('ActionRaised')).not.toContain('owner.id');
    expect(doc).toMatch(/No personal fields: [^\n]*ReviewClosed/);
  });
});
