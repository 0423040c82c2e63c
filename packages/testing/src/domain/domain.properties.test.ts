import { fc, it } from '@fast-check/vitest';
import {
  actionDecider,
  builtInPolicy,
  domainRegistry,
  nonConformityDecider,
  reviewDecider,
  riskDecider,
  withPolicy,
} from '@mgmt-review/core';
import {
  createCommandHandler,
  createInMemoryEventStore,
  type Decider,
  type DomainError,
} from '@mgmt-review/eventsourcing';
import { runCommands } from '@mgmt-review/eventsourcing/testing';
import { isLeft } from 'fp-ts/lib/Either.js';
import { describe, expect } from 'vitest';
import {
  mixedActionCommands,
  mixedNonConformityCommands,
  mixedReviewCommands,
  mixedRiskCommands,
  validActionCommands,
  validNonConformityCommands,
  validReviewCommands,
  validRiskCommands,
} from './arbitraries.js';
import {
  actionVerifiedByOwnerProblems,
  closedNonConformityProblems,
  closedReviewProblems,
  residualRiskProblems,
} from './invariants.js';

const runs = { numRuns: 100 };
const review = withPolicy(reviewDecider, builtInPolicy);
const action = withPolicy(actionDecider, builtInPolicy);
const nonConformity = withPolicy(nonConformityDecider, builtInPolicy);
const risk = withPolicy(riskDecider, builtInPolicy);

describe('valid command sequences are accepted, command after command', () => {
  it.prop([validReviewCommands()], runs)('every command of a valid review sequence is accepted', (commands) => {
    expect(runCommands(review, commands).refused).toBe(0);
  });
  it.prop([validActionCommands()], runs)('every command of a valid action sequence is accepted', (commands) => {
    expect(runCommands(action, commands).refused).toBe(0);
  });
  it.prop([validNonConformityCommands()], runs)(
    'every command of a valid nonconformity sequence is accepted',
    (commands) => {
      expect(runCommands(nonConformity, commands).refused).toBe(0);
    },
  );
  it.prop([validRiskCommands()], runs)('every command of a valid risk sequence is accepted', (commands) => {
    expect(runCommands(risk, commands).refused).toBe(0);
  });
});

describe('the invariants of the standard hold over random valid and invalid sequences', () => {
  it.prop([mixedReviewCommands()], { numRuns: 200 })(
    'a closed review always has approved minutes, all inputs covered or justified, three verdicts, communicated results and a next review',
    (commands) => {
      expect(closedReviewProblems(runCommands(review, commands).events)).toEqual([]);
    },
  );
  it.prop([mixedNonConformityCommands()], runs)(
    'a closed nonconformity always had its effectiveness verified, or the justified no-action path (never for a major one)',
    (commands) => {
      expect(closedNonConformityProblems(runCommands(nonConformity, commands).events)).toEqual([]);
    },
  );
  it.prop([mixedActionCommands()], runs)('an action is never verified by its owner', (commands) => {
    expect(actionVerifiedByOwnerProblems(runCommands(action, commands).events)).toEqual([]);
  });
  it.prop([mixedActionCommands()], runs)(
    'an action is never verified by its owner, even under a policy that permits everything',
    (commands) => {
      expect(actionVerifiedByOwnerProblems(runCommands(actionDecider, commands).events)).toEqual([]);
    },
  );
  it.prop([mixedRiskCommands()], runs)(
    'a residual risk above appetite is never accepted without the exception',
    (commands) => {
      expect(residualRiskProblems(runCommands(risk, commands).events)).toEqual([]);
    },
  );
  it('the random sequences reach the states the invariants are about, and exercise refusals', () => {
    const sample = <T>(arbitrary: fc.Arbitrary<T>) => fc.sample(arbitrary, { numRuns: 200, seed: 27001 });
    const reviews = sample(mixedReviewCommands()).map((c) => runCommands(review, c));
    const actions = sample(mixedActionCommands()).map((c) => runCommands(action, c));
    const nonConformities = sample(mixedNonConformityCommands()).map((c) => runCommands(nonConformity, c));
    const risks = sample(mixedRiskCommands()).map((c) => runCommands(risk, c));
    const has = (runs: readonly { events: readonly { type: string }[] }[], type: string) =>
      runs.filter((r) => r.events.some((e) => e.type === type)).length;
    expect(has(reviews, 'ReviewClosed')).toBeGreaterThan(10);
    expect(has(actions, 'ActionVerified')).toBeGreaterThan(10);
    expect(has(nonConformities, 'NonConformityClosed')).toBeGreaterThan(10);
    expect(
      risks.filter((r) => r.events.some((e) => e.type === 'ResidualRiskAccepted' && e.data.aboveAppetite)).length,
    ).toBeGreaterThan(5);
    for (const runs of [reviews, actions, nonConformities, risks]) {
      expect(runs.reduce((n, r) => n + r.refused, 0)).toBeGreaterThan(50);
    }
  });
});

/** Sends every command through the command handler and the in-memory store; checks a refusal appends nothing. */
const refusalsAppendNothing = async <
  C extends { actor: { id: string; role: string }; data: { at: string } },
  S,
  E extends { type: string; data: unknown },
>(
  decider: Decider<C, S, E, DomainError>,
  streamId: string,
  commands: readonly C[],
): Promise<number> => {
  const store = createInMemoryEventStore({ registry: domainRegistry }).forTenant('tenant-1');
  const handle = createCommandHandler({ store, registry: domainRegistry as never, decider });
  let refused = 0;
  for (const [i, command] of commands.entries()) {
    const before = await store.readStream(streamId);
    const result = await handle(streamId, command, {
      commandId: `cmd-${i}`,
      actor: command.actor,
      occurredAt: command.data.at,
    })();
    const after = await store.readStream(streamId);
    if (isLeft(result)) {
      refused++;
      expect(isLeft(after) ? after.left : after.right.length).toEqual(
        isLeft(before) ? before.left : before.right.length,
      );
    }
  }
  return refused;
};

describe('a refused command appends nothing', () => {
  it.prop([mixedReviewCommands()], { numRuns: 30 })('to a review', async (commands) => {
    await refusalsAppendNothing(review, 'review-r1', commands);
  });
  it.prop([mixedActionCommands()], { numRuns: 30 })('to an action', async (commands) => {
    await refusalsAppendNothing(action, 'action-act-1', commands);
  });
  it.prop([mixedNonConformityCommands()], { numRuns: 30 })('to a nonconformity', async (commands) => {
    await refusalsAppendNothing(nonConformity, 'nonconformity-nc-1', commands);
  });
  it.prop([mixedRiskCommands()], { numRuns: 30 })('to a risk', async (commands) => {
    await refusalsAppendNothing(risk, 'risk-risk-1', commands);
  });
});
