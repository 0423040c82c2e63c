import {
  type Anchor,
  type AnchorBreak,
  type ChainBreak,
  checkAnchors,
  checkStreamHeads,
  type ErasedFieldReport,
  type HeadBreak,
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

/** How many stream heads were compared with the events, and the first that differs. */
export interface HeadsReport {
  readonly checked: number;
  readonly break?: HeadBreak;
}

export interface VerifyReport {
  readonly ok: boolean;
  readonly tenants: number;
  readonly streams: number;
  readonly events: number;
  readonly break?: ChainBreak;
  readonly anchors: AnchorsReport;
  readonly heads: HeadsReport;
  /** The personal fields found erased (each confirmed by its erasure record), by tenant, in history order. */
  readonly erasures: readonly (ErasedFieldReport & { readonly tenantId: string })[];
}

/**
 * Checks every tenant in the file: the hash chain (each event's hash against its content, each
 * link to the previous event, versions without gaps, positions never going back), then the stream
 * heads the store keeps against each stream's last event (the cheap check), then that the
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
  let headsChecked = 0;
  const erasures: (ErasedFieldReport & { readonly tenantId: string })[] = [];
  const headsReport = (broken?: HeadBreak): HeadsReport => ({
    checked: headsChecked,
    ...(broken === undefined ? {} : { break: broken }),
  });
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
    erasures.push(...checked.chain.erasures.map((erased) => ({ tenantId: tenant, ...erased })));
    if (!checked.chain.ok) {
      return {
        ok: false,
        tenants: tenants.length,
        streams,
        events,
        break: checked.chain.break,
        anchors: anchorsReport(),
        heads: headsReport(),
        erasures,
      };
    }
    const heads = await checkStreamHeads(tenantStore);
    headsChecked += heads.streams;
    if (!heads.ok) {
      return {
        ok: false,
        tenants: tenants.length,
        streams,
        events,
        anchors: anchorsReport(),
        heads: headsReport(heads.break),
        erasures,
      };
    }
    // The smallest anchor that broke is named: its window, after the anchors that hold, is the narrowest.
    const broken = checked.verdicts
      .filter((verdict) => verdict._tag === 'AnchorBreak')
      .sort((a, b) => a.anchor.size - b.anchor.size)[0];
    held += checked.verdicts.filter((verdict) => verdict._tag === 'AnchorHeld').length;
    if (broken !== undefined) {
      return {
        ok: false,
        tenants: tenants.length,
        streams,
        events,
        anchors: anchorsReport(broken),
        heads: headsReport(),
        erasures,
      };
    }
  }
  return {
    ok: true,
    tenants: tenants.length,
    streams,
    events,
    anchors: anchorsReport(),
    heads: headsReport(),
    erasures,
  };
};

const anchorsLine = (a: AnchorsReport): string =>
  a.checked === 0 ? '' : `; ${a.held} anchor(s) hold (${a.recorded} recorded, ${a.fromFile} from the anchors file)`;

/** `; 2 personal field(s) erased, latest on 2026-10-01 (GDPR art. 17(1)(a))`, or nothing when none was. */
const erasuresLine = (erasures: VerifyReport['erasures']): string => {
  const latest = erasures.reduce<VerifyReport['erasures'][number] | undefined>(
    (last, erased) => (last === undefined || erased.erasedAt > last.erasedAt ? erased : last),
    undefined,
  );
  return latest === undefined
    ? ''
    : `; ${erasures.length} personal field(s) erased, latest on ${latest.erasedAt.slice(0, 10)} (${latest.basis})`;
};

export const runVerify = async (context: CliContext, options: { readonly anchors?: string } = {}): Promise<number> => {
  const report = await verifyFile(context, options);
  if (context.json) {
    context.io.out(toJson(report, 2));
  } else if (report.ok) {
    context.io.out(
      `verified: ${report.events} events in ${report.streams} streams of ${report.tenants} tenant(s); every hash and link holds; ${report.heads.checked} stream head(s) match${anchorsLine(report.anchors)}${erasuresLine(report.erasures)}`,
    );
  } else if (report.break !== undefined) {
    const b = report.break;
    context.io.out(
      `TAMPERING FOUND in ${context.db}\n  tenant:  ${b.tenantId}\n  stream:  ${b.streamId}\n  version: ${b.streamVersion}\n  check:   ${b.kind}\n  detail:  ${b.message}`,
    );
  } else if (report.heads.break !== undefined) {
    const b = report.heads.break;
    context.io.out(
      `TAMPERING FOUND in ${context.db}: a stream head does not match the events\n  tenant:  ${b.tenantId}\n  stream:  ${b.streamId}\n  check:   ${b.kind}\n  detail:  ${b.message}`,
    );
  } else {
    const b = report.anchors.break!;
    context.io.out(
      `TAMPERING FOUND in ${context.db}: the history no longer extends an anchor\n  tenant:  ${b.anchor.tenant}\n  anchor:  ${b.anchor.size} events, position ${b.anchor.position}, root ${b.anchor.root.slice(0, 12)}…, taken ${b.anchor.at}\n  check:   ${b.kind}\n  detail:  ${b.message}`,
    );
  }
  return report.ok ? ExitCode.ok : ExitCode.checkFailed;
};
