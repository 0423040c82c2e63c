import { createManagementReview, domainRegistry } from '@mgmt-review/core';
import { reviewSamples } from '@mgmt-review/core/testing';
import { createInMemoryEventStore, sequentialIds, steppingClock } from '@mgmt-review/eventsourcing';
import { describe, expect, it } from 'vitest';
import {
  agendaPackHtml,
  agendaPackOf,
  minutesPackHtml,
  minutesPackMarkdown,
  minutesPackOf,
  packStateOf,
} from './index.js';

const samples = reviewSamples('r1');

/** A review scheduled and, when asked, with the sample input pack frozen into it. */
const historyOf = async (freeze: boolean) => {
  const clock = steppingClock('2026-01-01T00:00:00.000Z');
  const store = createInMemoryEventStore({ registry: domainRegistry, clock });
  const tenant = createManagementReview({ store, clock, ids: sequentialIds('id') }).forTenantAsync('t1');
  await tenant.reviews.schedule(samples.schedule.data, { actor: samples.schedule.actor });
  if (freeze) {
    const command = samples.freeze();
    await tenant.reviews.freezeInputPack(command.data, { actor: command.actor });
  }
  return packStateOf(store.forTenant('t1'));
};

describe('the agenda pack and the frozen input pack', () => {
  it('with a frozen pack, shows each part’s summary and digest and the pack’s digest', async () => {
    const state = await historyOf(true);
    const pack = agendaPackOf(state, { reviewId: 'r1', now: '2026-03-30T00:00:00.000Z' });
    const frozen = samples.freeze().data.pack;
    expect(pack.inputPack?.digest).toBe(frozen.digest);
    expect(pack.inputPack?.parts.map((p) => p.inputId)).toEqual(frozen.parts.map((p) => p.inputId));
    const html = await agendaPackHtml(pack);
    expect(html).toContain(frozen.digest);
    for (const part of frozen.parts) {
      expect(html).toContain(part.digest);
      expect(html).toContain(part.summary);
    }
    expect(html).not.toContain('No input pack has been frozen');
  }, 60_000);

  it('without one, says so and shows the current data', async () => {
    const state = await historyOf(false);
    const pack = agendaPackOf(state, { reviewId: 'r1', now: '2026-03-30T00:00:00.000Z' });
    expect(pack.inputPack).toBeUndefined();
    expect(pack.agenda.map((i) => i.inputId)).toEqual(state.views.reviews.get('r1')!.agenda);
    expect(await agendaPackHtml(pack)).toContain('No input pack has been frozen into this review yet');
  }, 60_000);
});

describe('the minutes pack and the frozen input pack', () => {
  it('an input presented from a frozen part shows the part’s summary and digest beside the presenter’s comment', async () => {
    const clock = steppingClock('2026-01-01T00:00:00.000Z');
    const store = createInMemoryEventStore({ registry: domainRegistry, clock });
    const tenant = createManagementReview({ store, clock, ids: sequentialIds('id') }).forTenantAsync('t1');
    const freeze = samples.freeze();
    const part = freeze.data.pack.parts[0]!;
    await tenant.reviews.schedule(samples.schedule.data, { actor: samples.schedule.actor });
    await tenant.reviews.freezeInputPack(freeze.data, { actor: freeze.actor });
    await tenant.reviews.openMeeting(samples.openMeeting.data, { actor: samples.openMeeting.actor });
    const present = samples.present(part.inputId);
    await tenant.reviews.presentInput({ ...present.data, frozenPartDigest: part.digest }, { actor: present.actor });
    const pack = minutesPackOf(await packStateOf(store.forTenant('t1')), {
      reviewId: 'r1',
      now: '2026-03-31T12:00:00.000Z',
    });
    expect(pack.inputs.map((i) => [i.inputId, i.summary, i.frozenPartDigest, i.frozenPartSummary])).toEqual([
      [part.inputId, present.data.summary, part.digest, part.summary],
    ]);
    const html = minutesPackHtml(pack);
    expect(html).toContain(part.digest);
    expect(html).toContain(part.summary);
    expect(minutesPackMarkdown(pack)).toContain(part.digest);
  }, 60_000);
});
