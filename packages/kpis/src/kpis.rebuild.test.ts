import { it } from '@fast-check/vitest';
import { domainRegistry, type ManagementReviewEvent } from '@mgmt-review/core';
import {
  createProjectionRunner,
  type EventRegistry,
  inMemoryCheckpoints,
  readHistory,
  replay,
} from '@mgmt-review/eventsourcing';
import { describe, expect } from 'vitest';
import { createHistoryWriter, historySteps } from './fixtures/randomHistory.js';
import { computeKpis, type KpiState, kpiProjection } from './index.js';

const registry = domainRegistry as EventRegistry<ManagementReviewEvent>;

/** The monthly and quarterly reports over the history's year. */
const reports = (state: KpiState, now?: string) => [
  computeKpis(state, { from: '2026-01-01', to: '2026-12-31', period: 'month', now }),
  computeKpis(state, { from: '2026-01-01', to: '2027-06-30', period: 'quarter', now }),
];

describe('KPI projection', () => {
  it.prop([historySteps(), historySteps()], { numRuns: 50 })(
    'rebuilding from position 0 gives the same KPIs as updating incrementally from a checkpoint',
    async (before, after) => {
      const writer = createHistoryWriter();
      await writer.write(before);
      const checkpoints = inMemoryCheckpoints<KpiState>();
      const first = createProjectionRunner({ store: writer.tenant, registry, projection: kpiProjection, checkpoints });
      await first.start();
      await first.whenCaughtUp();
      await first.stop();

      await writer.write(after);
      const second = createProjectionRunner({ store: writer.tenant, registry, projection: kpiProjection, checkpoints });
      await second.start();
      const incremental = await second.whenCaughtUp();
      await second.stop();

      const rebuilt = await replay(writer.tenant, registry, kpiProjection);
      expect(incremental).toEqual(rebuilt);
      expect(reports(incremental)).toEqual(reports(rebuilt));
    },
  );

  it.prop([historySteps(), historySteps()], { numRuns: 50 })(
    'the KPIs as of a time T equal the KPIs of the history written up to T',
    async (before, after) => {
      const full = createHistoryWriter();
      await full.write(before);
      const events = [];
      for await (const event of readHistory(full.tenant, registry)) events.push(event);
      const t = events.at(-1)?.metadata.recordedAt ?? '2026-01-01T00:00:00.000Z';
      await full.write(after);

      const truncated = createHistoryWriter();
      await truncated.write(before);

      const asOf = await replay(full.tenant, registry, kpiProjection, { asOf: { recordedAt: t } });
      const upToT = await replay(truncated.tenant, registry, kpiProjection);
      expect(asOf).toEqual(upToT);
      expect(reports(asOf, t)).toEqual(reports(upToT, t));
    },
  );
});
