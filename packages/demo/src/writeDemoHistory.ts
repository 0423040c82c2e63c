import type { EventStore } from '@mgmt-review/eventsourcing';
import { type Either, isLeft, right } from 'fp-ts/lib/Either.js';
import type { DemoClock } from './calendar.js';
import { demoNow, demoSteps } from './story.js';
import { type DemoStepFailed, writeSteps } from './writeSteps.js';

export type { DemoStepFailed } from './writeSteps.js';

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
  const written = await writeSteps(store, demoSteps(), {
    tenantId,
    clock: options.clock,
    onProgress: options.onProgress,
  });
  if (isLeft(written)) return written;
  const { commands, eventsAppended, alreadyHandled } = written.right;
  return right({ tenantId, commands, eventsAppended, alreadyHandled, now: demoNow });
};
