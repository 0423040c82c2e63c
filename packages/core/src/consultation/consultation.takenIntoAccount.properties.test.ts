import { fc, it } from '@fast-check/vitest';
import { foldState } from '@mgmt-review/eventsourcing';
import { propertyRuns, runCommands } from '@mgmt-review/eventsourcing/testing';
import { describe, expect } from 'vitest';
import { type CommandDraft, dailyCommands } from '../testing/dailyCommands.js';
import { people } from '../testing/people.js';
import type { ConsultationCommand } from './commands.js';
import { consultationDecider } from './decide.js';
import type { ConsultationEvent, FeedbackLink } from './events.js';
import { type Consultation, isTakenIntoAccount } from './state.js';

const runs = { numRuns: propertyRuns(300) };
const consultationId = 'cons-1';
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
/** A small pool, so commands name the same items again. */
const itemId = fc.constantFrom('f-1', 'f-2', 'fb-1', 'fb-2', 'fb-3');
/** Mostly the parties consulted, sometimes one that was not. */
const party = fc.constantFrom('ip-bank', 'ip-staff', 'ip-bank', 'ip-regulator');

const link: fc.Arbitrary<FeedbackLink> = fc.oneof(
  fc.record({
    to: fc.constant('reviewDecision' as const),
    reviewId: fc.constant('r1'),
    decisionId: fc.constantFrom('d-1', 'd-2'),
  }),
  fc.record({ to: fc.constant('action' as const), actionId: fc.constantFrom('act-1', 'act-2') }),
  fc.record({
    to: fc.constant('requirementChange' as const),
    interestedPartyId: fc.constant('ip-bank'),
    requirementId: fc.constant('req-conf'),
  }),
  fc.record({ to: fc.constant('objective' as const), objectiveId: fc.constant('obj-1') }),
);

/** Links, a reason, both or neither: the decider takes only links or a reason. */
const takenWith = fc.oneof(
  { weight: 3, arbitrary: fc.array(link, { minLength: 1, maxLength: 2 }).map((links) => ({ links })) },
  { weight: 2, arbitrary: fc.constant({ reasonNotActedOn: 'already met' }) },
  {
    weight: 1,
    arbitrary: fc.array(link, { minLength: 1, maxLength: 1 }).map((links) => ({ links, reasonNotActedOn: 'and not' })),
  },
  { weight: 1, arbitrary: fc.constant({}) },
);

type Draft = CommandDraft & { readonly type: ConsultationCommand['type'] };

const plan: fc.Arbitrary<Draft> = fc
  .record({
    channel: fc.constantFrom('survey' as const, 'interview' as const, 'complaintChannel' as const),
    scale: optional(fc.constant('satisfaction' as const)),
  })
  .map((d) => ({
    type: 'PlanConsultation',
    data: {
      interestedPartyIds: ['ip-bank', 'ip-staff'],
      topic: 'security of our services',
      window: { opensOn: '2026-01-01', closesOn: '2026-12-31' },
      owner: people.ciso,
      ...d,
    },
  }));

/** Any consultation command, its data random (items, parties, links and reasons given or not). */
const anyCommand: fc.Arbitrary<Draft> = fc.oneof(
  { weight: 1, arbitrary: plan },
  {
    weight: 4,
    arbitrary: fc
      .record({
        feedbackId: itemId,
        interestedPartyId: party,
        kind: fc.constantFrom('complaint' as const, 'request' as const),
      })
      .map((d) => ({ type: 'RecordFeedback' as const, data: { summary: 'what the party said', ...d } })),
  },
  {
    weight: 2,
    arbitrary: fc
      .record({ findings: fc.uniqueArray(itemId, { maxLength: 2 }), score: optional(fc.constantFrom(3.5, 4.2)) })
      .map((d) => ({
        type: 'RecordConsultationResults' as const,
        data: {
          conductedOn: '2026-01-31',
          invited: 20,
          responses: 12,
          score: d.score,
          findings: d.findings.map((findingId) => ({ findingId, summary: `finding ${findingId}` })),
        },
      })),
  },
  {
    weight: 6,
    arbitrary: fc
      .tuple(itemId, takenWith)
      .map(([id, taken]) => ({ type: 'TakeFeedbackIntoAccount' as const, data: { itemId: id, ...taken } })),
  },
  { weight: 1, arbitrary: fc.constant({ type: 'CloseConsultation' as const, data: {} }) },
  { weight: 1, arbitrary: fc.constant({ type: 'CancelConsultation' as const, data: { reason: 'not needed' } }) },
);

/** Sequences that begin by planning the consultation, each command a day after the one before (from 1 February). */
const commandSequences = fc
  .tuple(plan, fc.array(anyCommand, { maxLength: 14 }))
  .map(([first, rest]) =>
    dailyCommands<ConsultationCommand>([first, ...rest], people.ciso, { consultationId }, '2026-02-01'),
  );

/**
 * The invariant, read from the events and the state they fold to: each time an item is taken into
 * account, it is an item recorded before (a finding of the results or a party's feedback), linked
 * to what it led to or with the reason nothing is done; and the decider counts as taken into
 * account exactly the items that were, so.
 */
const takenIntoAccountProblems = (events: readonly ConsultationEvent[], state: Consultation): string[] => {
  const recorded = new Set<string>();
  const taken = new Set<string>();
  const problems: string[] = [];
  for (const event of events) {
    if (event.type === 'FeedbackRecorded') recorded.add(event.data.feedbackId);
    if (event.type === 'ConsultationResultsRecorded') for (const f of event.data.findings) recorded.add(f.findingId);
    if (event.type !== 'FeedbackTakenIntoAccount') continue;
    const d = event.data;
    if (!recorded.has(d.itemId)) problems.push(`${d.itemId} taken into account before it was recorded`);
    if (d.links.length === 0 && d.reasonNotActedOn === undefined) {
      problems.push(`${d.itemId} taken into account at ${d.at} with neither a link nor a reason`);
    } else {
      taken.add(d.itemId);
    }
  }
  for (const item of state.items) {
    if (isTakenIntoAccount(item) !== taken.has(item.itemId)) {
      problems.push(`${item.itemId} counted as ${isTakenIntoAccount(item) ? '' : 'not '}taken into account`);
    }
  }
  return problems;
};

describe('feedback is taken into account with what it led to, or why not (9.3.2 c, e)', () => {
  it.prop([commandSequences], runs)(
    'feedback counted as taken into account always has a link or a reason',
    (commands) => {
      const { events, state } = runCommands(consultationDecider, commands);
      expect(takenIntoAccountProblems(events, state)).toEqual([]);
    },
  );

  it('flags a history that takes feedback into account with neither a link nor a reason', () => {
    const history: ConsultationEvent[] = [
      {
        type: 'ConsultationPlanned',
        data: {
          consultationId,
          channel: 'complaintChannel',
          interestedPartyIds: ['ip-bank'],
          topic: 'complaints',
          window: { opensOn: '2026-01-01', closesOn: '2026-12-31' },
          owner: people.ciso,
          at: '2026-01-01T09:00:00Z',
        },
      },
      {
        type: 'FeedbackRecorded',
        data: {
          consultationId,
          feedbackId: 'fb-1',
          interestedPartyId: 'ip-bank',
          kind: 'complaint',
          summary: 'slow answers',
          at: '2026-01-02T09:00:00Z',
        },
      },
      {
        type: 'FeedbackTakenIntoAccount',
        data: {
          consultationId,
          itemId: 'fb-1',
          item: 'feedback',
          links: [],
          takenBy: 'u-ciso',
          at: '2026-01-03T09:00:00Z',
        },
      },
    ];
    expect(takenIntoAccountProblems(history, foldState(consultationDecider, history))).toEqual([
      'fb-1 taken into account at 2026-01-03T09:00:00Z with neither a link nor a reason',
    ]);
  });

  it('is checked on histories that link feedback, give reasons, and refuse some takings into account', () => {
    const histories = fc.sample(commandSequences, { numRuns: 1000, seed: 13 });
    const outcomes = histories.map((commands) => ({ commands, ...runCommands(consultationDecider, commands) }));
    const taken = (e: ConsultationEvent, linked: boolean) =>
      e.type === 'FeedbackTakenIntoAccount' &&
      (linked ? e.data.links.length > 0 : e.data.reasonNotActedOn !== undefined);
    expect(outcomes.filter((o) => o.events.some((e) => taken(e, true))).length).toBeGreaterThan(50);
    expect(outcomes.filter((o) => o.events.some((e) => taken(e, false))).length).toBeGreaterThan(50);
    expect(outcomes.filter((o) => o.events.some((e) => e.type === 'ConsultationClosed')).length).toBeGreaterThan(10);
    const refusedTakings = outcomes.filter(
      (o) =>
        o.refused > 0 &&
        o.commands.some(
          (c) =>
            c.type === 'TakeFeedbackIntoAccount' &&
            (c.data.links === undefined) === (c.data.reasonNotActedOn === undefined),
        ),
    );
    expect(refusedTakings.length).toBeGreaterThan(50);
  });
});
