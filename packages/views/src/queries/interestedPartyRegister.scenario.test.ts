import { domainRegistry, type ManagementReviewEvent } from '@mgmt-review/core';
import { type EventRegistry, replay } from '@mgmt-review/eventsourcing';
import { describe, expect, it } from 'vitest';
import { viewsProjection } from '../projection.js';
import type { ViewsState } from '../state.js';
import { writeStakeholderHistory } from '../testing/stakeholderHistory.js';
import { interestedPartyRegister } from './interestedPartyRegister.js';

const registry = domainRegistry as EventRegistry<ManagementReviewEvent>;

/** Written once for the file's tests. */
const history = writeStakeholderHistory();

describe('interested parties and their requirements (4.2, Amd 1:2024), read value by value', () => {
  it('lists each party with its kind and its requirements at their latest revision, addressed or not and how', async () => {
    const { state } = await history;
    const parties = interestedPartyRegister(state);
    expect(parties.map((p) => [p.interestedPartyId, p.kind, p.registeredOn])).toEqual([
      ['ip-bank', 'customer', '2026-01-10'],
      ['ip-staff', 'employee', '2026-05-02'],
    ]);
    const [conf, carbon] = parties[0]?.requirements ?? [];
    expect(conf).toMatchObject({
      requirementId: 'req-conf',
      need: 'customer data encrypted at rest and in transit, with keys the customer holds',
      source: 'master services agreement §12',
      climateRelated: false,
      addressed: true,
      addressedBy: [
        { kind: 'control', reference: 'A.8.24' },
        { kind: 'policy', reference: 'POL-CRYPTO v2' },
      ],
      status: 'current',
      latest: 'changed',
      revision: 2,
      recordedOn: '2026-01-11',
      lastChangedOn: '2026-03-05',
    });
    expect(carbon).toMatchObject({
      requirementId: 'req-carbon',
      climateRelated: true,
      addressed: false,
      addressedBy: [],
      notAddressedReason: 'outside the ISMS scope: the sustainability report answers it',
      status: 'withdrawn',
      latest: 'withdrawn',
      withdrawnOn: '2026-04-01',
    });
    expect(parties[1]?.requirements.map((r) => [r.requirementId, r.addressedBy])).toEqual([
      ['req-training', [{ kind: 'objective', reference: 'obj-awareness' }]],
    ]);
  });

  it('keeps the history of each requirement: every revision with the reason and day, and the withdrawal', async () => {
    const { state } = await history;
    const [conf, carbon] = interestedPartyRegister(state)[0]?.requirements ?? [];
    expect(conf?.history.map((h) => [h.event, h.on, h.revision, h.reason, h.terms.need])).toEqual([
      ['recorded', '2026-01-11', 1, undefined, 'customer data stays confidential: encrypted at rest'],
      [
        'changed',
        '2026-03-05',
        2,
        'a new confidentiality clause in the 2026 contract',
        'customer data encrypted at rest and in transit, with keys the customer holds',
      ],
    ]);
    expect(carbon?.history.map((h) => [h.event, h.on, h.reason])).toEqual([
      ['recorded', '2026-01-12', undefined],
      ['withdrawn', '2026-04-01', 'the customer dropped the questionnaire'],
    ]);
  });

  it('filters by kind and leaves withdrawn requirements out when asked', async () => {
    const { state } = await history;
    expect(interestedPartyRegister(state, { kind: 'employee' }).map((p) => p.interestedPartyId)).toEqual(['ip-staff']);
    expect(
      interestedPartyRegister(state, { leaveOutWithdrawn: true })[0]?.requirements.map((r) => r.requirementId),
    ).toEqual(['req-conf']);
  });
});

describe('interested parties with changedSince', () => {
  const changedSince = (state: ViewsState, day: string) =>
    interestedPartyRegister(state, { changedSince: day }).map((p) => [
      p.interestedPartyId,
      p.requirements.map((r) => `${r.requirementId}:${r.latest}`),
    ]);

  it('gives only the requirements recorded, changed or withdrawn since that day (included), under their parties', async () => {
    const { state } = await history;
    expect(changedSince(state, '2026-01-12')).toEqual([
      ['ip-bank', ['req-conf:changed', 'req-carbon:withdrawn']],
      ['ip-staff', ['req-training:recorded']],
    ]);
    expect(changedSince(state, '2026-03-06')).toEqual([
      ['ip-bank', ['req-carbon:withdrawn']],
      ['ip-staff', ['req-training:recorded']],
    ]);
    expect(changedSince(state, '2026-04-02')).toEqual([['ip-staff', ['req-training:recorded']]]);
    expect(changedSince(state, '2026-05-04')).toEqual([]);
  });

  it('lists a party registered since that day even before it has a requirement', async () => {
    const { state, tenant } = await history;
    expect(interestedPartyRegister(state, { changedSince: '2026-05-02' }).map((p) => p.interestedPartyId)).toEqual([
      'ip-staff',
    ]);
    // As it happened by the end of 2026-05-02: registered, its requirement recorded the day after.
    const asOf = await replay(tenant, registry, viewsProjection, { asOf: { occurredAt: '2026-05-02T23:59:59.999Z' } });
    expect(interestedPartyRegister(asOf, { changedSince: '2026-05-02' })).toMatchObject([
      { interestedPartyId: 'ip-staff', requirements: [] },
    ]);
  });
});
