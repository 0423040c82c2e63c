import { addDays } from '@mgmt-review/core';
import { agenda27001 } from '@mgmt-review/core/testing';
import type {
  ActionFate,
  ActionPlan,
  NonConformityPlan,
  NonConformityStage,
  PersonKey,
  ReviewPlan,
  RiskFate,
  RiskPlan,
  StoryPlans,
} from '@mgmt-review/demo';
import fc from 'fast-check';

/**
 * Random stories of the demo organisation for property tests: a few reviews at random intervals (some held, some moved,
 * inputs presented or justified or left out, decisions with actions of every fate),
 * nonconformities at random 10.2 steps and risks at random stages, over a random span. Written
 * with the demo's building blocks and `skipRefused`, so what the rules refuse is left out and the
 * history is always one the domain accepts.
 */

const START = '2024-01-01';
const owners: readonly PersonKey[] = ['it', 'hr', 'ops', 'dev', 'cfo', 'dpo'];

type ActionShape = Omit<ActionPlan, 'actionId' | 'dueDate'> & { readonly dueIn: number };

/** Every fate, the usual one (done, verified, effective) more often. */
const fate: fc.Arbitrary<ActionFate> = fc.oneof(
  { arbitrary: fc.constant({ kind: 'closed' } as const), weight: 4 },
  { arbitrary: fc.constant({ kind: 'open' } as const), weight: 1 },
  { arbitrary: fc.constant({ kind: 'completed' } as const), weight: 1 },
  { arbitrary: fc.constant({ kind: 'cancelled', reason: 'No longer needed' } as const), weight: 1 },
  { arbitrary: fc.constant({ kind: 'ineffective', finding: 'The cause remained' } as const), weight: 1 },
  {
    arbitrary: fc.constant({ kind: 'slipped', slips: [{ dueDate: '', reason: 'Supplier late' }] } as const),
    weight: 1,
  },
  {
    arbitrary: fc.constant({ kind: 'slippedOpen', slips: [{ dueDate: '', reason: 'Budget moved' }] } as const),
    weight: 1,
  },
);

const action: fc.Arbitrary<ActionShape> = fc.record({
  title: fc.constant('Random action'),
  owner: fc.constantFrom(...owners),
  dueIn: fc.integer({ min: 20, max: 150 }),
  fate,
});

/** Gives the action an id and a due date; a slip moves it by a month. */
const placed = (shape: ActionShape, actionId: string, raisedOn: string): ActionPlan => {
  const dueDate = addDays(raisedOn, shape.dueIn);
  const f = shape.fate;
  const fateWithDates: ActionFate =
    f.kind === 'slipped' || f.kind === 'slippedOpen'
      ? { kind: f.kind, slips: f.slips.map((s) => ({ dueDate: addDays(dueDate, 30), reason: s.reason })) }
      : f;
  return { actionId, title: shape.title, owner: shape.owner, dueDate, fate: fateWithDates };
};

const reviewShape = fc.record({
  gap: fc.integer({ min: 45, max: 130 }),
  kind: fc.constantFrom('regular' as const, 'regular' as const, 'annualInDepth' as const),
  movedBy: fc.option(fc.integer({ min: 3, max: 40 }), { nil: undefined }),
  notCovered: fc.subarray([...agenda27001], { maxLength: 3 }),
  apologies: fc.subarray(['cfo', 'ops'] as PersonKey[]),
  decisions: fc.array(
    fc.record({
      kind: fc.constantFrom('improvement' as const, 'ismsChange' as const, 'resourceNeed' as const),
      actions: fc.array(action, { maxLength: 2 }),
    }),
    { maxLength: 3 },
  ),
});

const stages: readonly NonConformityStage[] = [
  'raised',
  'corrected',
  'rootCause',
  'planned',
  'implemented',
  'verified',
  'closed',
  'closedWithoutAction',
  'reopened',
];

const nonConformityShape = fc.record({
  raisedIn: fc.integer({ min: 0, max: 300 }),
  stage: fc.constantFrom(...stages),
  severity: fc.constantFrom('major' as const, 'minor' as const, 'observation' as const),
  source: fc.constantFrom('internalAudit' as const, 'externalAudit' as const, 'incident' as const),
  owner: fc.constantFrom(...owners),
  actions: fc.array(action, { minLength: 1, maxLength: 2 }),
  recurrenceAfter: fc.integer({ min: 20, max: 200 }),
});

const riskFates: readonly RiskFate[] = [
  'identified',
  'assessed',
  'decided',
  'approved',
  'residualAssessed',
  'accepted',
  'renewed',
  'exception',
  'retired',
];

const level = fc.integer({ min: 1, max: 5 });
const riskShape = fc.record({
  identifiedIn: fc.integer({ min: 0, max: 500 }),
  fate: fc.constantFrom(...riskFates),
  owner: fc.constantFrom(...owners),
  rating: fc.tuple(level, level),
  residual: fc.tuple(fc.integer({ min: 1, max: 3 }), level),
  expiresIn: fc.integer({ min: 90, max: 700 }),
});

/** A random story and the moment it ends. */
export interface RandomStory {
  readonly plans: StoryPlans;
  readonly start: string;
  readonly end: string;
}

export const randomStory = (): fc.Arbitrary<RandomStory> =>
  fc
    .record({
      reviews: fc.array(reviewShape, { minLength: 0, maxLength: 4 }),
      upcoming: fc.integer({ min: 0, max: 1 }),
      nonConformities: fc.array(nonConformityShape, { maxLength: 4 }),
      risks: fc.array(riskShape, { maxLength: 4 }),
      endIn: fc.integer({ min: 60, max: 700 }),
    })
    .map(({ reviews, upcoming, nonConformities, risks, endIn }) => {
      let actionNumber = 0;
      const nextActionId = () => `A-${++actionNumber}`;
      let planned = addDays(START, 50);
      const reviewPlans: ReviewPlan[] = reviews.map((shape, index) => {
        planned = addDays(planned, index === 0 ? 0 : shape.gap);
        const held = index < reviews.length - upcoming;
        const meetingDay = shape.movedBy === undefined ? planned : addDays(planned, shape.movedBy);
        return {
          reviewId: `MR-${index + 1}`,
          kind: shape.kind,
          plannedDate: planned,
          rescheduled: shape.movedBy === undefined ? undefined : { plannedDate: meetingDay, reason: 'Moved' },
          meetingDay: held ? meetingDay : undefined,
          periodCovered: { from: addDays(planned, -90), to: addDays(planned, -1) },
          invited: ['ceo', 'cfo', 'ciso', 'it', 'hr', 'ops'],
          apologies: shape.apologies,
          reports: [{ from: 'it', inputIds: ['d2'] }],
          notCovered: Object.fromEntries(shape.notCovered.map((id) => [id, `Input ${id} justified as not covered`])),
          decisions: shape.decisions.map((d) => ({
            kind: d.kind,
            description: `A ${d.kind} decision`,
            rationale: 'Random rationale',
            actions: d.actions.map((a) => placed(a, nextActionId(), addDays(meetingDay, 1))),
          })),
        };
      });
      const nonConformityPlans: NonConformityPlan[] = nonConformities.map((shape, index) => {
        const raisedOn = addDays(START, shape.raisedIn);
        return {
          nonConformityId: `NC-${index + 1}`,
          source: shape.source,
          sourceReference: `REF-${index + 1}`,
          severity: shape.severity,
          requirement: 'A.5.1',
          description: 'A random nonconformity',
          owner: shape.owner,
          raisedOn,
          stage: shape.stage,
          actions: shape.actions.map((a) => placed(a, nextActionId(), addDays(raisedOn, 14))),
          recurrence: {
            on: addDays(raisedOn, 200 + shape.recurrenceAfter),
            reason: 'It recurred',
            actions: [placed(shape.actions[0]!, nextActionId(), addDays(raisedOn, 214 + shape.recurrenceAfter))],
          },
        };
      });
      const riskPlans: RiskPlan[] = risks.map((shape, index) => {
        const identifiedOn = addDays(START, shape.identifiedIn);
        return {
          riskId: `R-${index + 1}`,
          scenario: 'A random risk',
          asset: 'An asset',
          owner: shape.owner,
          cia: 'CIA',
          identifiedOn,
          rating: shape.rating,
          treatment: { option: 'modify', controls: ['A.8.8'], justification: 'Controls' },
          residual: shape.residual,
          fate: shape.fate,
          expiresOn: addDays(identifiedOn, 77 + shape.expiresIn),
        };
      });
      const lastDay = [
        ...reviewPlans.map((r) => r.plannedDate),
        ...nonConformityPlans.map((n) => n.raisedOn),
        ...riskPlans.map((r) => r.identifiedOn),
        START,
      ]
        .sort()
        .at(-1)!;
      return {
        plans: { reviews: reviewPlans, nonConformities: nonConformityPlans, risks: riskPlans },
        start: `${START}T00:00:00Z`,
        end: `${addDays(lastDay, endIn)}T23:59:30Z`,
      };
    });
