import { writeFileSync } from 'node:fs';
import { anchorOf, systemClock } from '@mgmt-review/eventsourcing';
import { type PackFormat, type PackKind, packFormats, packKinds, packStateOf, renderPack } from '@mgmt-review/report';
import type { CliContext } from '../context.js';
import { ExitCode, UsageError } from '../exitCodes.js';
import { momentOf } from '../moment.js';

/** The options of `pack`, as commander parses them. */
export interface PackOptions {
  readonly review: string;
  readonly kind: string;
  readonly format: string;
  readonly out: string;
  readonly asOf?: string;
  readonly effective?: boolean;
}

const oneOf = <T extends string>(values: readonly T[], value: string, option: string): T => {
  if (!(values as readonly string[]).includes(value)) {
    throw new UsageError(`${option} ${value}: expected one of ${values.join(', ')}`);
  }
  return value as T;
};

/**
 * Writes a review's agenda or minutes pack (HTML, PDF or Markdown minutes) to a file, as of any
 * moment: with `--as-of`, from what had been recorded (or, with `--effective`, had happened) by then.
 */
export const runPack = async (context: CliContext, options: PackOptions): Promise<number> => {
  const kind = oneOf<PackKind>(packKinds, options.kind, '--kind');
  const format = oneOf<PackFormat>(packFormats, options.format, '--format');
  if (format === 'md' && kind === 'agenda')
    throw new UsageError('--format md: Markdown is written for the minutes pack only');
  const { asOf, now } = momentOf(options, systemClock);
  const state = await packStateOf(context.store().forTenant(context.tenant), asOf === undefined ? {} : { asOf });
  if (!state.views.reviews.has(options.review)) {
    throw new UsageError(`--review ${options.review}: no such review in tenant ${context.tenant} as of ${now}`);
  }
  // The minutes name the history they were made from: its anchor up to the last event folded, dated `now`.
  const anchor =
    kind === 'minutes'
      ? await anchorOf(context.store().forTenant(context.tenant), {
          asOf: { position: state.position },
          clock: { now: () => now },
        })
      : undefined;
  const pack = await renderPack(state, {
    reviewId: options.review,
    kind,
    format,
    now,
    ...(anchor === undefined
      ? {}
      : { anchor: { size: anchor.size, root: anchor.root, position: anchor.position, at: anchor.at } }),
  });
  writeFileSync(options.out, pack);
  context.io.err(`wrote the ${kind} pack of review ${options.review} (${format}) to ${options.out}`);
  return ExitCode.ok;
};
