import { createManagementReview, domainRegistry, type ManagementReviewEvent } from '@mgmt-review/core';
import {
  climateSamples,
  consultationSamples,
  contextIssueSamples,
  improvementSamples,
  interestedPartySamples,
} from '@mgmt-review/core/testing';
import {
  createInMemoryEventStore,
  type EventRegistry,
  replay,
  sequentialIds,
  steppingClock,
  type TenantEventStore,
} from '@mgmt-review/eventsourcing';
import { viewsProjection } from '../projection.js';
import type { ViewsState } from '../state.js';

/**
 * A small history of the records a review rests on (4.1, 4.2, 9.3.2 c, e, g), written through the
 * facade from core's samples, for tests read value by value:
 * - context: `ctx-nis2` (external, legal) raised 2026-01-15, changed 2026-02-03 (changed on
 *   2026-02-01, new effect), retired 2026-06-01; `ctx-heat` (external, environmental) raised
 *   2026-02-20; climate decided relevant for review `r1` on 2026-03-01, revised to not relevant on
 *   2026-03-20; decided not relevant for `r2` on 2026-06-15;
 * - parties: `ip-bank` (customer) registered 2026-01-10 with `req-conf` (addressed by A.8.24,
 *   changed 2026-03-05 to revision 2, addressed by A.8.24 and POL-CRYPTO v2) and `req-carbon`
 *   (climate-related, not addressed, withdrawn 2026-04-01); `ip-staff` (employee) registered
 *   2026-05-02 with `req-training`, recorded 2026-05-03;
 * - consultations: `cons-survey` (survey, satisfaction scale) planned 2026-01-20, window February,
 *   feedback `fb-keys` linked to a requirement change, results 30 of 40 (score 4.2) with finding
 *   `f-notices` taken into account with a reason, closed 2026-03-10; `cons-poll` (poll) planned
 *   2026-05-20, window 2026-06-01 to 2026-06-30, feedback `fb-vpn` (a complaint) still pending;
 * - improvements: `imp-automate` logged 2026-01-10, evaluated, adopted by decision `dec-1` of `r1`
 *   on 2026-03-31 with `act-1`, realised 2026-07-01, closed 2026-07-15; `imp-siem` logged
 *   2026-02-01, evaluated, deferred to 2026-09-30; `imp-tool` logged 2026-04-10, evaluated,
 *   rejected on 2026-04-20.
 */
export interface StakeholderHistory {
  readonly tenant: TenantEventStore;
  /** The views of the whole history. */
  readonly state: ViewsState;
}

type Sample = {
  readonly actor: { readonly id: string; readonly role: string };
  readonly data: { readonly at: string };
};

/** Writes the history above into an in-memory store and folds it. */
export const writeStakeholderHistory = async (): Promise<StakeholderHistory> => {
  // Recorded after the business time of every command, a second apart.
  const clock = steppingClock('2026-12-31T00:00:00.000Z', 1000);
  const store = createInMemoryEventStore({ registry: domainRegistry, clock, ids: sequentialIds('event') });
  const t = createManagementReview({ store, clock, ids: sequentialIds('cmd') }).forTenantAsync('acme');
  /** Sends one sample command, with fields replaced (`at` among them); a field replaced by `undefined` is left out. */
  const send = async <S extends Sample>(
    verb: (data: S['data'], options: { actor: S['actor'] }) => Promise<unknown>,
    sample: S,
    changes: { readonly [K in keyof S['data']]?: S['data'][K] | undefined } = {},
  ) => {
    const merged = Object.entries({ ...sample.data, ...changes }).filter(([, value]) => value !== undefined);
    await verb(Object.fromEntries(merged) as S['data'], { actor: sample.actor });
  };
  const on = (day: string) => ({ at: `${day}T09:00:00.000Z` });

  const nis2 = contextIssueSamples('ctx-nis2');
  const heat = contextIssueSamples('ctx-heat');
  const r1 = climateSamples('r1');
  const r2 = climateSamples('r2');
  const bank = interestedPartySamples('ip-bank');
  const staff = interestedPartySamples('ip-staff');
  const survey = consultationSamples('cons-survey');
  const poll = consultationSamples('cons-poll');
  const automate = improvementSamples('imp-automate');
  const siem = improvementSamples('imp-siem');
  const tool = improvementSamples('imp-tool');
  const c = t.contextIssues;
  const p = t.interestedParties;
  const k = t.consultations;
  const i = t.improvements;

  // The steps in business time.
  await send(p.register, bank.register);
  await send(i.log, automate.log);
  await send(p.recordRequirement, bank.recordAddressed);
  await send(p.recordRequirement, bank.recordNotAddressed);
  await send(c.raise, nis2.raise);
  await send(k.plan, survey.plan);
  await send(i.evaluate, automate.evaluate);
  await send(i.log, siem.log, { description: 'move log collection to the SIEM', ...on('2026-02-01') });
  await send(c.recordChange, nis2.change);
  await send(i.evaluate, siem.evaluate, on('2026-02-05'));
  await send(k.recordFeedback, survey.feedback);
  await send(c.raise, heat.raise, {
    category: 'environmental',
    description: 'heat waves in summer',
    effect: 'the cooling of the data centre may fail',
    ...on('2026-02-20'),
  });
  await send(c.recordClimateDecision, r1.relevant);
  await send(k.recordResults, survey.results);
  await send(p.changeRequirement, bank.change);
  await send(k.takeIntoAccount, survey.linkFeedback);
  await send(k.takeIntoAccount, survey.finding);
  await send(k.close, survey.close);
  await send(c.recordClimateDecision, r1.revised);
  await send(i.decide, siem.defer, on('2026-03-25'));
  await send(i.decide, automate.adopt);
  await send(p.withdrawRequirement, bank.withdraw);
  await send(i.log, tool.log, { description: 'buy a vulnerability scanner', ...on('2026-04-10') });
  await send(i.evaluate, tool.evaluate, on('2026-04-12'));
  await send(i.decide, tool.reject, on('2026-04-20'));
  await send(p.register, staff.register, {
    name: 'Staff',
    kind: 'employee',
    relevance: 'they run the controls',
    ...on('2026-05-02'),
  });
  await send(p.recordRequirement, staff.recordAddressed, {
    requirementId: 'req-training',
    need: 'security training in working hours',
    source: 'works council agreement',
    addressedBy: [{ kind: 'objective', reference: 'obj-awareness' }],
    ...on('2026-05-03'),
  });
  await send(k.plan, poll.plan, {
    channel: 'poll',
    interestedPartyIds: ['ip-staff'],
    topic: 'the new VPN client',
    window: { opensOn: '2026-06-01', closesOn: '2026-06-30' },
    scale: undefined,
    ...on('2026-05-20'),
  });
  await send(c.retire, nis2.retire);
  await send(k.recordFeedback, poll.feedback, {
    feedbackId: 'fb-vpn',
    interestedPartyId: 'ip-staff',
    kind: 'complaint',
    summary: 'the VPN client drops the connection',
    requirementId: undefined,
    ...on('2026-06-05'),
  });
  await send(c.recordClimateDecision, r2.notRelevant, on('2026-06-15'));
  await send(i.realise, automate.realise);
  await send(i.close, automate.close);

  const tenant = store.forTenant('acme');
  const state = await replay(tenant, domainRegistry as EventRegistry<ManagementReviewEvent>, viewsProjection);
  return { tenant, state };
};
