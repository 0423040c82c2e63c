import { deepStrictEqual } from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createInMemoryEventStore, type NewEvent, type StoredEvent } from '@mgmt-review/eventsourcing';
import { fastest, replayMeasurements, scaled } from '../measure.js';
import type { Measurement, Scenario } from '../scenario.js';
import { type TaskEvent, taskRegistry } from '../workload/taskEvents.js';
import { taskHistoryJson } from '../workload/taskHistory.js';
import { emptySummary, evolveSummary, type TaskSummary } from '../workload/taskSummary.js';

const HISTORY = 1_000_000;
const APPENDS = 200_000;

let history: { readonly scale: number; readonly json: string[] } | undefined;
/** The stored history both replays read, built once per run. */
const storedHistory = (scale: number, log: (m: string) => void): string[] => {
  if (history?.scale !== scale) {
    const count = scaled(HISTORY, scale, 10);
    const json = taskHistoryJson(count);
    const bytes = json.reduce((sum, s) => sum + s.length, 0);
    log(`history: ${count.toLocaleString('en-US')} events, ${Math.round(bytes / count)} bytes each on average`);
    history = { scale, json };
  }
  return history.json;
};

let baselineSummary: TaskSummary | undefined;

interface RawEvent {
  type: string;
  schemaVersion: number;
  data: Record<string, unknown>;
}

/** The baseline: what a hand-written reader does — parse, switch, read fields, no validation. */
const jsonFold = (json: readonly string[]): TaskSummary => {
  const s = emptySummary();
  for (let i = 0; i < json.length; i++) {
    const event = JSON.parse(json[i]!) as RawEvent;
    switch (event.type) {
      case 'TaskOpened':
        s.opened += 1;
        if (event.data.priority === 'high') s.highPriority += 1;
        break;
      case 'TaskProgressed':
        s.progressTotal +=
          event.schemaVersion === 1
            ? Number.parseInt(event.data.progress as string, 10)
            : (event.data.percent as number);
        break;
      case 'TaskReassigned':
        s.reassigned += 1;
        break;
      case 'TaskClosed':
        if (event.data.outcome === 'done') s.closedDone += 1;
        else s.closedDropped += 1;
        break;
    }
  }
  return s;
};

/** The kernel's replay: parse, decode through the registry (codec validation and upcasting), evolve. */
const kernelReplay = (json: readonly string[]): TaskSummary => {
  const s = emptySummary();
  for (let i = 0; i < json.length; i++) {
    const decoded = taskRegistry.decode(JSON.parse(json[i]!) as StoredEvent);
    if (decoded._tag === 'Left') throw new Error(decoded.left.message);
    evolveSummary(s, decoded.right as unknown as TaskEvent);
  }
  return s;
};

const actor = { id: 'user-1', role: 'owner' } as const;

/**
 * Appends `APPENDS` events, `perAppend` at a time, over 1,000 streams of a fresh in-memory store:
 * validation, versioning, canonical JSON and SHA-256 for each event.
 */
const appendThroughput = async (scale: number, perAppend: number, ownIds = false): Promise<Measurement[]> => {
  const appends = Math.ceil(scaled(APPENDS, scale, 100) / perAppend);
  const count = appends * perAppend;
  const batches: NewEvent[][] = Array.from({ length: appends }, (_, a) =>
    Array.from({ length: perAppend }, (_, j) => ({
      type: 'TaskProgressed',
      data: { taskId: `task-${a % 1000}`, percent: (a + j) % 100, note: 'on track' },
      metadata: { actor, occurredAt: '2026-01-01T00:00:00.000Z' },
      ...(ownIds ? { eventId: randomUUID() } : {}),
    })),
  );
  const timing = await fastest(
    async () => {
      const store = createInMemoryEventStore({ registry: taskRegistry }).forTenant('tenant-1');
      for (let a = 0; a < appends; a++) {
        const appended = await store.append(`task-${a % 1000}`, batches[a]!);
        if (appended._tag === 'Left') throw new Error(appended.left.message);
      }
    },
    { warmups: 1, repeats: 5 },
  );
  return [
    { metric: 'throughput', value: (count / timing.wallMs) * 1000, unit: 'events/s' },
    { metric: 'cpu throughput', value: (count / timing.cpuMs) * 1000, unit: 'events/s' },
    { metric: 'per event', value: (timing.wallMs * 1000) / count, unit: 'µs' },
  ];
};

export const scenarios: Scenario[] = [
  {
    name: 'json-fold',
    description: 'baseline: JSON.parse + a switch fold over 1M stored events held as JSON strings',
    run: async ({ scale, log }) => {
      const json = storedHistory(scale, log);
      let summary: TaskSummary | undefined;
      const timing = await fastest(() => {
        summary = jsonFold(json);
      });
      baselineSummary = summary;
      return replayMeasurements(timing, json.length);
    },
  },
  {
    name: 'kernel-replay',
    description: 'the same events decoded by the registry (io-ts codecs, upcasters) and folded with evolve',
    baseline: 'json-fold',
    targets: [{ metric: 'time', ratioAtMost: 2.0 }],
    run: async ({ scale, log }) => {
      const json = storedHistory(scale, log);
      let summary: TaskSummary | undefined;
      const timing = await fastest(() => {
        summary = kernelReplay(json);
      });
      if (baselineSummary !== undefined) {
        deepStrictEqual(summary, baselineSummary, 'both replays compute the same summary');
      }
      // Release the million stored events: later scenarios should not pay for them in garbage collection.
      history = undefined;
      baselineSummary = undefined;
      return replayMeasurements(timing, json.length);
    },
  },
  {
    name: 'in-memory-append',
    description: 'appends of one validated, hashed event each to the in-memory store, over 1,000 streams',
    targets: [{ metric: 'throughput', valueAtLeast: 100_000 }],
    run: async ({ scale }) => appendThroughput(scale, 1),
  },
  {
    name: 'in-memory-append-batch',
    description: 'the same events appended ten at a time (a command that produces ten events)',
    run: async ({ scale }) => appendThroughput(scale, 10),
  },
  {
    name: 'in-memory-append-own-ids',
    description:
      'single-event appends carrying their own event ids (as a retrying host sends), checked against every id stored',
    run: async ({ scale }) => appendThroughput(scale, 1, true),
  },
];
