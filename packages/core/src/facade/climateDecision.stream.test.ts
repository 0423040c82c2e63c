import { createInMemoryEventStore, sequentialIds, steppingClock } from '@mgmt-review/eventsourcing';
import { isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { domainRegistry } from '../registry.js';
import { createManagementReview } from './createManagementReview.js';

const ceo = { id: 'u-ceo', role: 'ceo' };

const setup = () => {
  const clock = steppingClock('2026-03-01T08:00:00.000Z', 60_000);
  const store = createInMemoryEventStore({ registry: domainRegistry, clock });
  return createManagementReview({ store, clock, ids: sequentialIds('id') }).forTenant('tenant-1');
};

describe('the climate-change decision through the facade (4.1, Amd 1:2024)', () => {
  it('writes every review cycle’s decision to context-climate, and loads them as climate', async () => {
    const t = setup();
    const first = await t.contextIssues.recordClimateDecision(
      { reviewId: 'r1', relevant: false, rationale: 'no premises of our own' },
      { actor: ceo },
    )();
    const second = await t.contextIssues.recordClimateDecision(
      { reviewId: 'r2', relevant: true, rationale: 'a new data centre', contextIssueIds: ['ctx-heat'] },
      { actor: ceo },
    )();
    expect(isRight(first) && first.right.events.map((e) => [e.streamId, e.streamVersion])).toEqual([
      ['context-climate', 1],
    ]);
    expect(isRight(second) && second.right.events.map((e) => [e.streamId, e.streamVersion])).toEqual([
      ['context-climate', 2],
    ]);
    const loaded = await t.contextIssues.load('climate')();
    expect(isRight(loaded) && loaded.right.state.climateDecisions.map((d) => [d.reviewId, d.relevant])).toEqual([
      ['r1', false],
      ['r2', true],
    ]);
  });

  it('writes an issue to its own stream, with the id the facade generates', async () => {
    const t = setup();
    const raised = await t.contextIssues.raise(
      { kind: 'external', category: 'legal', description: 'NIS2', effect: 'reporting within 24 hours' },
      { actor: ceo },
    )();
    expect(isRight(raised) && raised.right.events[0]).toMatchObject({
      streamId: 'context-id-1',
      data: { contextIssueId: 'id-1' },
    });
  });
});
