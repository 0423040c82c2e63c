import { dayOf } from '@mgmt-review/core';
import { completionDay } from './actions.js';
import { nonConformityPlans } from './nonConformityPlans.js';
import { recordFacts } from './recordFacts.js';
import { reviewPlans } from './reviewPlans.js';
import { riskPlans } from './riskPlans.js';
import { demoNow } from './story.js';
import { DEMO_TENANT } from './writeDemoHistory.js';

const held = reviewPlans.filter((r) => r.meetingDay !== undefined);
const upcoming = reviewPlans.filter((r) => r.meetingDay === undefined);
const decisions = held.flatMap((r) => r.decisions.map((d, index) => ({ review: r, decision: d, index })));
const reviewActions = decisions.flatMap((d) => d.decision.actions);
const correctiveActions = nonConformityPlans.flatMap((n) => [...n.actions, ...(n.recurrence?.actions ?? [])]);
const treatmentActions = riskPlans.flatMap((r) => r.actions ?? []);
const allActions = [...reviewActions, ...correctiveActions, ...treatmentActions];
const today = dayOf(demoNow);
const lastHeld = held.at(-1)!;
const next = upcoming[0]!;

/** The day an action's due date ends at (after its slips). */
const finalDueDate = (a: (typeof allActions)[number]): string =>
  a.fate.kind === 'slipped' || a.fate.kind === 'slippedOpen' ? (a.fate.slips.at(-1)?.dueDate ?? a.dueDate) : a.dueDate;

const sorted = (ids: readonly string[]): readonly string[] => [...ids].sort();

/**
 * What the demo history is known to contain, for tests that check answers against it. Every fact
 * is derived from the story's plans, and the demo's own tests check each against the history written.
 */
export const demoFacts = {
  tenantId: DEMO_TENANT,
  /** The end of the story ("now" of its answers), and its day. */
  now: demoNow,
  today,
  /** The first event of the story (the first risk identified). */
  startsAt: '2024-09-02T09:00:00Z',
  /** Every review, in order (each names the one before as `previousReviewId`). */
  reviewIds: reviewPlans.map((r) => r.reviewId),
  /** The reviews held (meeting opened, minutes approved, results communicated, closed), oldest first. */
  heldReviewIds: held.map((r) => r.reviewId),
  /** The days their meetings were held, in the same order. */
  meetingDays: held.map((r) => r.meetingDay!),
  /** The annual in-depth review. */
  annualReviewId: held.find((r) => r.kind === 'annualInDepth')!.reviewId,
  /** The last review held before the end of the story, and its decisions. */
  lastHeldReviewId: lastHeld.reviewId,
  lastDecisionIds: lastHeld.decisions.map((_, index) => `${lastHeld.reviewId}-D${index + 1}`),
  lastDecisionKinds: lastHeld.decisions.map((d) => d.kind),
  lastDecisionActionIds: lastHeld.decisions.flatMap((d) => d.actions.map((a) => a.actionId)),
  /** The next review: scheduled, after the end of the story. */
  nextReviewId: next.reviewId,
  nextReviewPlannedDate: next.plannedDate,
  /** The one review moved beyond its quarterly cadence: held 3½ months after the one before. */
  longerGap: { fromReviewId: 'MR-2025-04', toReviewId: 'MR-2025-07', days: 105 },
  /** Inputs justified as not covered, by review. */
  inputsNotCovered: Object.fromEntries(
    held.filter((r) => r.notCovered !== undefined).map((r) => [r.reviewId, Object.keys(r.notCovered ?? {})]),
  ) as Readonly<Record<string, readonly string[]>>,
  counts: {
    reviews: reviewPlans.length,
    heldReviews: held.length,
    quarterlyReviews: held.filter((r) => r.kind === 'regular').length,
    annualInDepthReviews: held.filter((r) => r.kind === 'annualInDepth').length,
    decisions: decisions.length,
    actions: allActions.length,
    reviewActions: reviewActions.length,
    correctiveActions: correctiveActions.length,
    treatmentActions: treatmentActions.length,
    nonConformities: nonConformityPlans.length,
    risks: riskPlans.length,
  },
  /** Actions still to be done after their due date at the end of the story. */
  overdueActionIds: sorted(
    allActions
      .filter((a) => a.fate.kind === 'open' || a.fate.kind === 'slippedOpen')
      .filter((a) => finalDueDate(a) < today)
      .map((a) => a.actionId),
  ),
  /** Actions whose due date moved at least once. */
  slippedActionIds: sorted(
    allActions.filter((a) => a.fate.kind === 'slipped' || a.fate.kind === 'slippedOpen').map((a) => a.actionId),
  ),
  /** The action found not effective, reopened, and done again. */
  ineffectiveActionId: 'A-04',
  /** Completed, waiting for verification. */
  awaitingVerificationActionIds: sorted(allActions.filter((a) => a.fate.kind === 'completed').map((a) => a.actionId)),
  cancelledActionIds: sorted(allActions.filter((a) => a.fate.kind === 'cancelled').map((a) => a.actionId)),
  /** Nonconformities by the furthest 10.2 step they reach. */
  nonConformityStages: Object.fromEntries(nonConformityPlans.map((n) => [n.nonConformityId, n.stage])) as Readonly<
    Record<string, string>
  >,
  closedNonConformityIds: sorted(
    nonConformityPlans
      .filter((n) => n.stage === 'closed' || n.stage === 'closedWithoutAction')
      .map((n) => n.nonConformityId),
  ),
  reopenedNonConformityId: 'NC-03',
  /** Risks whose residual-risk acceptance has expired by the end of the story (never renewed). */
  expiredAcceptanceRiskIds: sorted(
    riskPlans
      .filter((r) => r.fate === 'accepted' && r.expiresOn !== undefined && r.expiresOn < today)
      .map((r) => r.riskId),
  ),
  /** Residual risk above appetite, accepted as a justified exception. */
  exceptionRiskIds: sorted(riskPlans.filter((r) => r.fate === 'exception').map((r) => r.riskId)),
  /** Risks reassessed at the annual reassessment and accepted again. */
  renewedRiskIds: sorted(riskPlans.filter((r) => r.fate === 'renewed').map((r) => r.riskId)),
  retiredRiskIds: sorted(riskPlans.filter((r) => r.fate === 'retired').map((r) => r.riskId)),
  /** Risks with a treatment decided but the plan not approved by the owner yet. */
  unapprovedTreatmentRiskIds: sorted(riskPlans.filter((r) => r.fate === 'decided').map((r) => r.riskId)),
  /** Risks with residual risk assessed but not accepted yet. */
  unacceptedResidualRiskIds: sorted(riskPlans.filter((r) => r.fate === 'residualAssessed').map((r) => r.riskId)),
  /** Days on which each corrective action of a nonconformity is first completed. */
  correctiveActionCompletion: Object.fromEntries(
    correctiveActions.map((a) => [a.actionId, completionDay(a)]),
  ) as Readonly<Record<string, string | undefined>>,
  /** The records the reviews rest on: objectives, indicators, audits, context, interested parties, consultations, improvements. */
  records: recordFacts,
} as const;

/** The facts of the demo history. */
export type DemoFacts = typeof demoFacts;
