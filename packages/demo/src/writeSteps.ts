import { createManagementReview } from '@mgmt-review/core';
import {
  type CommandError,
  type DomainError,
  type EventStore,
  sequentialIds,
  steppingClock,
} from '@mgmt-review/eventsourcing';
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import type { DemoClock } from './calendar.js';
import type { Step } from './step.js';

export interface WriteStepsOptions {
  readonly tenantId: string;
  /** The store's clock, if it is a demo clock: moved to each command's business time before it is sent. */
  readonly clock?: DemoClock;
  /**
   * Go on past a command the domain refuses (a rule, a policy), keeping what was accepted: for
   * random stories, whose plans may ask for what the rules forbid. Store errors still stop.
   */
  readonly skipRefused?: boolean;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface StepsWritten {
  readonly commands: number;
  readonly eventsAppended: number;
  readonly alreadyHandled: number;
  /** Commands refused by the domain (only with `skipRefused`). */
  readonly refused: number;
}

/** A command of the story was refused or could not be stored. The history stops before it. */
export interface DemoStepFailed {
  readonly _tag: 'DemoStepFailed';
  readonly commandId: string;
  readonly at: string;
  readonly error: CommandError<DomainError>;
  readonly message: string;
}

const refusals = new Set(['RuleBroken', 'NotPermitted', 'InvalidInput']);

/** Sends the steps in order through the facade, for one tenant. */
export const writeSteps = async (
  store: EventStore,
  steps: readonly Step[],
  options: WriteStepsOptions,
): Promise<Either<DemoStepFailed, StepsWritten>> => {
  // Every command names its own time and ids: the facade's clock and id generator are never read.
  const facade = createManagementReview({
    store,
    clock: steppingClock('2024-01-01T00:00:00Z'),
    ids: sequentialIds('demo-unused'),
  });
  const handles = facade.forTenant(options.tenantId);
  let eventsAppended = 0;
  let alreadyHandled = 0;
  let refused = 0;
  for (const [index, s] of steps.entries()) {
    options.clock?.advanceTo(s.at);
    const result = await s.send(handles, { actor: s.actor, commandId: s.commandId })();
    if (isLeft(result)) {
      if (options.skipRefused === true && refusals.has(result.left._tag)) {
        refused += 1;
        continue;
      }
      return left({
        _tag: 'DemoStepFailed',
        commandId: s.commandId,
        at: s.at,
        error: result.left,
        message: `demo command ${s.commandId} (${s.at}) failed: ${result.left.message}`,
      });
    }
    if (result.right.alreadyHandled) alreadyHandled += 1;
    else eventsAppended += result.right.events.length;
    options.onProgress?.(index + 1, steps.length);
  }
  return right({ commands: steps.length, eventsAppended, alreadyHandled, refused });
};
