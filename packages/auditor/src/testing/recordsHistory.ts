import { aggregates, createManagementReview, domainRegistry } from '@mgmt-review/core';
import {
  auditSamples,
  climateSamples,
  consultationSamples,
  contextIssueSamples,
  improvementSamples,
  indicatorSamples,
  interestedPartySamples,
  objectiveSamples,
  samplePeople as people,
  reviewSamples,
} from '@mgmt-review/core/testing';
import { createDemoClock } from '@mgmt-review/demo';
import {
  type Actor,
  CommandFailed,
  createInMemoryEventStore,
  type EventStore,
  sequentialIds,
  type TenantEventStore,
} from '@mgmt-review/eventsourcing';
import fc from 'fast-check';

/**
 * Test support of the auditor (not published): histories of the records a review rests on, written
 * command by command through the facade, by hand or at random. Every event in them is one the
 * deciders accepted; recordedAt follows the business time of each command.
 *
 * The random ones are dense where the answers on the records look: six reviews held among the
 * records, each presenting or justifying the inputs they feed (b, c, d3, d4, e, g) and recording the
 * decision an opportunity can be adopted by, so that an audit report considered by the next review,
 * an adoption naming a recorded decision or feedback pending past a review are reached in a few
 * dozen steps. The random histories of every aggregate (`@mgmt-review/testing`) serve the rebuild and
 * as-of properties; they reach those branches rarely.
 */

/** A command as core's sample commands give it: its type, who sends it, and its data. */
export interface SampleCommand {
  readonly type: string;
  readonly actor: Actor;
  readonly data: { readonly at: string };
}

type Send = (data: object, options: { readonly actor: Actor }) => Promise<unknown>;

/** The facade's group and function of each command type, from the list of aggregates. */
const handleOf = new Map(
  aggregates.flatMap((a) => Object.entries(a.verbs).map(([verb, v]) => [v.command, [a.group, verb]] as const)),
);

/** The tenant the histories are written for. */
export const recordsTenant = 'acme';

/** One tenant's history being written. */
export interface RecordsHistory {
  readonly store: EventStore;
  readonly tenant: TenantEventStore;
  /** Sends the command, its data changed by `changes`; rejects with `CommandFailed` when refused. */
  readonly send: (command: SampleCommand, changes?: object) => Promise<void>;
  /** Sends the command; `false` when the rules refuse it (nothing is recorded). */
  readonly trySend: (command: SampleCommand, changes?: object) => Promise<boolean>;
}

/** A fresh in-memory tenant whose clock follows the business time of the commands sent. */
export const recordsHistory = (): RecordsHistory => {
  const clock = createDemoClock('2025-01-01T00:00:00.000Z');
  const store = createInMemoryEventStore({ registry: domainRegistry, clock, ids: sequentialIds('event') });
  const handles = createManagementReview({ store, clock, ids: sequentialIds('cmd') }).forTenantAsync(recordsTenant);
  const groups = handles as unknown as Readonly<Record<string, Readonly<Record<string, Send>>>>;
  const send = async (command: SampleCommand, changes: object = {}): Promise<void> => {
    const [group, verb] = handleOf.get(command.type)!;
    const data = { ...command.data, ...changes };
    clock.advanceTo(data.at);
    await groups[group]![verb]!(data, { actor: command.actor });
  };
  const trySend = async (command: SampleCommand, changes: object = {}): Promise<boolean> => {
    try {
      await send(command, changes);
      return true;
    } catch (error) {
      if (error instanceof CommandFailed) return false;
      throw error;
    }
  };
  return { store, tenant: store.forTenant(recordsTenant), send, trySend };
};

/** A review held on a day: the inputs presented (with their references), those justified as not covered, its decisions. */
export interface HeldReviewPlan {
  readonly reviewId: string;
  readonly day: string;
  readonly presented: readonly string[];
  readonly notCovered?: Readonly<Record<string, string>>;
  readonly references?: Readonly<Record<string, readonly string[]>>;
  readonly decisionIds?: readonly string[];
}

/** The commands of a quarterly review scheduled 30 days ahead and held on its day, as planned. */
const reviewCommands = (review: HeldReviewPlan): readonly [SampleCommand, object][] => {
  const r = reviewSamples(review.reviewId);
  const at = (time: string) => `${review.day}T${time}:00Z`;
  const before = new Date(Date.parse(review.day) - 30 * 86_400_000).toISOString();
  return [
    [r.schedule, { plannedDate: review.day, periodCovered: { from: '2025-01-01', to: review.day }, at: before }],
    [r.openMeeting, { apologies: [], at: at('09:00') }],
    ...review.presented.map((inputId): [SampleCommand, object] => [
      r.present(inputId),
      { references: review.references?.[inputId] ?? [], at: at('09:30') },
    ]),
    ...Object.entries(review.notCovered ?? {}).map(([inputId, justification]): [SampleCommand, object] => [
      r.notCovered(inputId),
      { justification, at: at('09:40') },
    ]),
    ...(review.decisionIds ?? []).map((decisionId): [SampleCommand, object] => [
      r.decide,
      { decisionId, actionIds: [], at: at('10:00') },
    ]),
  ];
};

/** Holds a review as planned; rejects when a command is refused. */
export const holdReview = async (history: RecordsHistory, review: HeldReviewPlan): Promise<void> => {
  for (const [command, changes] of reviewCommands(review)) await history.send(command, changes);
};

/** One step of a random history: which entity moves, which branch it takes, after how many days. */
export interface RecordsStep {
  readonly entity: number;
  readonly choice: number;
  readonly gapDays: number;
}

/** Random steps (each moves one entity of the records, or a review, one command further). */
export const recordsSteps = (minLength = 20, maxLength = 90): fc.Arbitrary<RecordsStep[]> =>
  fc.array(fc.record({ entity: fc.nat(999), choice: fc.nat(999), gapDays: fc.integer({ min: 0, max: 6 }) }), {
    minLength,
    maxLength,
    size: 'max',
  });

const DAY = 86_400_000;
const START = Date.parse('2026-01-05T09:00:00Z');
const dayAfter = (at: string, days: number) => new Date(Date.parse(at) + days * DAY).toISOString().slice(0, 10);
/** The month before the one of `at`: a monthly period that has begun. */
const previousMonth = (at: string) => {
  const d = new Date(Date.parse(at));
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
};

/** The commands an entity's next move sends, given the business time and the branch. */
type Move = (at: string, choice: number) => readonly (readonly [SampleCommand, object])[];
const one = (command: SampleCommand, changes: object = {}): readonly (readonly [SampleCommand, object])[] => [
  [command, changes],
];

const REVIEW_INPUTS = ['b', 'c', 'd3', 'd4', 'e', 'g'];

const reviewMoves = (reviewId: string): readonly Move[] => [
  (at) => one(reviewSamples(reviewId).schedule, { plannedDate: dayAfter(at, 10), at }),
  (at, choice) =>
    reviewCommands({
      reviewId,
      day: at.slice(0, 10),
      presented: REVIEW_INPUTS.filter((_, i) => (choice >> i) % 2 === 0),
      notCovered: Object.fromEntries(REVIEW_INPUTS.filter((_, i) => (choice >> i) % 2 === 1).map((i) => [i, 'later'])),
      decisionIds: [`${reviewId}-d1`],
    })
      .slice(1)
      .map(([command, changes]): [SampleCommand, object] => [command, { ...changes, at }]),
];

const objectiveMoves = (objectiveId: string, measurable: boolean): readonly Move[] => {
  const s = objectiveSamples(objectiveId);
  const measurement = (at: string, choice: number) => ({
    indicatorId: 'ind-incidents',
    period: previousMonth(at),
    value: choice % 8,
  });
  return [
    (at, choice) => one(measurable ? s.set : s.setJudged, { dueDate: dayAfter(at, 30 + (choice % 200)), at }),
    (at, choice) =>
      one(s.evaluate(0), {
        progress: (['onTrack', 'atRisk', 'offTrack'] as const)[choice % 3],
        measurement: measurable ? measurement(at, choice) : undefined,
        at,
      }),
    (at, choice) =>
      choice % 3 === 0
        ? one(s.revise, { target: undefined, dueDate: dayAfter(at, 60), at })
        : one(s.evaluate(0), { measurement: measurable ? measurement(at, choice) : undefined, at }),
    (at, choice) =>
      choice % 3 === 0
        ? one(s.withdraw, { at })
        : measurable
          ? one(s.achieve(0), { measurement: measurement(at, choice), at })
          : one(s.achieveJudged, { at }),
  ];
};

const indicatorMoves: readonly Move[] = [
  (at) => one(indicatorSamples().define, { at }),
  ...Array.from(
    { length: 6 },
    (): Move => (at, choice) =>
      choice % 4 === 0
        ? one(indicatorSamples().correct(previousMonth(at), 1 + (choice % 9)), { at })
        : one(indicatorSamples().record(previousMonth(at), choice % 9), { at }),
  ),
];

const auditMoves = (auditId: string): readonly Move[] => {
  const s = auditSamples(auditId);
  const nonConformityId = `nc-${auditId}`;
  return [
    (at) => [
      [s.plan, { window: { from: at.slice(0, 10), to: dayAfter(at, 5) }, at }],
      [s.start, { at }],
    ],
    (at, choice) => {
      const kind = (['conformity', 'nonconformity', 'observation', 'opportunity'] as const)[choice % 4]!;
      const raise: SampleCommand = {
        type: 'RaiseNonConformity',
        actor: people.auditor,
        data: {
          nonConformityId,
          source: 'internalAudit',
          sourceReference: auditId,
          auditId,
          severity: 'minor',
          requirement: 'A.5.18',
          description: 'leavers keep their access',
          owner: people.itLead,
          at,
        } as SampleCommand['data'],
      };
      const finding = one(s.finding(kind), {
        nonConformityId: kind === 'nonconformity' ? nonConformityId : undefined,
        at,
      });
      const report = one(s.report, { reportReference: `AR-${auditId}`, reportedOn: at.slice(0, 10), at });
      return [...(kind === 'nonconformity' && choice % 8 !== 1 ? [[raise, {}] as const] : []), ...finding, ...report];
    },
    (at, choice) => one(choice % 5 === 0 ? s.cancel : s.close, { at }),
  ];
};

const contextMoves: readonly Move[] = [
  (at) => one(contextIssueSamples('ctx-heat').raise, { at }),
  (at) => one(contextIssueSamples('ctx-heat').change, { changedOn: at.slice(0, 10), at }),
  (at) => one(contextIssueSamples('ctx-heat').retire, { at }),
];

const climateMoves: readonly Move[] = Array.from(
  { length: 4 },
  (): Move => (at, choice) => {
    const s = climateSamples(`r${1 + (choice % 6)}`);
    return one(choice % 2 === 0 ? s.relevant : s.notRelevant, { at });
  },
);

const partyMoves = (interestedPartyId: string): readonly Move[] => {
  const s = interestedPartySamples(interestedPartyId);
  return [
    (at) => one(s.register, { at }),
    (at) => one(s.recordAddressed, { at }),
    (at) => one(s.change, { at }),
    (at, choice) => (choice % 2 === 0 ? one(s.recordNotAddressed, { at }) : []),
  ];
};

const consultationMoves = (consultationId: string): readonly Move[] => {
  const s = consultationSamples(consultationId);
  const take = (itemId: string) => (at: string, choice: number) =>
    one(choice % 2 === 0 ? s.linkFeedback : s.finding, {
      itemId,
      links: choice % 2 === 0 ? s.linkFeedback.data.links : undefined,
      reasonNotActedOn: choice % 2 === 0 ? undefined : s.finding.data.reasonNotActedOn,
      at,
    });
  return [
    (at) => one(s.plan, { window: { opensOn: at.slice(0, 10), closesOn: dayAfter(at, 120) }, at }),
    (at, choice) => (choice % 3 === 0 ? [] : one(s.feedback, { at })),
    (at) => one(s.results, { conductedOn: at.slice(0, 10), at }),
    take('fb-keys'),
    take('f-notices'),
    (at, choice) => (choice % 2 === 0 ? one(s.close, { at }) : []),
  ];
};

const improvementMoves = (opportunityId: string): readonly Move[] => {
  const s = improvementSamples(opportunityId);
  return [
    (at) => one(s.log, { at }),
    (at) => one(s.evaluate, { at }),
    (at, choice) =>
      choice % 3 === 0
        ? one(s.adopt, { reviewId: 'r1', decisionId: 'r1-d1', actionIds: [], at })
        : choice % 3 === 1
          ? one(s.defer, { revisitOn: dayAfter(at, 10 + (choice % 60)), at })
          : one(s.reject, { at }),
    (at, choice) => (choice % 2 === 0 ? one(s.evaluate, { at }) : one(s.realise, { at })),
    (at) => one(s.close, { at }),
  ];
};

/** Every entity a random history moves, each with its moves in order. */
const entities: readonly (readonly Move[])[] = [
  [...reviewMoves('r1'), ...reviewMoves('r3'), ...reviewMoves('r5')],
  [...reviewMoves('r2'), ...reviewMoves('r4'), ...reviewMoves('r6')],
  objectiveMoves('obj-incidents', true),
  objectiveMoves('obj-jobs', false),
  indicatorMoves,
  auditMoves('au-1'),
  auditMoves('au-2'),
  contextMoves,
  climateMoves,
  partyMoves('ip-bank'),
  partyMoves('ip-staff'),
  consultationMoves('cons-1'),
  consultationMoves('cons-2'),
  improvementMoves('imp-1'),
  improvementMoves('imp-2'),
  improvementMoves('imp-3'),
];

/**
 * Writes random steps, from `from` (an index) to `to`, as commands through the facade: each step
 * moves one entity one command further at its business time (09:00 of its day), its commands the
 * rules refuse simply not recorded. Deterministic: the same steps give the same history, so a
 * history can be written in two parts, and a cut at a day is the steps up to it. Returns the
 * business time of the last step.
 */
export const writeRecordsSteps = async (
  history: RecordsHistory,
  steps: readonly RecordsStep[],
  options: { readonly from?: number; readonly to?: number; readonly end?: string } = {},
): Promise<string> => {
  const next = new Array<number>(entities.length).fill(0);
  let ms = START;
  let last = new Date(ms).toISOString();
  for (const [index, step] of steps.entries()) {
    ms += step.gapDays * DAY;
    const at = new Date(ms).toISOString();
    if (options.end !== undefined && at > options.end) break;
    const moves = entities[step.entity % entities.length]!;
    const entity = step.entity % entities.length;
    const move = moves[next[entity]!];
    if (move === undefined) continue;
    next[entity]! += 1;
    if (index < (options.from ?? 0) || index >= (options.to ?? steps.length)) continue;
    last = at;
    for (const [command, changes] of move(at, step.choice)) {
      if (!(await history.trySend(command, changes))) break;
    }
  }
  return last;
};
