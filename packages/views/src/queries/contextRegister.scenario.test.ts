import { describe, expect, it } from 'vitest';
import { initialViewsState } from '../state.js';
import { writeStakeholderHistory } from '../testing/stakeholderHistory.js';
import { contextRegister } from './contextRegister.js';

const now = '2026-06-20';

/** Written once for the file's tests. */
const history = writeStakeholderHistory();

describe('the context register of a small history (4.1, Amd 1:2024), read value by value', () => {
  it('lists the current issues with kind, category, effect on the ISMS, raised day and changes; retired ones when asked', async () => {
    const { state } = await history;
    const register = contextRegister(state, { now });
    expect(register.issues.map((i) => [i.contextIssueId, i.status])).toEqual([['ctx-heat', 'current']]);
    expect(register.issues[0]).toMatchObject({
      kind: 'external',
      category: 'environmental',
      effect: 'the cooling of the data centre may fail',
      raisedOn: '2026-02-20',
      changes: [],
      daysSinceLastActivity: 120,
    });
    const all = contextRegister(state, { now, includeRetired: true });
    expect(all.issues.map((i) => i.contextIssueId)).toEqual(['ctx-nis2', 'ctx-heat']);
    expect(all.issues[0]).toMatchObject({
      kind: 'external',
      category: 'legal',
      status: 'retired',
      raisedOn: '2026-01-15',
      effect: 'the reporting duty covers our managed services',
      changes: [
        {
          change: 'the national law is in force',
          changedOn: '2026-02-01',
          recordedOn: '2026-02-03',
          effect: 'the reporting duty covers our managed services',
        },
      ],
      retiredOn: '2026-06-01',
      retireReason: 'covered by the incident procedure v4',
    });
  });

  it('shows the climate decision in force for each review cycle, a revision replacing the first, and the latest one', async () => {
    const { state } = await history;
    const { climateDecisions, latestClimateDecision } = contextRegister(state, { now });
    expect(climateDecisions).toEqual([
      {
        reviewId: 'r1',
        relevant: false,
        rationale: 'the data centre moved to a provider with a certified cooling resilience plan',
        contextIssueIds: [],
        decidedBy: 'u-ceo',
        decidedOn: '2026-03-20',
        firstDecidedOn: '2026-03-01',
        revisions: 1,
        revisionReason: 'the data centre migration was completed',
      },
      {
        reviewId: 'r2',
        relevant: false,
        rationale: 'cloud-hosted, no premises of our own: no effect on the ISMS outcomes',
        contextIssueIds: [],
        decidedBy: 'u-ceo',
        decidedOn: '2026-06-15',
        firstDecidedOn: '2026-06-15',
        revisions: 0,
        revisionReason: undefined,
      },
    ]);
    expect(latestClimateDecision).toEqual(climateDecisions[1]);
  });

  it('has no issue and no climate decision before anything was recorded', () => {
    expect(contextRegister(initialViewsState(), { now })).toEqual({
      issues: [],
      climateDecisions: [],
      latestClimateDecision: undefined,
    });
  });
});

describe('the context register with changedSince', () => {
  it('gives only the issues raised, changed or retired since that day (included), and the climate decisions since', async () => {
    const { state } = await history;
    const sinceFebruary = contextRegister(state, { now, changedSince: '2026-02-03' });
    expect(sinceFebruary.issues.map((i) => i.contextIssueId)).toEqual(['ctx-nis2', 'ctx-heat']);
    expect(sinceFebruary.climateDecisions.map((d) => d.reviewId)).toEqual(['r1', 'r2']);

    // After the change of ctx-nis2 and the raising of ctx-heat, before the retirement: ctx-nis2 is there for its retirement.
    const sinceMarch = contextRegister(state, { now, changedSince: '2026-03-01' });
    expect(sinceMarch.issues.map((i) => [i.contextIssueId, i.status])).toEqual([['ctx-nis2', 'retired']]);
    // r1's decision in force was recorded on 2026-03-20.
    expect(sinceMarch.climateDecisions.map((d) => d.reviewId)).toEqual(['r1', 'r2']);

    const sinceApril = contextRegister(state, { now, changedSince: '2026-04-01' });
    expect(sinceApril.issues.map((i) => i.contextIssueId)).toEqual(['ctx-nis2']);
    expect(sinceApril.climateDecisions.map((d) => d.reviewId)).toEqual(['r2']);
    // The latest decision is the latest, whatever the day asked from.
    expect(sinceApril.latestClimateDecision?.reviewId).toBe('r2');

    const sinceJuly = contextRegister(state, { now, changedSince: '2026-07-01' });
    expect(sinceJuly.issues).toEqual([]);
    expect(sinceJuly.climateDecisions).toEqual([]);
  });

  it('refuses a day that is not a day, naming it', async () => {
    const { state } = await history;
    expect(() => contextRegister(state, { now, changedSince: 'last review' })).toThrow(
      /^changedSince: expected an ISO-8601 day/,
    );
  });
});
