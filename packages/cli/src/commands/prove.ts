import { proveInclusion } from '@mgmt-review/eventsourcing';
import { isLeft } from 'fp-ts/lib/Either.js';
import { readAnchorsFile } from '../anchorsFile.js';
import type { CliContext } from '../context.js';
import { ExitCode, UsageError } from '../exitCodes.js';
import { toJson } from '../io.js';

/**
 * Prints the inclusion proof of one event in the tenant's Merkle log (JSON): in the tree of the
 * whole history, or with `--anchor FILE` (a file of one anchor) in that anchor's tree. A host
 * checks it without this library (docs/concepts.md). Exits 1 when the event is not in the
 * history, not covered by the anchor, or the history no longer extends the anchor.
 */
export const runProve = async (
  context: CliContext,
  eventId: string,
  options: { readonly anchor?: string },
): Promise<number> => {
  const anchors = options.anchor === undefined ? [] : readAnchorsFile(options.anchor);
  if (anchors.length > 1) throw new UsageError(`${options.anchor}: one anchor was expected, found ${anchors.length}`);
  const proved = await proveInclusion(context.store().forTenant(context.tenant), eventId, anchors[0]);
  if (isLeft(proved)) {
    context.io.out(toJson({ ok: false, refused: proved.left }, 2));
    context.io.err(proved.left.message);
    return ExitCode.checkFailed;
  }
  context.io.out(toJson(proved.right, 2));
  return ExitCode.ok;
};
