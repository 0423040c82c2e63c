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
import {
  actionRegister,
  auditProgramme,
  calendar,
  followUps,
  indicatorSeries,
  nonConformityRegister,
  objectiveRegister,
  reviewBoard,
  riskRegister,
} from './index.js';
import { viewsProjection } from './projection.js';
import { consultationRegister } from './queries/consultationRegister.js';
import { contextRegister } from './queries/contextRegister.js';
import { improvementLog } from './queries/improvementLog.js';
import { interestedPartyRegister } from './queries/interestedPartyRegister.js';
import type { ViewsState } from './state.js';

const registry = domainRegistry as EventRegistry<ManagementReviewEvent>;
const asOfKind = fc.constantFrom('recordedAt', 'occurredAt', 'position');

/** Everything a host reads from the views, on one day. */
const answers = (state: ViewsState, now: string) => ({
  reviews: reviewBoard(state, { now }),
  actions: actionRegister(state, { now }),
  nonConformities: nonConformityRegister(state, { now }),
  risks: riskRegister(state, { now, includeRetired: true }),
  calendar: calendar(state, { now, horizon: 30 }),
  followUps: followUps(state, { now, horizon: 30 }),
  context: contextRegister(state, { now, includeRetired: true }),
  contextSince: contextRegister(state, { now, changedSince: '2026-03-01' }),
  interestedParties: interestedPartyRegister(state),
  interestedPartiesSince: interestedPartyRegister(state, { changedSince: '2026-03-01' }),
  consultations: consultationRegister(state, { now }),
  improvements: improvementLog(state, { now, period: 'month' }),
  objectives: objectiveRegister(state, { now }),
  indicators: indicatorSeries(state, { now }),
  audits: auditProgramme(state, { now }),
});

describe('views projection', () => {
  it.prop([historySteps(), historySteps(), fc.nat(400)], { numRuns: 60 })(
    'rebuilding from position 0 gives the same views as updating incrementally from a checkpoint',
    async (before, after, laterDays) => {
      const writer = createHistoryWriter();
      await writer.write(before);
      const checkpoints = inMemoryCheckpoints<ViewsState>();
      const first = createProjectionRunner({
        store: writer.tenant,
        registry,
        projection: viewsProjection,
        checkpoints,
      });
      await first.start();
      await first.whenCaughtUp();
      await first.stop();

      await writer.write(after);
      const second = createProjectionRunner({
        store: writer.tenant,
        registry,
        projection: viewsProjection,
        checkpoints,
      });
      await second.start();
      const incremental = await second.whenCaughtUp();
      await second.stop();

      const rebuilt = await replay(writer.tenant, registry, viewsProjection);
      expect(incremental).toEqual(rebuilt);
      const now = new Date(Date.parse(writer.lastAt) + laterDays * 86_400_000).toISOString();
      expect(answers(incremental, now)).toEqual(answers(rebuilt, now));
    },
  );

  it.prop([historySteps(), historySteps(), fc.nat(400), asOfKind], { numRuns: 60 })(
    'the views as of a moment T (recorded by, effective at, or a position) equal the views of the history written up to T',
    async (before, after, laterDays, kind) => {
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

      const asOf = await replay(full.tenant, registry, viewsProjection, { asOf: moment });
      const upToT = await replay(truncated.tenant, registry, viewsProjection);
      expect(asOf).toEqual(upToT);
      const now = new Date(Date.parse(t) + laterDays * 86_400_000).toISOString();
      expect(answers(asOf, now)).toEqual(answers(upToT, now));
    },
  );
});
