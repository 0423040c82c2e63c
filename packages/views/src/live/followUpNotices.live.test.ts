import { createManagementReview } from '@mgmt-review/core';
import { sequentialIds } from '@mgmt-review/eventsourcing';
import { writeSmallHistory } from '@mgmt-review/testing';
import { BehaviorSubject, firstValueFrom, type Subscription } from 'rxjs';
import { filter } from 'rxjs/operators';
import { describe, expect, it } from 'vitest';
import { actionRegister } from '../queries/actionRegister.js';
import type { FollowUpNotice } from '../queries/followUps.js';
import { followUpNotices } from './followUpNotices.js';
import { viewStates } from './viewStates.js';

const collect = (notices: FollowUpNotice[]) => (n: FollowUpNotice) => notices.push(n);
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('live views and follow-up notices', () => {
  it('viewStates emits the stored history once, then the state after each new event', async () => {
    const { store, tenant } = await writeSmallHistory();
    const emitted: number[] = [];
    const subscription = viewStates(tenant).subscribe((state) => emitted.push(state.eventCount));
    await settle();
    const stored = emitted.at(-1) ?? 0;
    expect(emitted).toEqual([stored]);
    const t = createManagementReview({
      store,
      clock: { now: () => '2026-06-21T09:00:00.000Z' },
      ids: sequentialIds('live'),
    }).forTenantAsync('acme');
    await t.actions.complete(
      { actionId: 'act-access', summary: 'process live', evidence: ['HR-12'] },
      { actor: { id: 'u-hr', role: 'hrLead' } },
    );
    await settle();
    expect(emitted).toEqual([stored, stored + 1]);
    const latest = await firstValueFrom(viewStates(tenant));
    expect(actionRegister(latest, { now: '2026-06-21' }).find((r) => r.actionId === 'act-access')?.status).toBe(
      'completed',
    );
    subscription.unsubscribe();
  });

  it('each notice is emitted once per key, and again only when its situation changes', async () => {
    const { store, tenant } = await writeSmallHistory();
    const now$ = new BehaviorSubject('2026-06-20');
    const notices: FollowUpNotice[] = [];
    const subscription: Subscription = followUpNotices(tenant, { now$, horizon: 30 }).subscribe(collect(notices));
    await settle();
    expect(notices.map((n) => n.key)).toEqual([
      'nonConformityStalled:nc-access:actionsPlanned:2026-04-10',
      'actionOverdue:act-access:2026-05-31',
      'actionOverdue:act-backup:2026-06-15',
      'reviewDue:q2:2026-07-07',
      'acceptanceExpiring:risk-ransom:2026-07-15',
    ]);
    now$.next('2026-06-21');
    await settle();
    expect(notices).toHaveLength(5);

    const t = createManagementReview({
      store,
      clock: { now: () => '2026-06-22T09:00:00.000Z' },
      ids: sequentialIds('live'),
    }).forTenantAsync('acme');
    await t.actions.changeDueDate(
      { actionId: 'act-backup', dueDate: '2026-06-25', reason: 'restore lab booked' },
      { actor: { id: 'u-ciso', role: 'ciso' } },
    );
    await settle();
    expect(notices.slice(5).map((n) => n.key)).toEqual(['actionDueSoon:act-backup:2026-06-25']);

    now$.next('2026-07-16');
    await settle();
    expect(notices.slice(6).map((n) => n.key)).toEqual([
      'actionOverdue:act-backup:2026-06-25',
      'reviewOverdue:q2:2026-07-07',
      'acceptanceExpired:risk-ransom:2026-07-15',
    ]);
    subscription.unsubscribe();
  });

  it('with a clock, follow-ups are evaluated at the clock time of each new state', async () => {
    const { tenant } = await writeSmallHistory();
    const notices = await firstValueFrom(
      followUpNotices(viewStates(tenant), { clock: { now: () => '2026-07-20T00:00:00.000Z' }, horizon: 0 }).pipe(
        filter((n) => n.kind === 'acceptanceExpired'),
      ),
    );
    expect(notices).toMatchObject({ subjectId: 'risk-ransom', ownerId: 'u-it', date: '2026-07-15', daysFromNow: -5 });
  });
});
