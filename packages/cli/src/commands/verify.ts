import {
  type Anchor,
  type AnchorBreak,
  type ChainBreak,
  checkAnchors,
  recordedAnchors,
} from '@mgmt-review/eventsourcing';
import { isLeft } from 'fp-ts/lib/Either.js';
import { readAnchorsFile } from '../anchorsFile.js';
import type { CliContext } from '../context.js';
import { ExitCode } from '../exitCodes.js';
import { toJson } from '../io.js';

/** How many anchors were checked, where they came from, and the first that broke. */
export interface AnchorsReport {
  readonly checked: number;
  /** Recorded in the store (`mgmt-review anchor`). */
  readonly recorded: number;
  /** From the `--anchors` file. */
  readonly fromFile: number;
  readonly held: number;
  readonly break?: AnchorBreak;
}

export interface VerifyReport {
  readonly ok: boolean;
  readonly tenants: number;
  readonly streams: number;
  readonly events: number;
  readonly break?: ChainBreak;
  readonly anchors: AnchorsReport;
}

/**
 * Checks every tenant in the file: the hash chain (each event's hash against its content, each
 * link to the previous event, versions without gaps, positions never going back), then that the
 * history still extends every anchor — those recorded in it and those of the `anchors` file (a
 * tenant an anchor names but the file no longer holds is checked too: its history is empty now).
 * One pass per tenant; stops at the first break and names it.
 */
export const verifyFile = async (
  context: CliContext,
  options: { readonly anchors?: string } = {},
): Promise<VerifyReport> => {
  const store = context.store();
  const fromFile: readonly Anchor[] = options.anchors === undefined ? [] : readAnchorsFile(options.anchors);
  const tenants = [...new Set([...(await store.tenants()), ...fromFile.map((a) => a.tenant)])];
  let streams = 0;
  let events = 0;
  let recorded = 0;
  let held = 0;
  const anchorsReport = (broken?: AnchorBreak): AnchorsReport => ({
    checked: recorded + fromFile.length,
    recorded,
    fromFile: fromFile.length,
    held,
    ...(broken === undefined ? {} : { break: broken }),
  });
  for (const tenant of tenants) {
    const tenantStore = store.forTenant(tenant);
    const inStore = await recordedAnchors(tenantStore);
    if (isLeft(inStore)) throw new Error(inStore.left.message);
    recorded += inStore.right.length;
    const checked = await checkAnchors(tenantStore, [...inStore.right, ...fromFile.filter((a) => a.tenant === tenant)]);
    streams += checked.chain.streams;
    events += checked.chain.events;
    if (!checked.chain.ok) {
      return {
        ok: false,
        tenants: tenants.length,
        streams,
        events,
        break: checked.chain.break,
        anchors: anchorsReport(),
      };
    }
    // The smallest anchor that broke is named: its window, after the anchors that hold, is the narrowest.
    const broken = checked.verdicts
      .filter((verdict) => verdict._tag === 'AnchorBreak')
      .sort((a, b) => a.anchor.size - b.anchor.size)[0];
    held += checked.verdicts.filter((verdict) => verdict._tag === 'AnchorHeld').length;
    if (broken !== undefined) {
      return { ok: false, tenants: tenants.length, streams, events, anchors: anchorsReport(broken) };
    }
  }
  return { ok: true, tenants: tenants.length, streams, events, anchors: anchorsReport() };
};

const anchorsLine = (a: AnchorsReport): string =>
  a.checked === 0 ? '' : `; ${a.held} anchor(s) hold (${a.recorded} recorded, ${a.fromFile} from the anchors file)`;

export const runVerify = async (context: CliContext, options: { readonly anchors?: string } = {}): Promise<number> => {
  const report = await verifyFile(context, options);
  if (context.json) {
    context.io.out(toJson(report, 2));
  } else if (report.ok) {
    context.io.out(
      `verified: ${report.events} events in ${report.streams} streams of ${report.tenants} tenant(s); every hash and link holds${anchorsLine(report.anchors)}`,
    );
  } else if (report.break !== undefined) {
    const b = report.break;
    context.io.out(
      `TAMPERING FOUND in ${context.db}\n  tenant:  ${b.tenantId}\n  stream:  ${b.streamId}\n  version: ${b.streamVersion}\n  check:   ${b.kind}\n  detail:  ${b.message}`,
    );
  } else {
    const b = report.anchors.break!;
    context.io.out(
      `TAMPERING FOUND in ${context.db}: the history no longer extends an anchor\n  tenant:  ${b.anchor.tenant}\n  anchor:  ${b.anchor.size} events, position ${b.anchor.position}, root ${b.anchor.root.slice(0, 12)}…, taken ${b.anchor.at}\n  check:   ${b.kind}\n  detail:  ${b.message}`,
    );
  }
  return report.ok ? ExitCode.ok : ExitCode.checkFailed;
};
