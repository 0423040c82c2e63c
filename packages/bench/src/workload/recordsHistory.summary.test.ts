import { aggregates, domainRegistry } from '@mgmt-review/core';
import { describe, expect, it } from 'vitest';
import { recordsHistory } from './recordsHistory.js';
import { emptyRecordsSummary, foldRecordEvent } from './recordsSummary.js';

const recordKinds = [
  'objective',
  'indicator',
  'audit',
  'contextIssue',
  'interestedParty',
  'consultation',
  'improvement',
];

describe("the records' year, the workload of the records' kernel replay", () => {
  it('has events of each of the seven aggregates of the records', async () => {
    const events = await recordsHistory();
    for (const kind of recordKinds) {
      const aggregate = aggregates.find((a) => a.name === kind)!;
      expect(events.some((e) => e.streamId.startsWith(`${aggregate.category}-`))).toBe(true);
    }
  });

  it("the summary folds every event type of the records' seven aggregates, and no other", () => {
    const recordTypes = aggregates
      .filter((a) => recordKinds.includes(a.name))
      .flatMap((a) => a.events.map((e) => e.type));
    const otherTypes = aggregates
      .filter((a) => !recordKinds.includes(a.name))
      .flatMap((a) => a.events.map((e) => e.type));
    const data = { value: 1, previousValue: 0, responses: 1, links: [], actionIds: [] };
    const s = emptyRecordsSummary();
    expect(recordTypes.filter((type) => !foldRecordEvent(s, type, data))).toEqual([]);
    expect(otherTypes.filter((type) => foldRecordEvent(s, type, data))).toEqual([]);
  });

  it('folds to the same summary read by hand from the JSON and decoded by the domain registry', async () => {
    const json = (await recordsHistory()).map((e) =>
      JSON.stringify({ ...e, globalPosition: Number(e.globalPosition) }),
    );
    const byHand = emptyRecordsSummary();
    const decoded = emptyRecordsSummary();
    for (const text of json) {
      const raw = JSON.parse(text);
      foldRecordEvent(byHand, raw.type, raw.data);
      const event = domainRegistry.decode(JSON.parse(text));
      if (event._tag === 'Left') throw new Error(event.left.message);
      foldRecordEvent(decoded, event.right.type, event.right.data as Record<string, unknown>);
    }
    expect(decoded).toEqual(byHand);
    expect(byHand.measurements).toBeGreaterThan(20);
    expect(byHand.corrections).toBe(5);
    expect(byHand.nonconformityFindings).toBe(2);
  });
});
