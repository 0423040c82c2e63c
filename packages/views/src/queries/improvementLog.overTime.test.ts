import { describe, expect, it } from 'vitest';
import { initialViewsState } from '../state.js';
import { writeStakeholderHistory } from '../testing/stakeholderHistory.js';
import { improvementLog } from './improvementLog.js';

const now = '2026-06-20';

/** Written once for the file's tests. */
const history = writeStakeholderHistory();

describe('the continual-improvement log (10.1, 9.3.2 g), read value by value', () => {
  it('shows each opportunity: source, benefit, evaluation, the decision with its review decision and actions, the realisation', async () => {
    const { state } = await history;
    const [automate, siem, tool] = improvementLog(state, { now }).opportunities;
    expect(automate).toMatchObject({
      opportunityId: 'imp-automate',
      source: 'staffSuggestion',
      description: 'automate certain security tasks: access reviews and patch reports',
      expectedBenefit: 'two days a month back for the security team, and no missed review',
      status: 'closed',
      loggedOn: '2026-01-10',
      evaluation: { value: 'high', effort: 'medium', evaluatedBy: 'u-ciso', evaluatedOn: '2026-01-20' },
      decision: {
        outcome: 'adopt',
        decision: { reviewId: 'r1', decisionId: 'dec-1' },
        actionIds: ['act-1'],
        decidedBy: 'u-ceo',
        decidedOn: '2026-03-31',
      },
      adoptedOn: '2026-03-31',
      realisation: {
        benefitObserved: 'access reviews run every month without manual work',
        evidence: ['automation run log 2026-06', 'access review report June'],
        realisedOn: '2026-07-01',
      },
      closedOn: '2026-07-15',
      closedAs: 'realised',
    });
    expect(siem).toMatchObject({
      opportunityId: 'imp-siem',
      status: 'deferred',
      decision: { outcome: 'defer', revisitOn: '2026-09-30', reason: 'after the SIEM migration', revisitDue: false },
    });
    expect(tool).toMatchObject({
      opportunityId: 'imp-tool',
      status: 'rejected',
      decision: { outcome: 'reject', reason: 'the tooling costs more than the time it saves', decidedOn: '2026-04-20' },
    });
  });

  it('says when a deferred opportunity is due to be revisited, relative to the day asked about', async () => {
    const { state } = await history;
    const deferral = (day: string) => improvementLog(state, { now: day }).opportunities[1]?.decision;
    expect(deferral('2026-09-29')).toMatchObject({ revisitDue: false, daysToRevisit: 1 });
    expect(deferral('2026-09-30')).toMatchObject({ revisitDue: true, daysToRevisit: 0 });
    expect(deferral('2026-10-10')).toMatchObject({ revisitDue: true, daysToRevisit: -10 });
  });

  it('counts the opportunities logged, adopted and realised per quarter, month or year, zeros included', async () => {
    const { state } = await history;
    expect(improvementLog(state, { now }).periods).toEqual([
      { period: '2026-Q1', from: '2026-01-01', to: '2026-03-31', logged: 2, adopted: 1, realised: 0 },
      { period: '2026-Q2', from: '2026-04-01', to: '2026-06-30', logged: 1, adopted: 0, realised: 0 },
      { period: '2026-Q3', from: '2026-07-01', to: '2026-09-30', logged: 0, adopted: 0, realised: 1 },
    ]);
    const months = improvementLog(state, { now, period: 'month' }).periods;
    expect(months.map((m) => [m.period, m.logged, m.adopted, m.realised])).toEqual([
      ['2026-01', 1, 0, 0],
      ['2026-02', 1, 0, 0],
      ['2026-03', 0, 1, 0],
      ['2026-04', 1, 0, 0],
      ['2026-05', 0, 0, 0],
      ['2026-06', 0, 0, 0],
      ['2026-07', 0, 0, 1],
    ]);
    expect(improvementLog(state, { now: '2027-02-01', period: 'year' }).periods).toEqual([
      { period: '2026', from: '2026-01-01', to: '2026-12-31', logged: 3, adopted: 1, realised: 1 },
      { period: '2027', from: '2027-01-01', to: '2027-12-31', logged: 0, adopted: 0, realised: 0 },
    ]);
  });

  it('filters the opportunities by status, and still counts them all over time', async () => {
    const { state } = await history;
    const log = improvementLog(state, { now, status: 'deferred' });
    expect(log.opportunities.map((o) => o.opportunityId)).toEqual(['imp-siem']);
    expect(log.periods.reduce((n, p) => n + p.logged, 0)).toBe(3);
  });

  it('is empty before anything was logged', () => {
    expect(improvementLog(initialViewsState(), { now })).toEqual({ opportunities: [], periods: [] });
  });
});
