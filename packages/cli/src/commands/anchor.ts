import { anchorOf, recordAnchor } from '@mgmt-review/eventsourcing';
import { isLeft } from 'fp-ts/lib/Either.js';
import type { CliContext } from '../context.js';
import { ExitCode } from '../exitCodes.js';
import { toJson } from '../io.js';

/**
 * Prints the tree head of the tenant's history as one line of JSON — the anchor a host keeps
 * elsewhere (append it to a file for `verify --anchors`) — and records it in the history, unless
 * `record` is false.
 */
export const runAnchor = async (context: CliContext, options: { readonly record: boolean }): Promise<number> => {
  const store = context.store().forTenant(context.tenant);
  if (!options.record) {
    context.io.out(toJson(await anchorOf(store)));
    return ExitCode.ok;
  }
  const recorded = await recordAnchor(store);
  if (isLeft(recorded)) {
    context.io.err(`the anchor could not be recorded: ${recorded.left.message}`);
    return ExitCode.checkFailed;
  }
  context.io.out(toJson(recorded.right));
  return ExitCode.ok;
};
