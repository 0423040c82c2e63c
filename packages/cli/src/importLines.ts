import { createHash } from 'node:crypto';
import type { TenantHandles } from '@mgmt-review/core';
import { formatValidationErrors } from '@mgmt-review/eventsourcing';
import { isLeft } from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { commandTable } from './commandTable.js';

/** One line of an import file: a facade command, who sends it, and its input. */
const CommandLine = t.intersection([
  t.type({
    command: t.string,
    actor: t.type({ id: t.string, role: t.string }),
    input: t.UnknownRecord,
  }),
  t.partial({ commandId: t.string, correlationId: t.string }),
]);

export type LineOutcome =
  | {
      readonly line: number;
      readonly status: 'applied' | 'already-applied';
      readonly command: string;
      readonly events: number;
    }
  | {
      readonly line: number;
      readonly status: 'failed';
      readonly command?: string;
      /** The tag of the error: `InvalidLine`, `InvalidInput`, `RuleBroken`, `NotPermitted`, `VersionConflict`… */
      readonly error: string;
      /** The field path or the rule that refused the line. */
      readonly where: string;
      readonly message: string;
    };

type AnyCommand = (
  input: unknown,
  options: { actor: { id: string; role: string }; commandId?: string; correlationId?: string },
) => () => Promise<
  import('fp-ts/lib/Either.js').Either<
    { _tag: string; message: string },
    { events: readonly unknown[]; alreadyHandled: boolean }
  >
>;

const failed = (line: number, error: string, where: string, message: string, command?: string): LineOutcome => ({
  line,
  status: 'failed',
  ...(command === undefined ? {} : { command }),
  error,
  where,
  message,
});

/**
 * The command id of a line that names none: derived from the line's text, so importing the same
 * file twice applies each line once.
 */
const commandIdOf = (text: string): string => `import-${createHash('sha256').update(text).digest('hex').slice(0, 32)}`;

/**
 * Applies one JSON line. Each line is one command, hence at most one atomic append: a line that
 * fails (not JSON, wrong shape, unknown command, invalid input, a rule of the standard) appends
 * nothing, and the outcome names the line, the field path or rule, and why.
 */
export const applyLine = async (handles: TenantHandles, text: string, line: number): Promise<LineOutcome> => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return failed(line, 'InvalidLine', '', `not JSON: ${(error as Error).message}`);
  }
  const shape = CommandLine.decode(parsed);
  if (isLeft(shape)) {
    const problem = formatValidationErrors(shape.left)[0] ?? { path: '', message: 'invalid line' };
    return failed(line, 'InvalidLine', problem.path, problem.message);
  }
  const { command, actor, input, commandId, correlationId } = shape.right;
  const entry = commandTable.get(command);
  if (entry === undefined) {
    return failed(line, 'InvalidLine', 'command', `unknown command ${command}; see docs/commands.md`, command);
  }
  const group = handles[entry.group] as unknown as Record<string, AnyCommand>;
  const run = group[entry.name];
  if (run === undefined) return failed(line, 'InvalidLine', 'command', `unknown command ${command}`, command);
  const result = await run(input, {
    actor,
    commandId: commandId ?? commandIdOf(text),
    ...(correlationId === undefined ? {} : { correlationId }),
  })();
  if (isLeft(result)) {
    const error = result.left as { _tag: string; message: string; path?: string; rule?: string };
    const where = error.path !== undefined ? `input.${error.path}` : (error.rule ?? '');
    return failed(line, error._tag, where, error.message, command);
  }
  return {
    line,
    status: result.right.alreadyHandled ? 'already-applied' : 'applied',
    command,
    events: result.right.events.length,
  };
};
