import { fc, it } from '@fast-check/vitest';
import { domainRegistry, type ManagementReviewEvent } from '@mgmt-review/core';
import {
  type AsOf,
  createProjectionRunner,
  type EventRegistry,
  inMemoryCheckpoints,
  readHistory,
  replay,
} from '@mgmt-review/eventsourcing';
import { createHistoryWriter, historySteps } from '@mgmt-review/testing';
import { describe, expect } from 'vitest';
import { computeKpis, type KpiState, kpiProjection } from './index.js';

const registry = domainRegistry as EventRegistry<ManagementReviewEvent>;
const asOfKind = fc.constantFrom('recordedAt', 'occurredAt', 'position');

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

  it.prop([historySteps(), historySteps(), asOfKind], { numRuns: 50 })(
    'the KPIs as of a moment T (recorded by, effective at, or a position) equal the KPIs of the history written up to T',
    async (before, after, kind) => {
      const full = createHistoryWriter();
      await full.write(before);
      const events = [];
      for await (const event of readHistory(full.tenant, registry)) events.push(event);
      const last = events.at(-1);
      const t = last?.metadata.recordedAt ?? '2026-01-01T00:00:00.000Z';
      const moment: AsOf =
        kind === 'recordedAt'
          ? { recordedAt: t }
          : kind === 'occurredAt'
            ? { occurredAt: last?.metadata.occurredAt ?? t }
            : { position: last?.globalPosition ?? 0n };
      await full.write(after);

      const truncated = createHistoryWriter();
      await truncated.write(before);

      const asOf = await replay(full.tenant, registry, kpiProjection, { asOf: moment });
      const upToT = await replay(truncated.tenant, registry, kpiProjection);
      expect(asOf).toEqual(upToT);
      expect(reports(asOf, t)).toEqual(reports(upToT, t));
    },
  );
});
