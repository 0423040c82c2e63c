import type { CommandOptions, TenantHandles } from '@mgmt-review/core';
import type { Actor, CommandError, DomainError } from '@mgmt-review/eventsourcing';
import type { TaskEither } from 'fp-ts/lib/TaskEither.js';
import { at } from './calendar.js';

/** What the writer needs to know of a command's result. */
export interface SentCommand {
  readonly alreadyHandled: boolean;
  readonly events: readonly unknown[];
}

/**
 * One command of the story: when it happens, who sends it, its id (fixed, so that writing the
 * story again finds every command already handled), and how it is sent through the facade.
 */
export interface Step {
  /** Business time (ISO-8601): the command's `at`, and the order in which the story is written. */
  readonly at: string;
  readonly commandId: string;
  readonly actor: Actor;
  readonly send: (
    handles: TenantHandles,
    options: CommandOptions,
  ) => TaskEither<CommandError<DomainError>, SentCommand>;
}

/** A step; `commandId` is prefixed with `demo:` so the story's commands are recognisable in any history. */
export const step = (at: string, commandId: string, actor: Actor, send: Step['send']): Step => ({
  at,
  commandId: `demo:${commandId}`,
  actor,
  send,
});

/** How a record's step is sent: as `Step['send']`, given the step's instant (the command's `at`). */
export type SendAt = (...args: [...Parameters<Step['send']>, at: string]) => ReturnType<Step['send']>;

/** The steps of one record of the story, in the order they are added; command ids `<recordId>:<what>`. */
export interface RecordSteps {
  readonly steps: readonly Step[];
  /** Adds the step `what`, sent by `actor` on `day` at `time` (`HH:MM`, UTC). */
  add(day: string, time: string, what: string, actor: Actor, send: SendAt): void;
}

/** A record's steps, built one by one. */
export const recordSteps = (recordId: string): RecordSteps => {
  const steps: Step[] = [];
  return {
    steps,
    add: (day, time, what, actor, send) => {
      const instant = at(day, time);
      steps.push(step(instant, `${recordId}:${what}`, actor, (t, o) => send(t, o, instant)));
    },
  };
};
