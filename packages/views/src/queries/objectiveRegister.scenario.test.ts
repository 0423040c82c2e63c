import { indicatorSamples, objectiveSamples, samplePeople } from '@mgmt-review/core/testing';
import { describe, expect, it } from 'vitest';
import { type SampleCommand, viewsOfSamples } from '../testing/sampleHistory.js';
import { objectiveRegister } from './objectiveRegister.js';

const ind = indicatorSamples();
const obj = objectiveSamples();
const jobs = objectiveSamples('obj-jobs');
const soc = objectiveSamples('obj-soc');

/** "security incidents per month" from January to June 2026: 9, 7, 6, 5, 4, 3. */
const measured: SampleCommand[] = [
  ind.define,
  ...[9, 7, 6, 5, 4, 3].map((value, i) => ind.record(`2026-0${i + 1}`, value)),
];

/** Evaluated on February's value, before the revision of 10 April. */
const earlyEvaluation: SampleCommand = {
  ...obj.evaluate(7, 'atRisk'),
  data: {
    ...obj.evaluate(7, 'atRisk').data,
    measurement: { indicatorId: 'ind-incidents', period: '2026-02', value: 7 },
    at: '2026-03-10T09:00:00Z',
  },
};

const history: SampleCommand[] = [
  ...measured,
  obj.set,
  jobs.setJudged,
  soc.set,
  earlyEvaluation,
  obj.revise,
  jobs.achieveJudged,
  obj.evaluate(3),
  soc.withdraw,
];

describe('the objective register (6.2, input 9.3.2 d4)', () => {
  it('shows each objective with its target, latest evaluation, latest measurement against the target and due date', async () => {
    const state = await viewsOfSamples(history);
    const rows = objectiveRegister(state, { now: '2026-07-20' });
    expect(rows.map((r) => r.objectiveId)).toEqual(['obj-jobs', 'obj-incidents', 'obj-soc']);
    const [judged, incidents, withdrawn] = rows;
    expect(incidents).toMatchObject({
      objectiveId: 'obj-incidents',
      status: 'set',
      statement: 'at most 4 security incidents a month by the end of 2026',
      policyReference: 'information security policy v4, section 3',
      ownerId: samplePeople.ciso.id,
      setOn: '2026-01-10',
      target: { indicatorId: 'ind-incidents', value: 3, direction: 'lowerIsBetter', dueDate: '2026-12-31' },
      fulfilmentCriteria: undefined,
      progress: {
        progress: 'onTrack',
        evaluatedOn: '2026-07-10',
        evaluatedBy: samplePeople.ciso.id,
        measurement: { indicatorId: 'ind-incidents', period: '2026-06', value: 3 },
        meetsTarget: true,
      },
      latestMeasurement: {
        indicatorId: 'ind-incidents',
        period: '2026-06',
        value: 3,
        meetsTarget: true,
        corrections: 0,
      },
      dueDate: '2026-12-31',
      daysToDue: 164,
      overdue: false,
      daysOverdue: 0,
      revisions: 1,
      lastRevisionReason: 'the 2025 baseline was lower than estimated',
    });
    expect(judged).toMatchObject({
      objectiveId: 'obj-jobs',
      status: 'achieved',
      target: undefined,
      fulfilmentCriteria: 'the HR lead confirms every job description names its security responsibilities',
      latestMeasurement: undefined,
      achievedOn: '2026-06-25',
      outcomeReason: 'all 42 job descriptions name their security responsibilities',
      overdue: false,
    });
    expect(withdrawn).toMatchObject({
      objectiveId: 'obj-soc',
      status: 'withdrawn',
      withdrawnOn: '2026-09-01',
      outcomeReason: 'the incident process moved to the group SOC',
      achievedOn: undefined,
    });
  });

  it('lets the evaluation of progress lapse with a revision: it was made against the target replaced', async () => {
    const beforeRevision = await viewsOfSamples([...measured, obj.set, earlyEvaluation]);
    expect(objectiveRegister(beforeRevision, { now: '2026-03-31' })[0]?.progress).toMatchObject({
      progress: 'atRisk',
      measurement: { period: '2026-02', value: 7 },
    });
    const revised = await viewsOfSamples([...measured, obj.set, earlyEvaluation, obj.revise]);
    expect(objectiveRegister(revised, { now: '2026-04-30' })[0]).toMatchObject({ progress: undefined, revisions: 1 });
  });

  it("reads the latest measurement as the indicator holds it: a correction supersedes the value, and is measured against the objective's target", async () => {
    const corrected = await viewsOfSamples([...history, ind.correct('2026-06', 5)]);
    const incidents = objectiveRegister(corrected, { now: '2026-07-20' }).find(
      (r) => r.objectiveId === 'obj-incidents',
    );
    expect(incidents?.latestMeasurement).toEqual({
      indicatorId: 'ind-incidents',
      period: '2026-06',
      value: 5,
      meetsTarget: false,
      corrections: 1,
    });
  });

  it('counts days to the due date from the day asked about, and an objective still pursued after it as overdue', async () => {
    const state = await viewsOfSamples([ind.define, obj.set, jobs.setJudged]);
    const on = (now: string) =>
      objectiveRegister(state, { now }).map((r) => [r.objectiveId, r.daysToDue, r.overdue, r.daysOverdue]);
    expect(on('2026-06-20')).toEqual([
      ['obj-jobs', 10, false, 0],
      ['obj-incidents', 194, false, 0],
    ]);
    expect(on('2026-07-10')).toEqual([
      ['obj-jobs', -10, true, 10],
      ['obj-incidents', 174, false, 0],
    ]);
  });

  it('records a missed objective with its evaluation, the measurement it cites and what follows', async () => {
    const state = await viewsOfSamples([ind.define, obj.set, obj.miss(6)]);
    expect(objectiveRegister(state, { now: '2027-01-31' })[0]).toMatchObject({
      status: 'missed',
      missedOn: '2027-01-10',
      outcomeReason: 'December ended above the target',
      outcomeMeasurement: { indicatorId: 'ind-incidents', period: '2026-12', value: 6 },
      followUp: 'a new objective for 2027 with a quarterly target',
      overdue: false,
    });
  });

  it('filters by status and by owner', async () => {
    const state = await viewsOfSamples(history);
    const ids = (rows: readonly { objectiveId: string }[]) => rows.map((r) => r.objectiveId);
    expect(ids(objectiveRegister(state, { now: '2026-07-20', status: ['set'] }))).toEqual(['obj-incidents']);
    expect(ids(objectiveRegister(state, { now: '2026-07-20', status: ['achieved', 'withdrawn'] }))).toEqual([
      'obj-jobs',
      'obj-soc',
    ]);
    expect(ids(objectiveRegister(state, { now: '2026-07-20', ownerId: samplePeople.hrLead.id }))).toEqual(['obj-jobs']);
  });
});
