import { describe, expect, it } from 'vitest';
import type { ConsultationItemRecord } from '../registers/consultations.js';
import { writeStakeholderHistory } from '../testing/stakeholderHistory.js';
import { consultationRegister, outcomeOf } from './consultationRegister.js';

const now = '2026-06-20';

/** Written once for the file's tests. */
const history = writeStakeholderHistory();

describe('consultations and feedback (9.3.2 c, e), read value by value', () => {
  it('shows each consultation: channel, parties consulted, topic, window, status and results with the score where it has one', async () => {
    const { state } = await history;
    const [survey, poll] = consultationRegister(state, { now });
    expect(survey).toMatchObject({
      consultationId: 'cons-survey',
      channel: 'survey',
      interestedPartyIds: ['ip-bank', 'ip-staff'],
      topic: 'satisfaction with the security of our services',
      opensOn: '2026-02-01',
      closesOn: '2026-02-28',
      window: 'closed',
      status: 'closed',
      plannedOn: '2026-01-20',
      closedOn: '2026-03-10',
      results: {
        conductedOn: '2026-02-28',
        recordedOn: '2026-03-02',
        invited: 40,
        responses: 30,
        responseRate: 0.75,
        scale: 'satisfaction',
        score: 4.2,
      },
    });
    expect(poll).toMatchObject({
      consultationId: 'cons-poll',
      channel: 'poll',
      interestedPartyIds: ['ip-staff'],
      window: 'open',
      status: 'planned',
      results: undefined,
    });
    expect(consultationRegister(state, { now: '2026-05-31' })[1]?.window).toBe('upcoming');
    expect(consultationRegister(state, { now: '2026-07-01' })[1]?.window).toBe('closed');
  });

  it('shows what was done with each finding and feedback item: linked, a reason why not, or pending', async () => {
    const { state } = await history;
    const [survey, poll] = consultationRegister(state, { now });
    expect(survey?.feedback).toEqual([
      {
        itemId: 'fb-keys',
        item: 'feedback',
        summary: 'encrypt our backups with keys we hold',
        recordedOn: '2026-02-10',
        interestedPartyId: 'ip-bank',
        kind: 'request',
        requirementId: 'req-conf',
        takenIntoAccount: true,
        outcome: 'linked',
        links: [{ to: 'requirementChange', interestedPartyId: 'ip-bank', requirementId: 'req-conf' }],
        reasonNotActedOn: undefined,
        takenIntoAccountOn: '2026-03-05',
        takenBy: 'u-ciso',
      },
    ]);
    expect(survey?.findings.map((f) => [f.itemId, f.outcome, f.reasonNotActedOn, f.links])).toEqual([
      ['f-notices', 'notActedOn', 'already met: notices go out within 24 hours, as the contract asks', []],
    ]);
    expect(survey).toMatchObject({ takenIntoAccount: 2, pending: 0 });
    expect(poll?.feedback.map((f) => [f.itemId, f.kind, f.takenIntoAccount, f.outcome, f.takenIntoAccountOn])).toEqual([
      ['fb-vpn', 'complaint', false, 'pending', undefined],
    ]);
    expect(poll).toMatchObject({ takenIntoAccount: 0, pending: 1 });
  });

  it('filters by status, channel and party consulted', async () => {
    const { state } = await history;
    const ids = (rows: readonly { consultationId: string }[]) => rows.map((r) => r.consultationId);
    expect(ids(consultationRegister(state, { now, status: 'planned' }))).toEqual(['cons-poll']);
    expect(ids(consultationRegister(state, { now, channel: 'survey' }))).toEqual(['cons-survey']);
    expect(ids(consultationRegister(state, { now, interestedPartyId: 'ip-bank' }))).toEqual(['cons-survey']);
  });
});

describe('the status of a feedback item', () => {
  const item = (links: ConsultationItemRecord['links'], reasonNotActedOn: string | undefined) => ({
    links,
    reasonNotActedOn,
  });

  it('counts as taken into account only with a link or a reason', () => {
    expect(outcomeOf(item([], undefined))).toBe('pending');
    expect(outcomeOf(item([{ to: 'action', actionId: 'act-1' }], undefined))).toBe('linked');
    expect(outcomeOf(item([], 'already met'))).toBe('notActedOn');
    // A link recorded after a reason: the item led to a record, which is what the register shows.
    expect(outcomeOf(item([{ to: 'objective', objectiveId: 'obj-1' }], 'already met'))).toBe('linked');
  });
});
