import type { TenantHandles } from '@mgmt-review/core';
import { samplePeople } from '@mgmt-review/core/testing';
import type { TenantEventStore } from '@mgmt-review/eventsourcing';

/**
 * The shared workload of the concurrency tests: `actions` actions, each raised, started, given
 * `notesPerAction` progress notes by every worker at once (the hot, shared streams), completed
 * once all its notes are in, and verified: `actions × (notesPerAction + 4)` commands in all.
 */
export interface ActionWorkload {
  readonly actions: number;
  readonly notesPerAction: number;
}

/** A workload of about `commands` commands over `actions` shared actions. */
export const actionWorkload = (commands: number, actions = 100): ActionWorkload => ({
  actions,
  notesPerAction: Math.max(1, Math.round(commands / actions) - 4),
});

/** How many commands a workload sends (each once; retries and duplicate sends are not counted). */
export const commandsOf = (workload: ActionWorkload): number => workload.actions * (workload.notesPerAction + 4);

/** What one worker did: commands applied, retried after a refusal or conflict, and sent again on purpose. */
export interface WorkerReport {
  readonly worker: number;
  readonly applied: number;
  readonly retries: number;
  /** Commands sent a second time with the same command id after they applied: each must be `alreadyHandled`. */
  readonly resent: number;
  /** Second sends that were applied again instead of being recognised: must be 0. */
  readonly appliedTwice: number;
}

type Result = {
  readonly _tag: 'Left' | 'Right';
  readonly left?: { _tag: string; message: string };
  readonly right?: { alreadyHandled: boolean };
};
type Send = () => Promise<Result>;

const actionIdOf = (action: number): string => `act-shared-${action}`;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Refusals that clear by themselves: the action is not raised yet, or the store was busy. */
const transient = new Set(['RuleBroken', 'VersionConflict', 'StoreUnavailable']);

/**
 * Runs worker `worker` of `workers` over the workload, through the facade. Every command has a
 * fixed command id (`note-<action>-<n>`…), so a retry after a conflict or a refusal that clears
 * (a note sent before its action is raised) is the same command; every seventh applied command is
 * sent once more with its id, and must be recognised. A worker completes its own actions only once
 * the store holds all their notes, so the plan needs no coordination but the store.
 */
export const runActionWorker = async (
  handles: TenantHandles,
  store: TenantEventStore,
  workload: ActionWorkload,
  worker: number,
  workers: number,
): Promise<WorkerReport> => {
  let applied = 0;
  let retries = 0;
  let resent = 0;
  let appliedTwice = 0;

  const send = async (commandId: string, run: (commandId: string) => Send): Promise<void> => {
    for (let attempt = 0; ; attempt++) {
      const result = await run(commandId)();
      if (result._tag === 'Right') break;
      const error = result.left as { _tag: string; message: string };
      if (!transient.has(error._tag) || attempt > 2_000) {
        throw new Error(`${commandId} refused after ${attempt} attempts: ${error._tag} ${error.message}`);
      }
      retries += 1;
      await pause(2);
    }
    applied += 1;
    if (applied % 7 === 0) {
      resent += 1;
      const again = await run(commandId)();
      if (again._tag !== 'Right' || again.right?.alreadyHandled !== true) appliedTwice += 1;
    }
  };

  const mine = Array.from({ length: workload.actions }, (_, action) => action).filter((a) => a % workers === worker);
  const { ciso, itLead, auditor } = samplePeople;

  for (const action of mine) {
    const actionId = actionIdOf(action);
    await send(
      `raise-${action}`,
      (commandId) => () =>
        handles.actions.raise(
          {
            actionId,
            origin: 'improvement',
            originId: `imp-${action}`,
            title: `shared action ${action}`,
            owner: itLead,
            dueDate: '2026-12-31',
          },
          { actor: ciso, commandId },
        )() as Promise<Result>,
    );
    await send(
      `start-${action}`,
      (commandId) => () => handles.actions.start({ actionId }, { actor: itLead, commandId })() as Promise<Result>,
    );
  }

  // Every worker notes progress on every action: the streams are shared, the appends contend.
  for (let action = 0; action < workload.actions; action++) {
    for (let n = 0; n < workload.notesPerAction; n++) {
      if ((action * workload.notesPerAction + n) % workers !== worker) continue;
      await send(
        `note-${action}-${n}`,
        (commandId) => () =>
          handles.actions.noteProgress(
            { actionId: actionIdOf(action), note: `note ${n} by worker ${worker}` },
            { actor: itLead, commandId },
          )() as Promise<Result>,
      );
    }
  }

  for (const action of mine) {
    const actionId = actionIdOf(action);
    const streamId = `action-${actionId}`;
    for (;;) {
      const read = await store.readStream(streamId);
      if (read._tag === 'Right' && read.right.length >= workload.notesPerAction + 2) break;
      await pause(5);
    }
    await send(
      `complete-${action}`,
      (commandId) => () =>
        handles.actions.complete(
          { actionId, summary: 'done', evidence: [`evidence-${action}`] },
          { actor: itLead, commandId },
        )() as Promise<Result>,
    );
    await send(
      `verify-${action}`,
      (commandId) => () =>
        handles.actions.verify({ actionId, comment: 'checked' }, { actor: auditor, commandId })() as Promise<Result>,
    );
  }
  return { worker, applied, retries, resent, appliedTwice };
};

/** The workload's command ids, each with the stream it is addressed to. */
const plannedCommands = (workload: ActionWorkload): Map<string, string> => {
  const planned = new Map<string, string>();
  for (let action = 0; action < workload.actions; action++) {
    const streamId = `action-${actionIdOf(action)}`;
    for (const step of ['raise', 'start', 'complete', 'verify']) planned.set(`${step}-${action}`, streamId);
    for (let n = 0; n < workload.notesPerAction; n++) planned.set(`note-${action}-${n}`, streamId);
  }
  return planned;
};

/** What the history holds after a concurrent run, against the plan. Every count but `commands` and `events` must be 0. */
export interface ConcurrencyFindings {
  readonly commands: number;
  readonly events: number;
  /** Planned commands with no event in the history. */
  readonly lost: number;
  /** Commands whose events appear more than once (a command of this workload appends one event). */
  readonly duplicated: number;
  /** Events in a stream other than the one their command is addressed to, or of no planned command. */
  readonly misplaced: number;
  /** Streams whose versions are not 1, 2, 3… in order. */
  readonly streamsWithGaps: number;
  /** Places where the tenant's history goes back or repeats a global position. */
  readonly globalOrderBreaks: number;
}

/** Checks a tenant's history after the workload: nothing lost or duplicated, versions gapless, global order increasing. */
export const checkActionHistory = async (
  store: TenantEventStore,
  workload: ActionWorkload,
): Promise<ConcurrencyFindings> => {
  const planned = plannedCommands(workload);
  const perCommand = new Map<string, number>();
  const versions = new Map<string, number>();
  let events = 0;
  let misplaced = 0;
  let streamsWithGaps = 0;
  let globalOrderBreaks = 0;
  let last: bigint | undefined;
  const broken = new Set<string>();
  for await (const batch of store.readAll()) {
    for (const event of batch) {
      events += 1;
      if (last !== undefined && event.globalPosition <= last) globalOrderBreaks += 1;
      last = event.globalPosition;
      const expected = (versions.get(event.streamId) ?? 0) + 1;
      if (event.streamVersion !== expected) broken.add(event.streamId);
      versions.set(event.streamId, event.streamVersion);
      const commandId = event.metadata.commandId;
      if (planned.get(commandId) !== event.streamId) misplaced += 1;
      perCommand.set(commandId, (perCommand.get(commandId) ?? 0) + 1);
    }
  }
  streamsWithGaps = broken.size;
  let lost = 0;
  let duplicated = 0;
  for (const commandId of planned.keys()) {
    const count = perCommand.get(commandId) ?? 0;
    if (count === 0) lost += 1;
    if (count > 1) duplicated += 1;
  }
  return { commands: planned.size, events, lost, duplicated, misplaced, streamsWithGaps, globalOrderBreaks };
};

/** The findings of a run in which nothing went wrong: every planned command once, as one event. */
export const cleanFindings = (workload: ActionWorkload): ConcurrencyFindings => ({
  commands: commandsOf(workload),
  events: commandsOf(workload),
  lost: 0,
  duplicated: 0,
  misplaced: 0,
  streamsWithGaps: 0,
  globalOrderBreaks: 0,
});

/** The workers' reports added up. */
export const totalOf = (reports: readonly WorkerReport[]): Omit<WorkerReport, 'worker'> => ({
  applied: reports.reduce((sum, report) => sum + report.applied, 0),
  retries: reports.reduce((sum, report) => sum + report.retries, 0),
  resent: reports.reduce((sum, report) => sum + report.resent, 0),
  appliedTwice: reports.reduce((sum, report) => sum + report.appliedTwice, 0),
});
