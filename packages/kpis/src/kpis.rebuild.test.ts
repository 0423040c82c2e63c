import { fc, it } from '@fast-check/vitest';
import { domainRegistry, type ManagementReviewEvent } from '@mgmt-review/core';
import {
  type AsOf,
  createProjectionRunner,
  type EventRegistry,
  inMemoryCheckpoints,
  readHistory,
  replay,
  type TenantEventStore,
} from '@mgmt-review/eventsourcing';
import { propertyRuns } from '@mgmt-review/eventsourcing/testing';
import { createHistoryWriter, type HistoryStep, historySteps } from '@mgmt-review/testing';
import { describe, expect, test } from 'vitest';
import { computeKpis, type KpiId, type KpiState, kpiIds, kpiProjection } from './index.js';
import { createRecordsHistory, type SampleCommand } from './testing/recordsHistory.js';
import { recordsHistorySteps } from './testing/recordsSteps.js';

const registry = domainRegistry as EventRegistry<ManagementReviewEvent>;
const asOfKind = fc.constantFrom('recordedAt', 'occurredAt', 'position');
type AsOfKind = 'recordedAt' | 'occurredAt' | 'position';

/** The monthly and quarterly reports over the history's year, with the indicator series. */
const reports = (state: KpiState, now?: string) => [
  computeKpis(state, { from: '2026-01-01', to: '2026-12-31', period: 'month', now }),
  computeKpis(state, { from: '2026-01-01', to: '2027-06-30', period: 'quarter', now }),
];

/** A history written in parts: the review loop's random steps, or the records' sample commands. */
interface Writer<Part> {
  readonly tenant: TenantEventStore;
  write(part: Part): Promise<void>;
}

const loopWriter = (): Writer<HistoryStep[]> => createHistoryWriter();

const recordsWriter = (): Writer<readonly SampleCommand[]> => {
  const history = createRecordsHistory();
  return {
    tenant: history.tenant,
    write: async (commands) => {
      for (const command of commands) await history.attempt(command);
    },
  };
};

/** Rebuilding from position 0 and updating incrementally from a checkpoint give the same state and reports. */
const rebuildEqualsIncremental = async <Part>(writer: Writer<Part>, before: Part, after: Part) => {
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
};

/**
 * The state and reports as of the end of `before` (by recorded time, business time or position)
 * equal those of a history of `before` alone. Business time cuts cleanly only where `after` begins
 * later than `before` ends (`cleanCut`); elsewhere the position stands in for it.
 */
const asOfEqualsTruncated = async <Part>(
  writer: () => Writer<Part>,
  before: Part,
  after: Part,
  kind: AsOfKind,
  cleanCut = true,
) => {
  const full = writer();
  await full.write(before);
  const events = [];
  for await (const event of readHistory(full.tenant, registry)) events.push(event);
  const last = events.at(-1);
  const t = last?.metadata.recordedAt ?? '2000-01-01T00:00:00.000Z';
  const moment: AsOf =
    kind === 'recordedAt'
      ? { recordedAt: t }
      : kind === 'occurredAt' && cleanCut
        ? { occurredAt: last?.metadata.occurredAt ?? t }
        : { position: last?.globalPosition ?? 0n };
  await full.write(after);

  const truncated = writer();
  await truncated.write(before);

  const asOf = await replay(full.tenant, registry, kpiProjection, { asOf: moment });
  const upToT = await replay(truncated.tenant, registry, kpiProjection);
  expect(asOf).toEqual(upToT);
  const now = (last?.metadata.occurredAt ?? t).slice(0, 10);
  expect(reports(asOf, now)).toEqual(reports(upToT, now));
};

/** A history of the records and the point it is cut at. */
const recordsCut = recordsHistorySteps().chain((commands) =>
  fc.nat(commands.length).map((at) => ({
    before: commands.slice(0, at),
    after: commands.slice(at),
    cleanCut: at === 0 || at === commands.length || commands[at]!.data.at !== commands[at - 1]!.data.at,
  })),
);

/** The KPIs of the records a review rests on: those after the review loop's, in report order. */
const recordsKpis: readonly KpiId[] = kpiIds.slice(kpiIds.indexOf('indicatorBreaches'));

/** The review loop's random histories move every aggregate, the records a review rests on included. */
const loopRuns = { numRuns: propertyRuns(30) };

/** The KPIs above 0 in some quarter of some of the histories written by `writers`. */
const reachedBy = async (writers: readonly Writer<never>[]): Promise<Set<string>> => {
  const reached = new Set<string>();
  for (const writer of writers) {
    const [, quarterly] = reports(await replay(writer.tenant, registry, kpiProjection));
    for (const row of quarterly!.rows) {
      for (const [id, cell] of Object.entries(row.values)) if ((cell.value ?? 0) > 0) reached.add(id);
    }
  }
  return reached;
};

describe('KPI projection', () => {
  test("the review loop's random histories reach every KPI of the records too", async () => {
    const writers = [];
    for (const steps of fc.sample(historySteps(), { numRuns: 20, seed: 12 })) {
      const writer = loopWriter();
      await writer.write(steps);
      writers.push(writer);
    }
    const reached = await reachedBy(writers as Writer<never>[]);
    expect(recordsKpis.filter((id) => !reached.has(id))).toEqual([]);
  });

  it.prop([historySteps(), historySteps()], loopRuns)(
    'rebuilding from position 0 gives the same KPIs as updating incrementally from a checkpoint',
    (before, after) => rebuildEqualsIncremental(loopWriter(), before, after),
  );

  it.prop([historySteps(), historySteps(), asOfKind], loopRuns)(
    'the KPIs as of a moment T (recorded by, effective at, or a position) equal the KPIs of the history written up to T',
    (before, after, kind) => asOfEqualsTruncated(loopWriter, before, after, kind),
  );
});

describe('KPI projection over the records a review rests on', () => {
  const runs = { numRuns: propertyRuns(30) };

  it.prop([recordsCut], runs)(
    'rebuilding from position 0 gives the same KPIs and indicator series as updating incrementally from a checkpoint',
    ({ before, after }) => rebuildEqualsIncremental(recordsWriter(), before, after),
  );

  it.prop([recordsCut, asOfKind], runs)(
    'the KPIs and indicator series as of a moment T (recorded by, effective at, or a position) equal those of the history written up to T',
    ({ before, after, cleanCut }, kind) => asOfEqualsTruncated(recordsWriter, before, after, kind, cleanCut),
  );

  test('the random histories reach every KPI of the records: each is above 0 in some period of some history', async () => {
    const writers = [];
    for (const commands of fc.sample(recordsHistorySteps(), { numRuns: 40, seed: 12 })) {
      const writer = recordsWriter();
      await writer.write(commands);
      writers.push(writer);
    }
    const reached = await reachedBy(writers as Writer<never>[]);
    expect(recordsKpis.filter((id) => !reached.has(id))).toEqual([]);
  });
});
