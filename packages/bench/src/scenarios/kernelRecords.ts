import { deepStrictEqual } from 'node:assert/strict';
import { domainRegistry } from '@mgmt-review/core';
import type { StoredEvent } from '@mgmt-review/eventsourcing';
import { fastest, replayMeasurements, scaled } from '../measure.js';
import type { Measurement, Scenario } from '../scenario.js';
import { recordsHistory } from '../workload/recordsHistory.js';
import { emptyRecordsSummary, foldRecordEvent, type RecordsSummary } from '../workload/recordsSummary.js';

/**
 * The kernel replay over the records a review rests on: about 1M stored events of objectives,
 * indicators, audits, the context, interested parties, consultations and improvement opportunities
 * (a year of one organisation's records, written through the facade, repeated), read from JSON
 * strings. The baseline parses and folds them by hand; the kernel's replay decodes each through
 * `domainRegistry` (io-ts validation of the whole payload) before the same fold. Both compute the
 * same summary, checked at the end; the ratio is what the kernel's decoding of these kinds costs.
 */

const EVENTS = 1_000_000;

interface Summary {
  readonly records: RecordsSummary;
  /** The events of other aggregates the year records (the nonconformities its audits raise). */
  others: number;
}

let template: Promise<readonly string[]> | undefined;
/** The year's events as stored JSON, built once per run. */
const recordsJson = (): Promise<readonly string[]> => {
  template ??= recordsHistory().then((events) =>
    events.map((e) => JSON.stringify({ ...e, globalPosition: Number(e.globalPosition) })),
  );
  return template;
};

/** Folds the year's events `copies` times, each event through `fold`. */
const replayCopies = (json: readonly string[], copies: number, fold: (s: Summary, json: string) => void): Summary => {
  const s: Summary = { records: emptyRecordsSummary(), others: 0 };
  for (let copy = 0; copy < copies; copy++) for (let i = 0; i < json.length; i++) fold(s, json[i]!);
  return s;
};

/** The baseline: a hand-written reader — parse, switch, read a field or two, no validation. */
const jsonFold = (s: Summary, json: string): void => {
  const event = JSON.parse(json) as { type: string; data: Record<string, unknown> };
  if (!foldRecordEvent(s.records, event.type, event.data)) s.others += 1;
};

/** The kernel's replay: parse, decode through the domain registry (codec validation, upcasters), the same fold. */
const kernelFold = (s: Summary, json: string): void => {
  const decoded = domainRegistry.decode(JSON.parse(json) as StoredEvent);
  if (decoded._tag === 'Left') throw new Error(decoded.left.message);
  const event = decoded.right as unknown as { type: string; data: Record<string, unknown> };
  if (!foldRecordEvent(s.records, event.type, event.data)) s.others += 1;
};

let baselineSummary: Summary | undefined;

/** Replays the workload with `fold`, the fastest of five runs after a warm-up. */
const run = async (
  scale: number,
  log: (m: string) => void,
  fold: (s: Summary, json: string) => void,
): Promise<{ summary: Summary; measurements: Measurement[] }> => {
  const json = await recordsJson();
  const copies = Math.max(1, Math.round(scaled(EVENTS, scale, 1000) / json.length));
  const count = copies * json.length;
  const bytes = json.reduce((sum, e) => sum + e.length, 0);
  log(
    `history: ${copies} × ${json.length} events = ${count.toLocaleString('en-US')}, ${Math.round(bytes / json.length)} bytes each on average`,
  );
  let summary: Summary | undefined;
  const timing = await fastest(() => {
    summary = replayCopies(json, copies, fold);
  });
  return { summary: summary!, measurements: replayMeasurements(timing, count) };
};

export const scenarios: Scenario[] = [
  {
    name: 'records-json-fold',
    description: 'baseline: JSON.parse + a hand-written switch over ~1M events of the records a review rests on',
    run: async ({ scale, log }) => {
      const { summary, measurements } = await run(scale, log, jsonFold);
      baselineSummary = summary;
      return measurements;
    },
  },
  {
    name: 'kernel-replay-records',
    description:
      'the same events decoded by the domain registry (io-ts codecs, upcasters) and folded the same way: the kernel replay with the new event kinds',
    baseline: 'records-json-fold',
    targets: [{ metric: 'time', ratioAtMost: 2.0 }],
    run: async ({ scale, log }) => {
      const { summary, measurements } = await run(scale, log, kernelFold);
      if (baselineSummary !== undefined) {
        deepStrictEqual(summary, baselineSummary, 'both replays compute the same summary');
      }
      baselineSummary = undefined;
      template = undefined;
      return measurements;
    },
  },
];
