import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createManagementReview } from '@mgmt-review/core';
import { systemClock, uuidV7Ids } from '@mgmt-review/eventsourcing';
import type { CliContext } from '../context.js';
import { ExitCode, UsageError } from '../exitCodes.js';
import { applyLine, type LineOutcome } from '../importLines.js';
import { toJson } from '../io.js';

export interface ImportSummary {
  readonly applied: number;
  readonly alreadyApplied: number;
  readonly failed: number;
  readonly stopped: boolean;
  readonly failures: readonly LineOutcome[];
}

/**
 * Applies the commands of a JSON Lines file in order, one command per line. Blank lines and lines
 * starting with `#` are skipped. Without `--stop-on-error` it goes on after a refused line.
 */
export const runImport = async (
  context: CliContext,
  file: string,
  options: { stopOnError: boolean },
): Promise<number> => {
  if (!existsSync(file)) throw new UsageError(`no such file: ${file}`);
  const handles = createManagementReview({ store: context.store(), clock: systemClock, ids: uuidV7Ids }).forTenant(
    context.tenant,
  );
  const failures: LineOutcome[] = [];
  let applied = 0;
  let alreadyApplied = 0;
  let stopped = false;
  let number = 0;
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const text of lines) {
    number += 1;
    if (text.trim() === '' || text.trimStart().startsWith('#')) continue;
    const outcome = await applyLine(handles, text, number);
    if (outcome.status !== 'failed') {
      if (outcome.status === 'applied') applied += 1;
      else alreadyApplied += 1;
      continue;
    }
    failures.push(outcome);
    if (!context.json) {
      context.io.err(
        `line ${outcome.line}: ${outcome.error}${outcome.where === '' ? '' : ` at ${outcome.where}`}: ${outcome.message}`,
      );
    }
    if (options.stopOnError) {
      stopped = true;
      lines.close();
      break;
    }
  }
  const summary: ImportSummary = { applied, alreadyApplied, failed: failures.length, stopped, failures };
  if (context.json) context.io.out(toJson(summary, 2));
  else {
    context.io.out(
      `import ${file}: ${applied} applied, ${alreadyApplied} already applied, ${failures.length} failed${stopped ? ' (stopped at the first failure)' : ''}`,
    );
  }
  return failures.length === 0 ? ExitCode.ok : ExitCode.checkFailed;
};
