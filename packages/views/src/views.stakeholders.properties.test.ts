import { fc, it } from '@fast-check/vitest';
import { domainRegistry, type ManagementReviewEvent } from '@mgmt-review/core';
import { type EventRegistry, readHistory, replay, type TenantEventStore } from '@mgmt-review/eventsourcing';
import { propertyRuns } from '@mgmt-review/eventsourcing/testing';
import { historySteps, writeHistory } from '@mgmt-review/testing';
import { describe, expect } from 'vitest';
import { viewsProjection } from './projection.js';
import { consultationRegister } from './queries/consultationRegister.js';
import { contextRegister } from './queries/contextRegister.js';
import { improvementLog } from './queries/improvementLog.js';
import { interestedPartyRegister } from './queries/interestedPartyRegister.js';

/**
 * Consultations and the improvement log over random valid histories of every aggregate (written
 * through the facade): what the registers count as taken into account and as adopted is what the
 * history recorded. Rebuild = incremental and as-of = truncated for these registers are in
 * `views.rebuild.test.ts`.
 */

const registry = domainRegistry as EventRegistry<ManagementReviewEvent>;
const runs = { numRuns: propertyRuns(20) };
/** Long enough that each of the records a review rests on is moved several times. */
const histories = () => historySteps(150, 250);
const now = '2028-01-01';

/** The items of each consultation the history took into account, as `consultationId/itemId`. */
const takenIn = async (tenant: TenantEventStore): Promise<ReadonlySet<string>> => {
  const taken = new Set<string>();
  for await (const event of readHistory(tenant, registry)) {
    if (event.type === 'FeedbackTakenIntoAccount') taken.add(`${event.data.consultationId}/${event.data.itemId}`);
  }
  return taken;
};

describe('consultations and the improvement log over random valid histories', () => {
  it.prop([histories()], runs)(
    'feedback counted as taken into account always has a link or a reason, and is exactly the feedback the history took into account',
    async (steps) => {
      const { tenant } = await writeHistory(steps);
      const taken = await takenIn(tenant);
      const state = await replay(tenant, registry, viewsProjection);
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

  it.prop([histories()], runs)(
    'an adopted opportunity in the log always names the review decision that adopted it',
    async (steps) => {
      const { tenant } = await writeHistory(steps);
      const state = await replay(tenant, registry, viewsProjection);
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

  it('the random histories reach what the properties are about', async () => {
    const seen = new Set<string>();
    for (const steps of fc.sample(histories(), { numRuns: 8, seed: 13 })) {
      const state = await replay((await writeHistory(steps)).tenant, registry, viewsProjection);
      for (const c of consultationRegister(state, { now })) {
        for (const item of [...c.findings, ...c.feedback]) seen.add(`item ${item.outcome}`);
      }
      for (const o of improvementLog(state, { now }).opportunities) {
        seen.add(`opportunity ${o.status}`);
        if (o.decision !== undefined) seen.add(`decision ${o.decision.outcome}`);
        if (o.realisation !== undefined) seen.add('benefit realised');
      }
      for (const p of interestedPartyRegister(state))
        for (const r of p.requirements) seen.add(`requirement ${r.latest}`);
      for (const i of contextRegister(state, { now, includeRetired: true }).issues) seen.add(`issue ${i.status}`);
      if (contextRegister(state, { now }).climateDecisions.length > 0) seen.add('climate decided');
    }
    expect([...seen]).toEqual(
      expect.arrayContaining([
        'item linked',
        'item notActedOn',
        'item pending',
        'decision adopt',
        'benefit realised',
        'requirement changed',
        'requirement withdrawn',
        'issue retired',
        'climate decided',
      ]),
    );
  });
});
