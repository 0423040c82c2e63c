import { createHash } from 'node:crypto';
import { type CommandOptions, NonEmptyString, type TenantHandles } from '@mgmt-review/core';
import { decodeStrict, type FieldProblem, nearestName, type RecordedEvent } from '@mgmt-review/eventsourcing';
import { type Either, isLeft, left } from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { commandTable, type WorkflowResult, workflowTable } from './commandTable.js';

/** One line of an import file: a facade command, who sends it, and its input. Unknown keys are refused. */
const CommandLine = t.exact(
  t.intersection([
    t.type({
      command: t.string,
      actor: t.exact(t.type({ id: NonEmptyString, role: NonEmptyString })),
      input: t.UnknownRecord,
    }),
    t.partial({ commandId: t.string, correlationId: t.string }),
  ]),
);

/** An event a line appended (or, for a line already applied, appended the first time). */
export interface AppendedEvent {
  readonly type: string;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly eventId: string;
}

export type LineOutcome =
  | {
      readonly line: number;
      readonly status: 'applied' | 'already-applied';
      readonly command: string;
      readonly commandId: string;
      readonly events: readonly AppendedEvent[];
    }
  | {
      readonly line: number;
      readonly status: 'refused';
      readonly command?: string;
      /** The tag of the error: `InvalidLine`, `InvalidInput`, `RuleBroken`, `NotPermitted`, `VersionConflict`… */
      readonly error: string;
      /** The first field path, or the rule, that refused the line. */
      readonly where: string;
      /** Every problem, each with its path (`input.dueDate: …`), or the rule's sentence. */
      readonly message: string;
      /** The field problems, with paths from the line's top (`input.actions.0.title`); empty for a rule. */
      readonly problems: readonly FieldProblem[];
    };

type RunCommand = (input: unknown, options: CommandOptions) => () => Promise<Either<CommandFailure, WorkflowResult>>;

type CommandFailure = {
  readonly _tag: string;
  readonly message: string;
  readonly rule?: string;
  readonly problems?: readonly FieldProblem[];
};

const refused = (
  line: number,
  error: string,
  problems: readonly FieldProblem[],
  command?: string,
  rule?: { readonly where: string; readonly message: string },
): LineOutcome => ({
  line,
  status: 'refused',
  ...(command === undefined ? {} : { command }),
  error,
  where: rule?.where ?? problems[0]?.path ?? '',
  message: rule?.message ?? problems.map((p) => (p.path === '' ? p.message : `${p.path}: ${p.message}`)).join('; '),
  problems,
});

/** Problems of a command's input, with their paths from the line's top. */
const inInput = (problems: readonly FieldProblem[]): FieldProblem[] =>
  problems.map((p) => ({ path: p.path === '' ? 'input' : `input.${p.path}`, message: p.message }));

const appended = (events: readonly RecordedEvent[]): AppendedEvent[] =>
  events.map(({ type, streamId, streamVersion, eventId }) => ({ type, streamId, streamVersion, eventId }));

const allPaths = (): string[] => [...commandTable.keys(), ...workflowTable.keys()];

/**
 * The command id of a line that names none: derived from the line's text, so importing the same
 * file twice applies each line once.
 */
const commandIdOf = (text: string): string => `import-${createHash('sha256').update(text).digest('hex').slice(0, 32)}`;

/** The facade function a line names, or the problem with its name. */
const resolve = (
  handles: TenantHandles,
  command: string,
): { readonly run: RunCommand } | { readonly problem: FieldProblem } => {
  const single = commandTable.get(command);
  if (single !== undefined) {
    const run = (handles[single.group] as unknown as Record<string, RunCommand | undefined>)[single.name];
    if (run !== undefined) return { run };
  }
  const workflow = workflowTable.get(command);
  if (workflow !== undefined) {
    return {
      run: (input, options) => async () => {
        const decoded = decodeStrict(workflow.codec, input);
        if (isLeft(decoded)) return left(invalid(decoded.left));
        return workflow.run(handles, decoded.right, options)();
      },
    };
  }
  const near = nearestName(command, allPaths());
  return {
    problem: {
      path: 'command',
      message: `unknown command ${command}${near === undefined ? '' : ` — did you mean ${near}?`}; see docs/commands.md`,
    },
  };
};

const invalid = (problems: readonly FieldProblem[]): CommandFailure => ({
  _tag: 'InvalidInput',
  message: problems.map((p) => `${p.path}: ${p.message}`).join('; '),
  problems,
});

/**
 * Applies one JSON line. Each line is one facade function, a command or a workflow: a line that
 * fails (not JSON, wrong shape or unknown keys, unknown command, invalid input, a rule of the
 * standard) appends nothing, and the outcome names the line, the field paths or rule, and why; a
 * line that applies names the events it appended.
 */
export const applyLine = async (handles: TenantHandles, text: string, line: number): Promise<LineOutcome> => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return refused(line, 'InvalidLine', [{ path: '', message: `not JSON: ${(error as Error).message}` }]);
  }
  const shape = decodeStrict(CommandLine, parsed);
  if (isLeft(shape)) return refused(line, 'InvalidLine', shape.left);
  const { command, actor, input, commandId = commandIdOf(text), correlationId } = shape.right;
  const resolved = resolve(handles, command);
  if ('problem' in resolved) return refused(line, 'InvalidLine', [resolved.problem], command);
  const result = await resolved.run(input, {
    actor,
    commandId,
    ...(correlationId === undefined ? {} : { correlationId }),
  })();
  if (isLeft(result)) {
    const error = result.left;
    // Invalid input, and an erasure's refusal, name the fields of the input they are about.
    if (error.problems !== undefined && error.problems.length > 0) {
      return refused(line, error._tag, inInput(error.problems), command);
    }
    return refused(line, error._tag, [], command, { where: error.rule ?? '', message: error.message });
  }
  return {
    line,
    status: result.right.alreadyHandled ? 'already-applied' : 'applied',
    command,
    commandId,
    events: appended(result.right.events),
  };
};
