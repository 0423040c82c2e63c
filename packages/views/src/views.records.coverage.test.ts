import { fc } from '@fast-check/vitest';
import { domainRegistry, type ManagementReviewEvent } from '@mgmt-review/core';
import { type EventRegistry, replay } from '@mgmt-review/eventsourcing';
import { historySteps, writeHistory } from '@mgmt-review/testing';
import { describe, expect, it } from 'vitest';
import { viewsProjection } from './projection.js';

const registry = domainRegistry as EventRegistry<ManagementReviewEvent>;

/** The rebuild and as-of properties (views.rebuild.test.ts) are only as good as what their histories reach. */
describe('the random histories the views properties run over', () => {
  it('the random histories reach the objective register, the series and the audit programme: evaluations, revisions, analyses, findings and their NCs', async () => {
    const seen = new Set<string>();
    for (const steps of fc.sample(historySteps(150, 200), { numRuns: 6, seed: 7 })) {
      const state = await replay((await writeHistory(steps)).tenant, registry, viewsProjection);
      for (const o of state.objectives.values()) {
        if (o.progress !== undefined) seen.add('progress evaluated');
        if (o.revisions > 0) seen.add('objective revised');
        if (o.status !== 'set') seen.add(`objective ${o.status}`);
      }
      for (const i of state.indicators.values()) {
        for (const p of i.periods.values()) {
          if (p.analysis !== undefined) seen.add('period analysed');
          if (p.breach) seen.add('breach');
        }
      }
      for (const a of state.audits.values()) {
        seen.add(`audit ${a.status}`);
        for (const f of a.findings) seen.add(`finding ${f.kind}`);
      }
    }
    expect([...seen]).toEqual(
      expect.arrayContaining([
        'progress evaluated',
        'objective revised',
        'objective achieved',
        'period analysed',
        'breach',
        'audit closed',
        'finding nonconformity',
      ]),
    );
  });
});
