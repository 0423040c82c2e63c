import { domainRegistry, iso27001_2022, type ManagementReviewEvent, sourcesOf } from '@mgmt-review/core';
import { createInMemoryDemoHistory, demoFacts } from '@mgmt-review/demo';
import { type EventRegistry, replay } from '@mgmt-review/eventsourcing';
import {
  actionRegister,
  auditProgramme,
  consultationRegister,
  contextRegister,
  improvementLog,
  indicatorSeries,
  interestedPartyRegister,
  nonConformityRegister,
  objectiveRegister,
  riskRegister,
  viewsProjection,
} from '@mgmt-review/views';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeInputPack } from './computeInputPack.js';
import type { Figures } from './part.js';
import { verifyPack } from './verifyFrozenPack.js';

const registry = domainRegistry as EventRegistry<ManagementReviewEvent>;
const reviewId = demoFacts.lastHeldReviewId;
const meetingDay = demoFacts.meetingDays.at(-1)!;
/** The demo opens every meeting at 09:00 UTC. */
const meeting = `${meetingDay}T09:00:00.000Z`;

type Content = { readonly sources: readonly { readonly source: string; readonly figures: Figures }[] };
const figuresOf = (content: unknown, source: string): Figures =>
  (content as Content).sources.find((s) => s.source === source)!.figures;

describe("the demo's last review, its input pack as of the meeting", () => {
  let history: Awaited<ReturnType<typeof createInMemoryDemoHistory>>;
  beforeAll(async () => {
    history = await createInMemoryDemoHistory();
  }, 60_000);

  it('has a part for every input on the agenda, each with the sources its catalogue names, and it verifies', async () => {
    const computed = await computeInputPack(history.tenant, { reviewId, asOf: meeting });
    if (computed._tag === 'Left') throw new Error(computed.left.message);
    const pack = computed.right;
    expect(pack.parts.map((p) => p.inputId)).toEqual(['a', 'b', 'c', 'd1', 'd2', 'd3', 'd4', 'e', 'f', 'g']);
    for (const part of pack.parts) {
      const input = iso27001_2022.inputs.find((i) => i.id === part.inputId)!;
      expect(part.sources).toEqual(sourcesOf(input));
      expect(part.summary.length).toBeGreaterThan(0);
    }
    expect(await verifyPack(history.tenant, reviewId, pack)).toEqual({ ok: true, pack });
  });

  it('gives the numbers the registers show as of the meeting', async () => {
    const computed = await computeInputPack(history.tenant, { reviewId, asOf: meeting });
    if (computed._tag === 'Left') throw new Error(computed.left.message);
    const parts = new Map(computed.right.parts.map((p) => [p.inputId, p.content]));
    const views = await replay(history.tenant, registry, viewsProjection, { asOf: { recordedAt: meeting } });

    const nonConformities = nonConformityRegister(views, { now: meeting });
    const d1 = figuresOf(parts.get('d1'), 'nonConformities');
    expect(d1.nonConformities).toBe(nonConformities.length);
    expect(d1.open).toBe(nonConformities.filter((n) => n.status === 'open').length);

    const risks = riskRegister(views, { now: meeting });
    const f = figuresOf(parts.get('f'), 'risks');
    expect(f.risks).toBe(risks.length);
    expect(f.aboveAppetite).toBe(risks.filter((r) => r.aboveAppetite).length);
    expect(f.acceptancesExpired).toBe(risks.filter((r) => r.acceptance?.expired === true).length);

    const objectives = objectiveRegister(views, { now: meeting });
    const d4 = figuresOf(parts.get('d4'), 'objectives');
    expect(d4.objectives).toBe(objectives.length);
    expect(d4.pursued).toBe(objectives.filter((o) => o.status === 'set').length);

    const series = indicatorSeries(views, { now: meeting });
    const d2 = figuresOf(parts.get('d2'), 'indicators');
    expect(d2.indicators).toBe(series.length);
    expect(d2.indicators).toBeGreaterThan(0);

    const programme = auditProgramme(views, { now: meeting });
    const d3 = figuresOf(parts.get('d3'), 'audits');
    expect(d3.audits).toBe(programme.audits.length);
    expect(d3.overdue).toBe(programme.overdue.length);

    const register = contextRegister(views, { now: meeting });
    const b = figuresOf(parts.get('b'), 'contextIssues');
    expect(b.issues).toBe(register.issues.filter((i) => i.retiredOn === undefined).length);
    const climate = figuresOf(parts.get('b'), 'climateDecisions');
    expect(climate.decisions).toBe(register.climateDecisions.length);

    const parties = interestedPartyRegister(views, {});
    const c = figuresOf(parts.get('c'), 'interestedPartyRequirements');
    expect(c.parties).toBe(parties.length);
    expect(c.parties).toBeGreaterThan(0);

    const consultations = consultationRegister(views, { now: meeting });
    const e = figuresOf(parts.get('e'), 'consultations');
    expect(e.consultations).toBe(consultations.length);

    const log = improvementLog(views, { now: meeting });
    const g = figuresOf(parts.get('g'), 'improvements');
    expect(g.opportunities).toBe(log.opportunities.length);
    expect(g.opportunities).toBeGreaterThan(0);

    const earlier = new Set(demoFacts.heldReviewIds.slice(0, -1));
    const decided = actionRegister(views, { now: meeting }).filter(
      (a) => a.origin === 'reviewDecision' && earlier.has(a.originId),
    );
    const a = figuresOf(parts.get('a'), 'previousReviewActions');
    expect(a.actions).toBe(decided.length);
    expect(decided.length).toBeGreaterThan(0);
  });

  it('says, for each input fed by records, what changed since the review before', async () => {
    const computed = await computeInputPack(history.tenant, { reviewId, asOf: meeting });
    if (computed._tag === 'Left') throw new Error(computed.left.message);
    const f = computed.right.parts.find((p) => p.inputId === 'f')!.content as {
      sinceLastReview: {
        previousReviewId: string;
        basis: string;
        sources: { figures: Record<string, { previous: unknown; now: unknown }> }[];
      };
    };
    expect(f.sinceLastReview.previousReviewId).toBe(demoFacts.heldReviewIds.at(-2));
    expect(f.sinceLastReview.basis).not.toBe('none');
    const risks = f.sinceLastReview.sources[0]!.figures.risks!;
    const before = await replay(history.tenant, registry, viewsProjection, {
      asOf: { recordedAt: `${demoFacts.meetingDays.at(-2)}T23:59:59.999Z` },
    });
    if (f.sinceLastReview.basis === 'meetingDay') {
      expect(risks.previous).toBe(
        riskRegister(before, { now: `${demoFacts.meetingDays.at(-2)}T23:59:59.999Z` }).length,
      );
    }
    expect(risks.now).toBe(figuresOf(f, 'risks').risks);
  });
});
