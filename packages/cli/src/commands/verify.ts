import { type ChainBreak, verifyHistory } from '@mgmt-review/eventsourcing';
import type { CliContext } from '../context.js';
import { ExitCode } from '../exitCodes.js';
import { toJson } from '../io.js';

export interface VerifyReport {
  readonly ok: boolean;
  readonly tenants: number;
  readonly streams: number;
  readonly events: number;
  readonly break?: ChainBreak;
}

/**
 * Checks the hash chain of every tenant in the file: each event's hash against its content, each
 * link to the previous event, versions without gaps, positions never going back. Stops at the
 * first break and names it.
 */
export const verifyFile = async (context: CliContext): Promise<VerifyReport> => {
  const store = context.store();
  let streams = 0;
  let events = 0;
  const tenants = await store.tenants();
  for (const tenant of tenants) {
    const result = await verifyHistory(store.forTenant(tenant).readAll({ batchSize: 5000 }));
    streams += result.streams;
    events += result.events;
    if (!result.ok) return { ok: false, tenants: tenants.length, streams, events, break: result.break };
  }
  return { ok: true, tenants: tenants.length, streams, events };
};

export const runVerify = async (context: CliContext): Promise<number> => {
  const report = await verifyFile(context);
  if (context.json) {
    context.io.out(toJson(report, 2));
  } else if (report.ok) {
    context.io.out(
      `verified: ${report.events} events in ${report.streams} streams of ${report.tenants} tenant(s); every hash and link holds`,
    );
  } else {
    const b = report.break!;
    context.io.out(
      `TAMPERING FOUND in ${context.db}\n  tenant:  ${b.tenantId}\n  stream:  ${b.streamId}\n  version: ${b.streamVersion}\n  check:   ${b.kind}\n  detail:  ${b.message}`,
    );
  }
  return report.ok ? ExitCode.ok : ExitCode.checkFailed;
};
