import { aggregates, type CommandOptions, createManagementReview, domainRegistry } from '@mgmt-review/core';
import { type CommandDraft, dailyCommands, samplePeople } from '@mgmt-review/core/testing';
import {
  createInMemoryEventStore,
  sequentialIds,
  steppingClock,
  type TenantEventStore,
} from '@mgmt-review/eventsourcing';
import fc from 'fast-check';

/**
 * Random histories of the records a review rests on, written through the facade so that every
 * event in them is one the deciders accepted: the context and its climate decisions, interested
 * parties and their requirements, consultations with feedback, and improvement opportunities.
 * The command data is random within small pools of ids (so commands name the same items again),
 * and a command the rules refuse is simply not recorded.
 */

/** A command of the history: who sends it, its type and its data (with its aggregate's id and time). */
export interface StakeholderCommand {
  readonly type: string;
  readonly actor: { readonly id: string; readonly role: string };
  readonly data: Readonly<Record<string, unknown>>;
}

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const day = fc
  .integer({ min: 0, max: 360 })
  .map((n) => new Date(Date.parse('2026-01-01') + n * 86_400_000).toISOString().slice(0, 10));

/** The drafts of one aggregate: the one that creates its entity, and the ones that follow, weighted. */
interface Drafts {
  readonly first: fc.Arbitrary<CommandDraft>;
  readonly next: readonly fc.WeightedArbitrary<CommandDraft>[];
}

const w = (weight: number, arbitrary: fc.Arbitrary<CommandDraft>) => ({ weight, arbitrary });
const draft = (type: string, data: Readonly<Record<string, unknown>>): CommandDraft => ({ type, data });

const contextDrafts: Drafts = {
  first: fc
    .record({ kind: fc.constantFrom('internal', 'external'), category: fc.constantFrom('legal', 'environmental') })
    .map((d) => draft('RaiseContextIssue', { ...d, description: 'an issue', effect: 'an effect' })),
  next: [
    w(
      3,
      optional(fc.constant('a new effect')).map((effect) =>
        draft('RecordContextIssueChange', {
          change: 'it changed',
          changedOn: '2026-01-01',
          ...(effect === undefined ? {} : { effect }),
        }),
      ),
    ),
    w(1, fc.constant(draft('RetireContextIssue', { reason: 'no longer relevant' }))),
  ],
};

const climateDraft: fc.Arbitrary<CommandDraft> = fc
  .record({ reviewId: fc.constantFrom('r1', 'r2'), relevant: fc.boolean(), revised: fc.boolean() })
  .map(({ revised, ...d }) =>
    draft('RecordClimateDecision', {
      ...d,
      rationale: 'as assessed',
      contextIssueIds: d.relevant ? ['ctx-1'] : [],
      ...(revised ? { revisionReason: 'the facts changed' } : {}),
    }),
  );

const requirementId = fc.constantFrom('req-1', 'req-2');
const terms = fc.record({ climateRelated: fc.boolean(), addressed: fc.boolean() }).map((t) => ({
  need: 'a need',
  source: 'a contract',
  climateRelated: t.climateRelated,
  ...(t.addressed
    ? { addressedBy: [{ kind: 'control', reference: 'A.5.1' }] }
    : { notAddressedReason: 'out of scope' }),
}));

const partyDrafts: Drafts = {
  first: fc.constant(
    draft('RegisterInterestedParty', { name: 'a customer', kind: 'customer', relevance: 'a contract' }),
  ),
  next: [
    w(
      3,
      fc.tuple(requirementId, terms).map(([id, t]) => draft('RecordRequirement', { requirementId: id, ...t })),
    ),
    w(
      2,
      fc
        .tuple(requirementId, terms)
        .map(([id, t]) => draft('ChangeRequirement', { requirementId: id, reason: 'a new contract', ...t })),
    ),
    w(
      1,
      requirementId.map((id) => draft('WithdrawRequirement', { requirementId: id, reason: 'dropped' })),
    ),
  ],
};

const itemId = fc.constantFrom('f-1', 'fb-1', 'fb-2');
const link = fc.constantFrom(
  { to: 'reviewDecision', reviewId: 'r1', decisionId: 'd-1' },
  { to: 'action', actionId: 'act-1' },
  { to: 'requirementChange', interestedPartyId: 'ip-1', requirementId: 'req-1' },
  { to: 'objective', objectiveId: 'obj-1' },
);
/** Links, a reason, both or neither: the decider takes only links or a reason. */
const takenWith = fc.oneof(
  { weight: 3, arbitrary: fc.array(link, { minLength: 1, maxLength: 2 }).map((links) => ({ links })) },
  { weight: 2, arbitrary: fc.constant({ reasonNotActedOn: 'already met' }) },
  { weight: 1, arbitrary: link.map((l) => ({ links: [l], reasonNotActedOn: 'and not' })) },
  { weight: 1, arbitrary: fc.constant({}) },
);

const consultationDrafts: Drafts = {
  first: fc.constantFrom('survey', 'poll', 'complaintChannel').map((channel) =>
    draft('PlanConsultation', {
      channel,
      interestedPartyIds: ['ip-1'],
      topic: 'security of our services',
      window: { opensOn: '2026-01-01', closesOn: '2026-12-31' },
      owner: samplePeople.ciso,
      ...(channel === 'survey' ? { scale: 'satisfaction' } : {}),
    }),
  ),
  next: [
    w(
      4,
      fc
        .record({ feedbackId: itemId, kind: fc.constantFrom('praise', 'complaint', 'request', 'concern') })
        .map((d) => draft('RecordFeedback', { interestedPartyId: 'ip-1', summary: 'what the party said', ...d })),
    ),
    w(
      2,
      fc.record({ scored: fc.boolean(), finding: fc.boolean() }).map((d) =>
        draft('RecordConsultationResults', {
          conductedOn: '2026-01-31',
          invited: 20,
          responses: 10,
          ...(d.scored ? { score: 4 } : {}),
          findings: d.finding ? [{ findingId: 'f-1', summary: 'a finding' }] : [],
        }),
      ),
    ),
    w(
      6,
      fc.tuple(itemId, takenWith).map(([id, taken]) => draft('TakeFeedbackIntoAccount', { itemId: id, ...taken })),
    ),
    w(1, fc.constant(draft('CloseConsultation', {}))),
    w(1, fc.constant(draft('CancelConsultation', { reason: 'not needed' }))),
  ],
};

/** A decision, mostly with what its outcome needs (a review decision, a revisit day, a reason), sometimes without. */
const decision = fc
  .record({
    outcome: fc.constantFrom('adopt', 'defer', 'reject'),
    complete: fc.integer({ min: 0, max: 4 }),
    revisitOn: day,
  })
  .map(({ outcome, complete, revisitOn }) => {
    const needs =
      outcome === 'adopt'
        ? { reviewId: 'r1', decisionId: 'd-1', actionIds: ['act-1'] }
        : outcome === 'defer'
          ? { revisitOn }
          : { reason: 'not worth it' };
    return draft('DecideImprovementOpportunity', { outcome, ...(complete > 0 ? needs : {}) });
  });

const improvementDrafts: Drafts = {
  first: fc
    .constantFrom('audit', 'review', 'staffSuggestion')
    .map((source) =>
      draft('LogImprovementOpportunity', { source, description: 'automate a task', expectedBenefit: 'time back' }),
    ),
  next: [
    w(
      3,
      fc
        .record({ value: fc.constantFrom('low', 'high'), effort: fc.constantFrom('low', 'high') })
        .map((d) => draft('EvaluateImprovementOpportunity', d)),
    ),
    w(4, decision),
    w(
      3,
      fc.constant(draft('RealiseImprovementOpportunity', { benefitObserved: 'time back', evidence: ['a run log'] })),
    ),
    w(
      1,
      fc.boolean().map((withdrawn) => draft('CloseImprovementOpportunity', withdrawn ? { reason: 'withdrawn' } : {})),
    ),
  ],
};

/** Up to twelve commands to one entity after the one that creates it, a day apart from `firstDay`. */
const entityCommands = (drafts: Drafts, address: Readonly<Record<string, string>>, firstDay: string) =>
  fc
    .tuple(drafts.first, fc.array(fc.oneof(...drafts.next), { maxLength: 12, size: 'max' }))
    .map(([head, rest]) => dailyCommands<StakeholderCommand>([head, ...rest], samplePeople.ciso, address, firstDay));

/**
 * The commands of a random history: two context issues, the climate decisions, two parties, two
 * consultations and three opportunities, their streams interleaved in business time.
 */
export const stakeholderHistories = (): fc.Arbitrary<StakeholderCommand[]> =>
  fc
    .tuple(
      entityCommands(contextDrafts, { contextIssueId: 'ctx-1' }, '2026-01-05'),
      entityCommands(contextDrafts, { contextIssueId: 'ctx-2' }, '2026-01-06'),
      fc
        .array(climateDraft, { maxLength: 4 })
        .map((drafts) => dailyCommands<StakeholderCommand>(drafts, samplePeople.ceo, {}, '2026-01-07')),
      entityCommands(partyDrafts, { interestedPartyId: 'ip-1' }, '2026-01-05'),
      entityCommands(partyDrafts, { interestedPartyId: 'ip-2' }, '2026-01-08'),
      entityCommands(consultationDrafts, { consultationId: 'cons-1' }, '2026-01-05'),
      entityCommands(consultationDrafts, { consultationId: 'cons-2' }, '2026-01-09'),
      entityCommands(improvementDrafts, { opportunityId: 'imp-1' }, '2026-01-05'),
      entityCommands(improvementDrafts, { opportunityId: 'imp-2' }, '2026-01-06'),
      entityCommands(improvementDrafts, { opportunityId: 'imp-3' }, '2026-01-10'),
    )
    .map((streams) => streams.flat().sort((a, b) => String(a.data.at).localeCompare(String(b.data.at))));

type SendFunction = (data: unknown, options: CommandOptions) => () => Promise<unknown>;

/** The facade function of each command type: its aggregate's group and verb. */
const facadePaths = new Map(
  aggregates.flatMap((a) =>
    Object.entries(a.verbs).map(([verb, v]) => [v.command as string, [a.group, verb] as const]),
  ),
);

/** A fresh in-memory store and a function that writes commands into it through the facade; refused commands are not recorded. */
export const createStakeholderWriter = () => {
  const clock = steppingClock('2027-01-01T00:00:00.000Z', 1000);
  const store = createInMemoryEventStore({ registry: domainRegistry, clock, ids: sequentialIds('event') });
  const handles = createManagementReview({ store, clock, ids: sequentialIds('cmd') }).forTenant(
    'acme',
  ) as unknown as Record<string, Record<string, SendFunction>>;
  const write = async (commands: readonly StakeholderCommand[]): Promise<void> => {
    for (const command of commands) {
      const [group, verb] = facadePaths.get(command.type) ?? [];
      const send = group === undefined || verb === undefined ? undefined : handles[group]?.[verb];
      if (send === undefined) throw new TypeError(`no facade function for ${command.type}`);
      await send(command.data, { actor: command.actor })();
    }
  };
  return { tenant: store.forTenant('acme') as TenantEventStore, write };
};
