import { createWriteStream } from 'node:fs';
import type { CliContext } from '../context.js';
import { ExitCode, UsageError } from '../exitCodes.js';
import { toJson } from '../io.js';

/**
 * Writes the tenant's events as JSON Lines, in global order, exactly as stored (envelope, hashes and
 * payload at its stored schema version; global positions as decimal strings). Streams: memory holds
 * one batch at a time.
 */
export const runExport = async (context: CliContext, options: { format: string; out?: string }): Promise<number> => {
  if (options.format !== 'jsonl') throw new UsageError(`--format ${options.format} is not supported; use jsonl`);
  const file = options.out === undefined || options.out === '-' ? undefined : createWriteStream(options.out);
  let count = 0;
  for await (const batch of context.store().forTenant(context.tenant).readAll({ batchSize: 5000 })) {
    const text = batch.map((event) => toJson(event)).join('\n');
    count += batch.length;
    if (file === undefined) context.io.out(text);
    else if (!file.write(`${text}\n`)) await new Promise<void>((resolve) => file.once('drain', () => resolve()));
  }
  if (file !== undefined) {
    await new Promise<void>((resolve, reject) =>
      file.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
    context.io.err(`exported ${count} events of tenant ${context.tenant} to ${options.out}`);
  }
  return ExitCode.ok;
};
