import { auditSamples, nonConformitySamples, samplePeople } from '@mgmt-review/core/testing';
import { describe, expect, it } from 'vitest';
import { type SampleCommand, viewsOfSamples } from '../testing/sampleHistory.js';
import { auditProgramme } from './auditProgramme.js';

const may = auditSamples('au-2026-1');
const autumn = auditSamples('au-2026-2');
const dropped = auditSamples('au-2026-3');
const external = auditSamples('au-2026-ext');
const next = auditSamples('au-2027-1');

const at = (command: SampleCommand, instant: string): SampleCommand => ({
  ...command,
  data: { ...command.data, at: instant },
});
const planned = (command: SampleCommand, window: { from: string; to: string }, more: object = {}): SampleCommand => ({
  ...command,
  data: { ...command.data, window, ...more },
});

/** The nonconformity raised for the May audit's nonconformity finding, naming the audit. */
const raised = nonConformitySamples('nc-1').raise;
const ncOfAudit: SampleCommand = {
  ...raised,
  data: { ...raised.data, auditId: 'au-2026-1', at: '2026-05-05T11:00:00Z' },
};
/** A nonconformity of the external audit that names it, with no finding recorded for it. */
const ncNamingExternal: SampleCommand = {
  ...raised,
  data: {
    ...raised.data,
    nonConformityId: 'nc-ext',
    source: 'externalAudit',
    auditId: 'au-2026-ext',
    at: '2026-06-12T09:00:00Z',
  },
};

const history: SampleCommand[] = [
  may.plan,
  planned(autumn.plan, { from: '2026-09-07', to: '2026-09-11' }),
  dropped.plan,
  planned(
    external.plan,
    { from: '2026-06-01', to: '2026-06-03' },
    { kind: 'external', auditBody: 'certification body' },
  ),
  planned(next.plan, { from: '2027-03-01', to: '2027-03-05' }),
  dropped.cancel,
  may.start,
  may.finding('conformity', 'f-1'),
  may.finding('nonconformity', 'f-2'),
  ncOfAudit,
  may.finding('observation', 'f-3'),
  may.finding('opportunity', 'f-4'),
  may.finding('observation', 'f-5'),
  may.report,
  may.close,
  at(external.start, '2026-06-10T09:00:00Z'),
  ncNamingExternal,
];

describe('the audit programme (9.2, input 9.3.2 d3)', () => {
  it('shows each audit with its plan, status, days, report and findings by kind', async () => {
    const programme = auditProgramme(await viewsOfSamples(history), { now: '2026-07-20' });
    expect(programme.audits.map((a) => [a.auditId, a.status, a.performance])).toEqual([
      ['au-2026-1', 'closed', 'inWindow'],
      ['au-2026-3', 'cancelled', 'notPerformed'],
      ['au-2026-ext', 'inProgress', 'late'],
      ['au-2026-2', 'planned', 'notPerformed'],
      ['au-2027-1', 'planned', 'notPerformed'],
    ]);
    const closed = programme.audits[0];
    expect(closed).toMatchObject({
      programmeId: '2026-internal',
      kind: 'internal',
      scope: [
        { process: 'access management', ownerId: samplePeople.itLead.id },
        { process: 'human resources security', ownerId: samplePeople.hrLead.id },
      ],
      criteria: ['ISO/IEC 27001:2022', 'information security policy v4'],
      window: { from: '2026-05-04', to: '2026-05-08' },
      leadAuditorId: samplePeople.auditor.id,
      plannedOn: '2026-04-01',
      startedOn: '2026-05-04',
      report: {
        reference: 'AR-2026-1',
        reportedOn: '2026-05-12',
        reportedTo: [samplePeople.ceo.id, samplePeople.ciso.id],
        reportedBy: samplePeople.auditor.id,
      },
      closedOn: '2026-05-20',
      findingsByKind: { conformity: 1, nonconformity: 1, observation: 2, opportunity: 1 },
      nonConformityIds: ['nc-1'],
      overdue: false,
    });
    expect(closed?.findings.map((f) => [f.findingId, f.kind, f.nonConformityId])).toEqual([
      ['f-1', 'conformity', undefined],
      ['f-2', 'nonconformity', 'nc-1'],
      ['f-3', 'observation', undefined],
      ['f-4', 'opportunity', undefined],
      ['f-5', 'observation', undefined],
    ]);
    expect(programme.audits[1]).toMatchObject({
      cancelledOn: '2026-04-20',
      cancelReason: 'the scope moves to the external surveillance audit',
    });
    expect(programme.audits[2]).toMatchObject({ kind: 'external', auditBody: 'certification body' });
    expect(programme.findingsByKind).toEqual({ conformity: 1, nonconformity: 1, observation: 2, opportunity: 1 });
  });

  it('lists the nonconformities an audit raised and those that name it as the audit that found them, once each', async () => {
    const programme = auditProgramme(await viewsOfSamples(history), { now: '2026-07-20' });
    const ncs = Object.fromEntries(programme.audits.map((a) => [a.auditId, a.nonConformityIds]));
    expect(ncs).toEqual({
      'au-2026-1': ['nc-1'],
      'au-2026-ext': ['nc-ext'],
      'au-2026-2': [],
      'au-2026-3': [],
      'au-2027-1': [],
    });
  });

  it('counts planned against performed per year of the planned window, in the window or late', async () => {
    const programme = auditProgramme(await viewsOfSamples(history), { now: '2026-09-20' });
    expect(programme.years).toEqual([
      {
        year: '2026',
        planned: 4,
        performed: 2,
        performedInWindow: 1,
        performedLate: 1,
        cancelled: 1,
        notYetPerformed: 1,
        overdue: 1,
        findingsByKind: { conformity: 1, nonconformity: 1, observation: 2, opportunity: 1 },
      },
      {
        year: '2027',
        planned: 1,
        performed: 0,
        performedInWindow: 0,
        performedLate: 0,
        cancelled: 0,
        notYetPerformed: 1,
        overdue: 0,
        findingsByKind: { conformity: 0, nonconformity: 0, observation: 0, opportunity: 0 },
      },
    ]);
  });

  it('shows a planned audit as overdue once its window ended without it starting, relative to the day asked about', async () => {
    const state = await viewsOfSamples(history);
    expect(auditProgramme(state, { now: '2026-09-11' }).overdue).toEqual([]);
    const overdue = auditProgramme(state, { now: '2026-09-20' }).overdue;
    expect(overdue.map((a) => [a.auditId, a.daysOverdue])).toEqual([['au-2026-2', 9]]);
  });

  it('filters by programme, kind and year', async () => {
    const state = await viewsOfSamples(history);
    const ids = (query: Omit<Parameters<typeof auditProgramme>[1], 'now'>) =>
      auditProgramme(state, { now: '2026-07-20', ...query }).audits.map((a) => a.auditId);
    expect(ids({ kind: 'external' })).toEqual(['au-2026-ext']);
    expect(ids({ year: '2027' })).toEqual(['au-2027-1']);
    expect(ids({ programmeId: 'another' })).toEqual([]);
  });
});
