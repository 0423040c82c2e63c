import type { ReviewPlan, RiskPlan, StoryPlans } from '@mgmt-review/demo';
import { storyStore as storeFor, storyTenant as TENANT, writeStory } from '@mgmt-review/testing';
import { describe, expect, it } from 'vitest';
import type { AuditorAnswer } from './answer.js';
import { askAuditor } from './ask.js';
import type { QuestionId } from './questions.js';

/** One quarterly review held on 2025-03-13, its decisions given, and the next one planned. */
const review = (overrides: Partial<ReviewPlan> = {}): ReviewPlan => ({
  reviewId: 'MR-1',
  kind: 'regular',
  plannedDate: '2025-03-13',
  meetingDay: '2025-03-13',
  periodCovered: { from: '2024-12-01', to: '2025-02-28' },
  invited: ['ceo', 'ciso', 'it'],
  reports: [{ from: 'it', inputIds: ['d2'] }],
  decisions: [
    { kind: 'improvement', description: 'Improve', rationale: 'Because', actions: [] },
    { kind: 'ismsChange', description: 'Change', rationale: 'Because', actions: [] },
  ],
  ...overrides,
});
const next: ReviewPlan = {
  reviewId: 'MR-2',
  kind: 'regular',
  plannedDate: '2025-06-12',
  periodCovered: { from: '2025-03-01', to: '2025-05-31' },
  invited: ['ceo', 'ciso'],
  reports: [],
  decisions: [],
};

const story = (plans: Partial<StoryPlans>) => ({
  plans: { reviews: [], nonConformities: [], risks: [], ...plans },
  start: '2024-11-01T00:00:00Z',
  end: '2026-01-01T00:00:00Z',
});

/** The answer to `question` for a story, as recorded by `moment`. */
const askAt = async (plans: Partial<StoryPlans>, question: QuestionId, moment: string): Promise<AuditorAnswer> => {
  const s = story(plans);
  const target = storeFor(s);
  await writeStory(target, s);
  return askAuditor(target.store.forTenant(TENANT), question, { asOf: { recordedAt: moment } });
};

describe('verdicts, one branch at a time', () => {
  const reviews = [review(), next];

  it('minutes: none yet is no; drafted is partial; approved is yes', async () => {
    expect((await askAt({ reviews }, 'minutes-kept', '2025-03-13T23:00:00Z')).verdict).toBe('no');
    expect((await askAt({ reviews }, 'minutes-kept', '2025-03-16T00:00:00Z')).verdict).toBe('partial');
    expect((await askAt({ reviews }, 'minutes-kept', '2025-03-21T00:00:00Z')).verdict).toBe('yes');
  });

  it('results: approved but not yet communicated is no; communicated is yes', async () => {
    const before = await askAt({ reviews }, 'results-communicated', '2025-03-21T00:00:00Z');
    expect(before.verdict).toBe('no');
    expect(before.evidence.map((e) => e.type)).toEqual(['MinutesApproved']);
    expect((await askAt({ reviews }, 'results-communicated', '2025-03-24T00:00:00Z')).verdict).toBe('yes');
  });

  it('decisions: both kinds is yes; only resource needs is no; improvement only is partial', async () => {
    expect((await askAt({ reviews }, 'improvement-and-change-decisions', '2025-04-01T00:00:00Z')).verdict).toBe('yes');
    const resources = [
      review({ decisions: [{ kind: 'resourceNeed', description: 'Hire', rationale: 'Load', actions: [] }] }),
      next,
    ];
    expect(
      (await askAt({ reviews: resources }, 'improvement-and-change-decisions', '2025-04-01T00:00:00Z')).verdict,
    ).toBe('no');
    const improvement = [review({ decisions: [review().decisions[0]!] }), next];
    expect(
      (await askAt({ reviews: improvement }, 'improvement-and-change-decisions', '2025-04-01T00:00:00Z')).verdict,
    ).toBe('partial');
  });

  it('stakeholders: both inputs justified as not covered, with nobody else heard, is no', async () => {
    const quiet = [
      review({ invited: ['ceo', 'ciso'], reports: [], notCovered: { c: 'No change', e: 'No feedback' } }),
      next,
    ];
    const a = await askAt({ reviews: quiet }, 'stakeholders-consulted', '2025-04-01T00:00:00Z');
    expect(a.verdict).toBe('no');
    expect(a.sentence).toContain('justified as not covered');
  });

  it('stakeholders: one input justified and nobody else heard is partial', async () => {
    const half = [review({ invited: ['ceo', 'ciso'], reports: [], notCovered: { e: 'No feedback' } }), next];
    expect((await askAt({ reviews: half }, 'stakeholders-consulted', '2025-04-01T00:00:00Z')).verdict).toBe('partial');
  });

  it('inputs: justified inputs never presented in the cycle make it partial', async () => {
    const a = await askAt(
      { reviews: [review({ notCovered: { g: 'Nothing new' } }), next] },
      'inputs-covered',
      '2025-04-01T00:00:00Z',
    );
    expect(a.verdict).toBe('partial');
    expect(a.sentence).toContain('g not presented in the cycle');
  });

  it('intervals: within the cadence is yes; once the only next one is late, the running gap makes it no', async () => {
    expect((await askAt({ reviews }, 'planned-intervals', '2025-05-01T00:00:00Z')).verdict).toBe('yes');
    const late = await askAt({ reviews }, 'planned-intervals', '2025-06-20T00:00:00Z');
    expect(late.verdict).toBe('no');
    expect(late.sentence).toContain(
      'no review has been held since MR-1 on 2025-03-13, 99 days ago; the next was due by 2025-06-13',
    );
  });

  it('next meeting: with no review after the last one planned, the answer is no', async () => {
    const a = await askAt({ reviews: [review()] }, 'next-meeting', '2025-04-01T00:00:00Z');
    expect(a.verdict).toBe('no');
    expect(a.sentence).toContain('No next management review is planned');
  });

  it('risks: an accepted residual risk in force is yes; once its acceptance expires it is named', async () => {
    const risk: RiskPlan = {
      riskId: 'R-1',
      scenario: 'Ransomware',
      asset: 'Servers',
      owner: 'it',
      cia: 'A',
      identifiedOn: '2024-11-04',
      rating: [4, 4],
      treatment: { option: 'modify', controls: ['A.8.7'], justification: 'Backups and EDR' },
      residual: [2, 2],
      fate: 'accepted',
      expiresOn: '2025-06-30',
    };
    expect((await askAt({ risks: [risk] }, 'risk-treatment-and-acceptance', '2025-03-01T00:00:00Z')).verdict).toBe(
      'yes',
    );
    const expired = await askAt({ risks: [risk] }, 'risk-treatment-and-acceptance', '2025-07-01T00:00:00Z');
    expect(expired.verdict).toBe('partial');
    expect(expired.sentence).toContain('1 acceptance expired (R-1)');
  });

  it('nothing recorded yet: every question is not yet applicable', async () => {
    const s = story({});
    const target = storeFor(s);
    const all = await askAuditor(target.store.forTenant(TENANT), 'all', { now: '2025-01-01T00:00:00Z' });
    expect(new Set(all.map((a) => a.verdict))).toEqual(new Set(['not-yet-applicable']));
  });
});
