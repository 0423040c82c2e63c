import { fc, it } from '@fast-check/vitest';
import { domainRegistry, type ManagementReviewEvent } from '@mgmt-review/core';
import {
  createProjectionRunner,
  type EventRegistry,
  inMemoryCheckpoints,
  readHistory,
  replay,
} from '@mgmt-review/eventsourcing';
import { propertyRuns } from '@mgmt-review/eventsourcing/testing';
import { describe, expect } from 'vitest';
import { viewsProjection } from './projection.js';
import { consultationRegister } from './queries/consultationRegister.js';
import { contextRegister } from './queries/contextRegister.js';
import { improvementLog } from './queries/improvementLog.js';
import { interestedPartyRegister } from './queries/interestedPartyRegister.js';
import type { ViewsState } from './state.js';
import { createStakeholderWriter, stakeholderHistories } from './testing/randomStakeholderHistory.js';

/**
 * The context register, interested parties, consultations and the improvement log over random
 * valid histories of the records a review rests on (written through the facade).
 */

const registry = domainRegistry as EventRegistry<ManagementReviewEvent>;
const runs = { numRuns: propertyRuns(30) };
const now = '2027-02-01';

const eventsOf = async (tenant: ReturnType<typeof createStakeholderWriter>['tenant']) => {
  const events = [];
  for await (const event of readHistory(tenant, registry)) events.push(event);
  return events;
};

/** What a host reads of the four read models, on one day. */
const answers = (state: ViewsState, day: string) => ({
  context: contextRegister(state, { now: day, includeRetired: true }),
  contextSince: contextRegister(state, { now: day, changedSince: '2026-02-01' }),
  interestedParties: interestedPartyRegister(state),
  interestedPartiesSince: interestedPartyRegister(state, { changedSince: '2026-02-01' }),
  consultations: consultationRegister(state, { now: day }),
  improvements: improvementLog(state, { now: day, period: 'month' }),
});

describe('the records a review rests on, over random valid histories', () => {
  it.prop([stakeholderHistories()], runs)(
    'feedback counted as taken into account always has a link or a reason, and is exactly the feedback the history took into account',
    async (commands) => {
      const writer = createStakeholderWriter();
      await writer.write(commands);
      const taken = new Set<string>();
      for (const event of await eventsOf(writer.tenant)) {
        if (event.type === 'FeedbackTakenIntoAccount') taken.add(`${event.data.consultationId}/${event.data.itemId}`);
      }
      const state = await replay(writer.tenant, registry, viewsProjection);
      for (const row of consultationRegister(state, { now })) {
        const items = [...row.findings, ...row.feedback];
        for (const item of items) {
          if (item.takenIntoAccount) expect(item.links.length > 0 || item.reasonNotActedOn !== undefined).toBe(true);
          expect(item.takenIntoAccount).toBe(taken.has(`${row.consultationId}/${item.itemId}`));
          expect(item.outcome === 'pending').toBe(!item.takenIntoAccount);
        }
        expect(row.takenIntoAccount + row.pending).toBe(items.length);
      }
    },
  );

  it.prop([stakeholderHistories()], runs)(
    'an adopted opportunity in the log always names the review decision that adopted it',
    async (commands) => {
      const writer = createStakeholderWriter();
      await writer.write(commands);
      const state = await replay(writer.tenant, registry, viewsProjection);
      for (const o of improvementLog(state, { now }).opportunities) {
        const adopted = o.status === 'adopted' || o.status === 'realised' || o.closedAs === 'realised';
        if (!adopted) continue;
        expect(o.decision?.outcome).toBe('adopt');
        if (o.decision?.outcome !== 'adopt') continue;
        expect(o.decision.decision.reviewId).not.toBe('');
        expect(o.decision.decision.decisionId).not.toBe('');
        expect(o.adoptedOn).toBe(o.decision.decidedOn);
      }
    },
  );

  it.prop([stakeholderHistories(), fc.nat(1000)], runs)(
    'rebuilding from position 0 gives the same registers as updating incrementally from a checkpoint',
    async (commands, cut) => {
      const split = cut % (commands.length + 1);
      const writer = createStakeholderWriter();
      await writer.write(commands.slice(0, split));
      const checkpoints = inMemoryCheckpoints<ViewsState>();
      const first = createProjectionRunner({
        store: writer.tenant,
        registry,
        projection: viewsProjection,
        checkpoints,
      });
      await first.start();
      await first.whenCaughtUp();
      await first.stop();
      await writer.write(commands.slice(split));
      const second = createProjectionRunner({
        store: writer.tenant,
        registry,
        projection: viewsProjection,
        checkpoints,
      });
      await second.start();
      const incremental = await second.whenCaughtUp();
      await second.stop();
      const rebuilt = await replay(writer.tenant, registry, viewsProjection);
      expect(incremental).toEqual(rebuilt);
      expect(answers(incremental, now)).toEqual(answers(rebuilt, now));
    },
  );

  it.prop([stakeholderHistories(), fc.nat(1000)], runs)(
    'the registers as of a moment T equal the registers of the history written up to T',
    async (commands, cut) => {
      const split = cut % (commands.length + 1);
      const full = createStakeholderWriter();
      await full.write(commands.slice(0, split));
      const before = await eventsOf(full.tenant);
      await full.write(commands.slice(split));
      const truncated = createStakeholderWriter();
      await truncated.write(commands.slice(0, split));
      const position = before.at(-1)?.globalPosition ?? 0n;
      const asOf = await replay(full.tenant, registry, viewsProjection, { asOf: { position } });
      const upToT = await replay(truncated.tenant, registry, viewsProjection);
      expect(asOf).toEqual(upToT);
      expect(answers(asOf, now)).toEqual(answers(upToT, now));
    },
  );

  it('the random histories reach what the properties are about', async () => {
    const seen = new Set<string>();
    for (const commands of fc.sample(stakeholderHistories(), { numRuns: 20, seed: 13 })) {
      const writer = createStakeholderWriter();
      await writer.write(commands);
      const state = await replay(writer.tenant, registry, viewsProjection);
      for (const c of consultationRegister(state, { now })) {
        for (const item of [...c.findings, ...c.feedback]) seen.add(`item ${item.outcome}`);
      }
      for (const o of improvementLog(state, { now }).opportunities) seen.add(`opportunity ${o.status}`);
      for (const p of interestedPartyRegister(state))
        for (const r of p.requirements) seen.add(`requirement ${r.latest}`);
      for (const d of contextRegister(state, { now }).climateDecisions)
        if (d.revisions > 0) seen.add('climate revised');
    }
    expect([...seen]).toEqual(
      expect.arrayContaining([
        'item linked',
        'item notActedOn',
        'item pending',
        'opportunity adopted',
        'opportunity deferred',
        'opportunity closed',
        'requirement changed',
        'requirement withdrawn',
        'climate revised',
      ]),
    );
  });
});
