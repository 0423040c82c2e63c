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
import { demoNow, demoSteps } from './story.js';

/** The tenant the demo history is written for, unless told otherwise. */
export const DEMO_TENANT = 'acme';

export interface DemoOptions {
  /** The tenant to write for; default `acme`. */
  readonly tenantId?: string;
  /**
   * The clock the store was created with, if it is a demo clock: it is moved to each command's
   * business time before the command, so `recordedAt` follows the story. A store with another
   * clock records the whole story at the time of writing.
   */
  readonly clock?: DemoClock;
  /** Called after each command with how many are done and how many there are. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** What writing the demo history did. */
export interface DemoSummary {
  readonly tenantId: string;
  /** Commands in the story. */
  readonly commands: number;
  /** Events appended by this run. */
  readonly eventsAppended: number;
  /** Commands found already handled (written by an earlier run): nothing was appended for them. */
  readonly alreadyHandled: number;
  /** The end of the story. */
  readonly now: string;
}

/** A command of the story was refused or could not be stored. The history stops before it. */
export interface DemoStepFailed {
  readonly _tag: 'DemoStepFailed';
  readonly commandId: string;
  readonly at: string;
  readonly error: CommandError<DomainError>;
  readonly message: string;
}

/**
 * Writes the two-year history of the sample organisation into `store`, for one tenant, through
 * the facade's commands (so every rule of the domain is obeyed). Deterministic: the same commands
 * with the same ids and times on every run. Idempotent: on a store that already holds the history,
 * every command is found already handled and nothing is appended.
 */
export const writeDemoHistory = async (
  store: EventStore,
  options: DemoOptions = {},
): Promise<Either<DemoStepFailed, DemoSummary>> => {
  const tenantId = options.tenantId ?? DEMO_TENANT;
  // Every command names its own time and ids: the facade's clock and id generator are never read.
  const facade = createManagementReview({
    store,
    clock: steppingClock('2024-01-01T00:00:00Z'),
    ids: sequentialIds('demo-unused'),
  });
  const handles = facade.forTenant(tenantId);
  const steps = demoSteps();
  let eventsAppended = 0;
  let alreadyHandled = 0;
  for (const [index, s] of steps.entries()) {
    options.clock?.advanceTo(s.at);
    const result = await s.send(handles, { actor: s.actor, commandId: s.commandId })();
    if (isLeft(result)) {
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
  return right({ tenantId, commands: steps.length, eventsAppended, alreadyHandled, now: demoNow });
};
