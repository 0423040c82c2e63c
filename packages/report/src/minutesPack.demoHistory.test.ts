import { createInMemoryDemoHistory, demoFacts } from '@mgmt-review/demo';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  minutesPackHtml,
  minutesPackMarkdown,
  minutesPackOf,
  type PackState,
  packStateOf,
  renderPack,
} from './index.js';

const reviewId = demoFacts.lastHeldReviewId;
const now = demoFacts.now;
const anchor = { size: 1234, root: 'ab12cd34'.repeat(8), position: '1234', at: '2026-09-01T00:00:00.000Z' };

describe("the minutes pack of the demo's last review", () => {
  let state: PackState;
  beforeAll(async () => {
    state = await packStateOf((await createInMemoryDemoHistory()).tenant);
  }, 60_000);

  it('holds its decisions with the actions they call for, the three verdicts, and the previous review’s actions', () => {
    const pack = minutesPackOf(state, { reviewId, now });
    expect(pack.decisions.map((d) => d.decisionId)).toEqual(demoFacts.lastDecisionIds);
    expect(pack.decisions.map((d) => d.kind)).toEqual(demoFacts.lastDecisionKinds);
    expect(pack.actionPlan.map((a) => a.actionId)).toEqual(demoFacts.lastDecisionActionIds);
    for (const d of pack.decisions) expect(d.rationale, d.decisionId).not.toBe('');
    for (const a of pack.actionPlan) expect(a.ownerId, a.actionId).not.toBe('');
    expect(pack.verdicts.map((v) => v.aspect)).toEqual(['suitability', 'adequacy', 'effectiveness']);
    for (const v of pack.verdicts) expect(v.outcome, v.aspect).not.toBe('not recorded');
    const previous = state.views.reviews.get(reviewId)!.previousReviewId!;
    expect(pack.previousActions?.reviewId).toBe(previous);
    expect(pack.previousActions?.actions.map((a) => a.actionId)).toEqual(
      state.views.reviews.get(previous)!.decisions.flatMap((d) => d.actionIds),
    );
    expect(pack.attendees.length).toBeGreaterThan(0);
    expect(pack.inputs.length + pack.notCovered.length).toBe(state.views.reviews.get(reviewId)!.agenda.length);
    expect(pack.approval.minutes).toBe('approved');
    expect(pack.communications.length).toBeGreaterThan(0);
    expect(pack.nextReview?.plannedDate).toBeDefined();
  });

  it('the HTML and the Markdown show every decision and every action of the plan', () => {
    const pack = minutesPackOf(state, { reviewId, now });
    const html = minutesPackHtml(pack);
    const markdown = minutesPackMarkdown(pack);
    for (const d of pack.decisions) {
      expect(html).toContain(d.decisionId);
      expect(markdown).toContain(d.decisionId);
    }
    for (const a of pack.actionPlan) {
      expect(html).toContain(a.actionId);
      expect(markdown).toContain(a.actionId.replace(/([*_`[\]<>#])/g, '\\$1'));
    }
    expect(html).toContain('Conclusions on the ISMS');
    expect(markdown).toContain('## Conclusions on the ISMS');
  });

  it('names the history it was made from only when the caller passes its anchor', () => {
    const without = minutesPackOf(state, { reviewId, now });
    const withAnchor = minutesPackOf(state, { reviewId, now, anchor });
    expect(without.anchor).toBeUndefined();
    expect(minutesPackHtml(without)).not.toContain('Merkle root');
    expect(minutesPackHtml(withAnchor)).toContain(anchor.root);
    expect(minutesPackMarkdown(withAnchor)).toContain(anchor.root);
  });

  it('a review the history does not hold, or Markdown for the agenda, is refused with the reason', async () => {
    expect(() => minutesPackOf(state, { reviewId: 'MR-NONE', now })).toThrow(/review MR-NONE: not in the history/);
    await expect(renderPack(state, { reviewId, kind: 'agenda', format: 'md', now })).rejects.toThrow(
      /Markdown is written for the minutes pack only/,
    );
  });
});
