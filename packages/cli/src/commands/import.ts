import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createManagementReview } from '@mgmt-review/core';
import { systemClock, uuidV7Ids } from '@mgmt-review/eventsourcing';
import type { CliContext } from '../context.js';
import { ExitCode, UsageError } from '../exitCodes.js';
import { applyLine, type LineOutcome } from '../importLines.js';
import { toJson } from '../io.js';

/** What `import --json` prints: every line's outcome in file order, then the counts. */
export interface ImportReport {
  readonly file: string;
  readonly lines: readonly LineOutcome[];
  readonly applied: number;
  readonly alreadyApplied: number;
  readonly refused: number;
  /** True when `--stop-on-error` stopped at a refused line: the lines after it were not read. */
  readonly stopped: boolean;
}

/** One line's outcome for a person: what it was, what happened, and each event it appended. */
export const formatOutcome = (outcome: LineOutcome): string => {
  if (outcome.status === 'refused') {
    const command = outcome.command === undefined ? '' : ` ${outcome.command}`;
    return `line ${outcome.line}: refused${command}: ${outcome.error}: ${outcome.message}`;
  }
  const count = `${outcome.events.length} event${outcome.events.length === 1 ? '' : 's'}`;
  const head = `line ${outcome.line}: ${outcome.status === 'applied' ? 'applied' : 'already applied'} ${outcome.command}: ${count}`;
  return [
    head,
    ...outcome.events.map((e) => `    ${e.type} ${e.streamId} v${e.streamVersion} (event ${e.eventId})`),
  ].join('\n');
};

/**
 * Applies the commands of a JSON Lines file in order, one command per line, and reports every line
 * in order — applied (with its events), already applied, or refused (with the error) — in one stream:
 * text lines on stdout as they are applied, or one JSON document with `--json`. Blank lines and
 * lines starting with `#` are skipped and not reported. Without `--stop-on-error` it goes on after a
 * refused line.
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
  const outcomes: LineOutcome[] = [];
  let stopped = false;
  let number = 0;
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const text of lines) {
    number += 1;
    if (text.trim() === '' || text.trimStart().startsWith('#')) continue;
    const outcome = await applyLine(handles, text, number);
    outcomes.push(outcome);
    if (!context.json) context.io.out(formatOutcome(outcome));
    if (outcome.status === 'refused' && options.stopOnError) {
      stopped = true;
      lines.close();
      break;
    }
  }
  const count = (status: LineOutcome['status']) => outcomes.filter((o) => o.status === status).length;
  const report: ImportReport = {
    file,
    lines: outcomes,
    applied: count('applied'),
    alreadyApplied: count('already-applied'),
    refused: count('refused'),
    stopped,
  };
  if (context.json) context.io.out(toJson(report, 2));
  else {
    context.io.out(
      `import ${file}: ${report.applied} applied, ${report.alreadyApplied} already applied, ${report.refused} refused${stopped ? ' (stopped at the first refused line)' : ''}`,
    );
  }
  return report.refused === 0 ? ExitCode.ok : ExitCode.checkFailed;
};
