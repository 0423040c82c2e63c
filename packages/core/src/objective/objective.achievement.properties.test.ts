import { fc, it } from '@fast-check/vitest';
import { propertyRuns, runCommands } from '@mgmt-review/eventsourcing/testing';
import { describe, expect } from 'vitest';
import { people } from '../testing/people.js';
import type { ObjectiveCommand } from './commands.js';
import { objectiveDecider } from './decide.js';
import type { ObjectiveEvent, ObjectiveTarget } from './events.js';

const runs = { numRuns: propertyRuns(300) };
const objectiveId = 'obj-1';
/** Mostly the objective's own indicator, sometimes another. */
const indicator = fc.oneof(
  { arbitrary: fc.constant('ind-a'), weight: 4 },
  { arbitrary: fc.constant('ind-b'), weight: 1 },
);
const value = fc.integer({ min: 0, max: 10 });
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const target = fc.record({
  indicatorId: indicator,
  value,
  direction: fc.constantFrom('higherIsBetter' as const, 'lowerIsBetter' as const),
});
const measurement = fc.record({ indicatorId: indicator, period: fc.constantFrom('2026-03', '2026-Q2'), value });
const evaluation = fc.constant({ conclusion: 'the criteria are met', evidence: ['committee minutes'] });
const criteria = fc.constant('the committee confirms it');
/** Mostly measurable or judged, as 6.2 b asks; sometimes both or neither (refused). */
const definedBy = fc.oneof(
  { weight: 3, arbitrary: target.map((t) => ({ target: t })) },
  { weight: 2, arbitrary: criteria.map((c) => ({ fulfilmentCriteria: c })) },
  { weight: 1, arbitrary: fc.record({ target, fulfilmentCriteria: criteria }) },
  { weight: 1, arbitrary: fc.constant({}) },
);
const plan = {
  activities: 'the plan',
  resources: 'a budget',
  responsible: people.itLead,
  resultsEvaluation: 'each quarter',
};

type Draft = { readonly type: ObjectiveCommand['type']; readonly data: Record<string, unknown> };

/** Any objective command, its data random (targets, measurements, evaluations given or not). */
const anyCommand: fc.Arbitrary<Draft> = fc.oneof(
  definedBy.map((d) => ({
    type: 'SetObjective' as const,
    data: {
      statement: 'an objective',
      policyReference: 'policy',
      owner: people.ciso,
      plan,
      dueDate: '2027-12-31',
      ...d,
    },
  })),
  fc.record({ target: optional(target), fulfilmentCriteria: optional(criteria) }).map((d) => ({
    type: 'ReviseObjective' as const,
    data: { reason: 'a better target', ...d },
  })),
  fc
    .record({ progress: fc.constantFrom('onTrack' as const, 'atRisk' as const), measurement: optional(measurement) })
    .map((d) => ({
      type: 'EvaluateObjectiveProgress' as const,
      data: { comment: 'as measured', ...d },
    })),
  fc
    .oneof(
      { weight: 3, arbitrary: measurement.map((m) => ({ measurement: m })) },
      { weight: 3, arbitrary: evaluation.map((e) => ({ evaluation: e })) },
      { weight: 1, arbitrary: fc.record({ measurement, evaluation }) },
      { weight: 1, arbitrary: fc.constant({}) },
    )
    .map((d) => ({ type: 'AchieveObjective' as const, data: d })),
  fc.record({ measurement: optional(measurement) }).map((d) => ({
    type: 'MissObjective' as const,
    data: { evaluation: { conclusion: 'short of it', evidence: ['the indicator'] }, followUp: 'a new objective', ...d },
  })),
  fc.constant({ type: 'WithdrawObjective' as const, data: { reason: 'no longer relevant' } }),
);

/** Sequences that mostly begin by setting the objective, each command a day after the one before. */
const commandSequences = fc
  .tuple(
    anyCommand.filter((c) => c.type === 'SetObjective'),
    fc.array(anyCommand, { maxLength: 10 }),
  )
  .map(([first, rest]) =>
    [first, ...rest].map(
      (draft, day) =>
        ({
          type: draft.type,
          actor: people.ciso,
          data: { objectiveId, ...draft.data, at: new Date(Date.UTC(2026, 0, 10 + day, 9)).toISOString() },
        }) as ObjectiveCommand,
    ),
  );

/**
 * The invariant, read from the events alone: each achievement rests on a measurement of the
 * target's own indicator that meets the target in force at that moment (as set or last revised),
 * or, for an objective with no target, on a recorded evaluation.
 */
const achievementProblems = (events: readonly ObjectiveEvent[]): string[] => {
  let inForce: ObjectiveTarget | undefined;
  const problems: string[] = [];
  for (const event of events) {
    if (event.type === 'ObjectiveSet' || event.type === 'ObjectiveRevised') inForce = event.data.target;
    if (event.type !== 'ObjectiveAchieved') continue;
    const cited = event.data.measurement;
    if (inForce === undefined) {
      if (event.data.evaluation === undefined) problems.push(`achieved at ${event.data.at} without an evaluation`);
    } else if (cited === undefined) {
      problems.push(`achieved at ${event.data.at} without a measurement`);
    } else if (cited.indicatorId !== inForce.indicatorId) {
      problems.push(`achieved on ${cited.indicatorId}, measured by ${inForce.indicatorId}`);
    } else if (inForce.direction === 'lowerIsBetter' ? cited.value > inForce.value : cited.value < inForce.value) {
      problems.push(`achieved on ${cited.value}, target ${inForce.direction} ${inForce.value}`);
    }
  }
  return problems;
};

describe('objectives are achieved only on their target (6.2)', () => {
  it.prop([commandSequences], runs)(
    'an achieved objective always had a measurement meeting its target, or the recorded evaluation, at the time it was achieved',
    (commands) => {
      expect(achievementProblems(runCommands(objectiveDecider, commands).events)).toEqual([]);
    },
  );

  it('flags a history whose achievement falls short of the target in force', () => {
    const { at: _, ...set } = {
      objectiveId,
      statement: 's',
      policyReference: 'p',
      owner: people.ciso,
      plan,
      dueDate: '2027-12-31',
      at: '',
    };
    const history: ObjectiveEvent[] = [
      {
        type: 'ObjectiveSet',
        data: {
          ...set,
          target: { indicatorId: 'ind-a', value: 4, direction: 'lowerIsBetter' },
          at: '2026-01-10T09:00:00Z',
        },
      },
      {
        type: 'ObjectiveAchieved',
        data: {
          objectiveId,
          achievedBy: people.ciso.id,
          measurement: { indicatorId: 'ind-a', period: '2026-03', value: 5 },
          at: '2026-04-01T09:00:00Z',
        },
      },
    ];
    expect(achievementProblems(history)).toEqual(['achieved on 5, target lowerIsBetter 4']);
  });

  it('is checked on histories that achieve objectives both ways, and refuse some achievements', () => {
    const histories = fc.sample(commandSequences, { numRuns: 1000, seed: 12 });
    const achieved = histories.map((commands) => runCommands(objectiveDecider, commands).events);
    const measured = achieved.filter((events) =>
      events.some((e) => e.type === 'ObjectiveAchieved' && e.data.measurement !== undefined),
    );
    const judged = achieved.filter((events) =>
      events.some(
        (e) => e.type === 'ObjectiveAchieved' && e.data.evaluation !== undefined && e.data.measurement === undefined,
      ),
    );
    const refused = histories.filter(
      (commands) =>
        commands.some((c) => c.type === 'AchieveObjective') && runCommands(objectiveDecider, commands).refused > 0,
    );
    expect(measured.length).toBeGreaterThan(10);
    expect(judged.length).toBeGreaterThan(10);
    expect(refused.length).toBeGreaterThan(10);
  });
});
