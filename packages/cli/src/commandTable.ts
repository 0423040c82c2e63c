import {
  aggregates,
  type CommandOptions,
  DecisionWithActions,
  type ErasureRefused,
  FieldErasure,
  MentionsErasure,
  NonConformityFinding,
  StatusOfPreviousActions,
  type TenantHandles,
} from '@mgmt-review/core';
import type { CommandError, DomainError, InvalidInput, RecordedEvent } from '@mgmt-review/eventsourcing';
import { map, type TaskEither } from 'fp-ts/lib/TaskEither.js';
import type * as t from 'io-ts';

/** The facade's command groups, as a host calls them: `reviews.schedule`, `actions.verify`… and `privacy.erase`. */
export type CommandGroup = (typeof aggregates)[number]['group'] | 'privacy';

/** Why a workflow was refused: a command's error, or an erasure's (docs/privacy.md). */
export type WorkflowError = CommandError<DomainError> | ErasureRefused | InvalidInput;

export interface CommandEntry {
  /** `reviews.schedule`: the name an import line uses, the facade's group and function. */
  readonly path: string;
  readonly group: CommandGroup;
  readonly name: string;
  /** The command type its codec is registered under (`ScheduleReview`). */
  readonly type: string;
  readonly codec: t.Mixed;
}

/**
 * Every command of the facade, by the path an import line names it with: the verbs of every
 * aggregate's descriptor, so the table and the facade are built from the same list.
 */
export const commandTable: ReadonlyMap<string, CommandEntry> = new Map(
  aggregates.flatMap((aggregate) =>
    Object.entries(aggregate.verbs).map(([name, verb]): [string, CommandEntry] => {
      const codec: t.Mixed | undefined = (aggregate.commands as Readonly<Record<string, t.Mixed>>)[verb.command];
      if (codec === undefined) throw new TypeError(`no codec for ${aggregate.group}.${name} (${verb.command})`);
      const path = `${aggregate.group}.${name}`;
      return [path, { path, group: aggregate.group, name, type: verb.command, codec }];
    }),
  ),
);

/** The codecs of every aggregate, by command type (what the table must cover). */
export const allCommandCodecs: Readonly<Record<string, t.Mixed>> = Object.assign(
  {},
  ...aggregates.map((aggregate) => aggregate.commands),
);

/** What a workflow run gives: every event its commands appended, and whether all of them had run before. */
export interface WorkflowResult {
  readonly events: readonly RecordedEvent[];
  readonly alreadyHandled: boolean;
}

/**
 * A facade function that sends several commands (a workflow), by the path an import line names it
 * with. Its input is validated strictly with `codec` before `run` calls the facade.
 */
export interface WorkflowEntry {
  readonly path: string;
  readonly group: CommandGroup;
  readonly name: string;
  /** What it does, in one sentence, for docs/commands.md. */
  readonly summary: string;
  readonly codec: t.Mixed;
  readonly run: (
    handles: TenantHandles,
    input: unknown,
    options: CommandOptions,
  ) => TaskEither<WorkflowError, WorkflowResult>;
}

/** Types `run`'s input by the codec, so the compiler checks the codec against the facade function. */
const workflow = <C extends t.Mixed>(entry: {
  readonly group: CommandGroup;
  readonly name: string;
  readonly summary: string;
  readonly codec: C;
  readonly run: (
    handles: TenantHandles,
    input: t.TypeOf<C>,
    options: CommandOptions,
  ) => TaskEither<WorkflowError, WorkflowResult>;
}): [string, WorkflowEntry] => {
  const path = `${entry.group}.${entry.name}`;
  return [
    path,
    { ...entry, path, run: (handles, input, options) => entry.run(handles, input as t.TypeOf<C>, options) },
  ];
};

/**
 * The facade's workflows, apart from the single commands: each is one import line and one entry
 * in docs/commands.md, and a test checks that together with `commandTable` they name every
 * command function of the facade.
 */
export const workflowTable: ReadonlyMap<string, WorkflowEntry> = new Map([
  workflow({
    group: 'reviews',
    name: 'decideWithActions',
    summary:
      'Records a decision (9.3.3) and raises the actions it calls for (origin `reviewDecision`); every action is validated before anything is written, and a retry with the same `commandId` completes what a failure left undone.',
    codec: DecisionWithActions,
    run: (handles, input, options) =>
      map(({ decision, actions }: { decision: WorkflowResult; actions: readonly WorkflowResult[] }) => ({
        events: [decision, ...actions].flatMap((result) => result.events),
        alreadyHandled: [decision, ...actions].every((result) => result.alreadyHandled),
      }))(handles.reviews.decideWithActions(input, options)),
  }),
  workflow({
    group: 'reviews',
    name: 'presentStatusOfPreviousActions',
    summary:
      'Presents input a) (9.3.2 a), the status of the actions decided in the previous reviews, as the store holds them at `at`; `inputId` defaults to `a`.',
    codec: StatusOfPreviousActions,
    run: (handles, input, options) => handles.reviews.presentStatusOfPreviousActions(input, options),
  }),
  workflow({
    group: 'audits',
    name: 'recordNonConformityFinding',
    summary:
      'Records a nonconformity finding (9.2) and raises its NonConformity (10.2), sourced from the audit and naming it; the nonconformity is validated before anything is written, the finding is written first, and a retry with the same `commandId` raises the nonconformity the finding named.',
    codec: NonConformityFinding,
    run: (handles, input, options) =>
      map(({ finding, nonConformity }: { finding: WorkflowResult; nonConformity: WorkflowResult }) => ({
        events: [...finding.events, ...nonConformity.events],
        alreadyHandled: finding.alreadyHandled && nonConformity.alreadyHandled,
      }))(handles.audits.recordNonConformityFinding(input, options)),
  }),
  workflow({
    group: 'privacy',
    name: 'erase',
    summary:
      'Erases named personal fields of one event (JSON Pointers such as `/description`), recording who, why (`reason`) and the legal basis (`basis`) in the `privacy-log` stream; the field then reads `[erased YYYY-MM-DD: <basis>]` (docs/privacy.md). A field that is not personal, an event the tenant does not hold, or a field already erased refuses the line; applying it again is refused as already erased.',
    codec: FieldErasure,
    run: (handles, input, options) =>
      map((result: { readonly erasure: RecordedEvent }) => ({ events: [result.erasure], alreadyHandled: false }))(
        handles.privacy.erase(input, options),
      ),
  }),
  workflow({
    group: 'privacy',
    name: 'eraseMentions',
    summary:
      'Erases every personal field whose text contains one of the `terms` (case-insensitive; how the host knows its data subject), event by event, with one `reason` and `basis` (docs/privacy.md); applied again, it finds nothing left to erase.',
    codec: MentionsErasure,
    run: (handles, input, options) =>
      map((result: { readonly erasures: readonly { readonly erasure: RecordedEvent }[] }) => ({
        events: result.erasures.map((e) => e.erasure),
        alreadyHandled: result.erasures.length === 0,
      }))(handles.privacy.eraseMentions(input, options)),
  }),
]);
