import {
  type ContextIssue,
  climateDecisionFor,
  climateEntityId,
  type IssueCategory,
  type IssueKind,
  type Review,
} from '@mgmt-review/core';
import { ceo, ciso, day, type MoveStep, stateOf } from './moveStep.js';
import { REVIEWS } from './review.js';

/** A context issue of a random history, as raised (4.1). */
export interface ContextIssueProfile {
  readonly contextIssueId: string;
  readonly kind: IssueKind;
  readonly category: IssueCategory;
  readonly description: string;
}

/** A legal and an organisational issue, and the environmental one a relevant climate decision names. */
export const CONTEXT_ISSUES: readonly ContextIssueProfile[] = [
  { contextIssueId: 'ctx-nis2', kind: 'external', category: 'legal', description: 'NIS2 is transposed into law' },
  { contextIssueId: 'ctx-cloud', kind: 'internal', category: 'organisational', description: 'IT moves to the cloud' },
  { contextIssueId: 'ctx-heat', kind: 'external', category: 'environmental', description: 'heat waves each summer' },
];

/** The issue that describes the effect of climate change, when it is decided relevant. */
const climateIssue = 'ctx-heat';

/** Moves a context issue one command along (4.1): raise it, record its changes, and, rarely, retire it. */
export const moveContextIssue = async (step: MoveStep, profile: ContextIssueProfile): Promise<void> => {
  const { t, choice: c, at, now } = step;
  const { contextIssueId } = profile;
  const i = await stateOf<ContextIssue>(t.contextIssues.load(contextIssueId));
  const by = { actor: ciso };
  if (i.status === 'none') {
    await t.contextIssues.raise(
      {
        contextIssueId,
        kind: profile.kind,
        category: profile.category,
        description: profile.description,
        effect: 'the ISMS must adapt its controls',
        at,
      },
      by,
    )();
  } else if (i.status === 'current') {
    if (c % 11 === 0) await t.contextIssues.retire({ contextIssueId, reason: 'no longer affects the ISMS', at }, by)();
    else
      await t.contextIssues.recordChange(
        {
          contextIssueId,
          change: `change ${i.changes + 1}`,
          changedOn: day(now, -(c % 3)),
          effect: c % 2 === 0 ? 'more controls are in scope' : undefined,
          at,
        },
        by,
      )();
  }
};

/**
 * Records the climate-change decision (4.1, Amd 1:2024) of the first scheduled review cycle that
 * has none; when every scheduled cycle has one, now and then revises the one decided last. Relevant only
 * while the issue describing its effect is current, and then it names that issue.
 */
export const moveClimateDecision = async (step: MoveStep): Promise<void> => {
  const { t, choice: c, at } = step;
  const climate = await stateOf<ContextIssue>(t.contextIssues.load(climateEntityId));
  let undecided: string | undefined;
  for (const reviewId of REVIEWS) {
    if (climateDecisionFor(climate, reviewId) !== undefined) continue;
    const review = await stateOf<Review>(t.reviews.load(reviewId));
    if (review.status === 'unscheduled') continue;
    undecided = reviewId;
    break;
  }
  const reviewId = undecided ?? climate.climateDecisions.at(-1)?.reviewId;
  if (reviewId === undefined || (undecided === undefined && c % 3 !== 0)) return;
  const heat = await stateOf<ContextIssue>(t.contextIssues.load(climateIssue));
  const relevant = heat.status === 'current' && c % 4 !== 0;
  await t.contextIssues.recordClimateDecision(
    {
      reviewId,
      relevant,
      rationale: relevant ? 'heat waves put the cooling of the server room at risk' : 'no effect on the ISMS outcomes',
      contextIssueIds: relevant ? [climateIssue] : undefined,
      revisionReason: undecided === undefined ? 'the server room moved' : undefined,
      at,
    },
    { actor: ceo },
  )();
};
