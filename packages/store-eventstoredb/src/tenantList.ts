import { isClaim } from './claims.js';
import type { StoreContext } from './context.js';
import { catchUpEsdb, lastEsdbEvent } from './esdbReads.js';

/**
 * The tenants with at least one event: the owners of the claims of this namespace (a catch-up read
 * of the claim streams, filtered on the server), each confirmed by one stream that has an event.
 * Its cost grows with the number of streams, not of events.
 */
export const listTenants = async (ctx: StoreContext): Promise<readonly string[]> => {
  const candidates = new Map<string, string[]>();
  for await (const batch of catchUpEsdb(ctx.client, {
    prefixes: [ctx.names.claimPrefix],
    after: 0n,
    batchSize: 1000,
  })) {
    for (const { recorded } of batch) {
      if (recorded.revision !== 0n || !recorded.isJson || !isClaim(recorded.data)) continue;
      const streams = candidates.get(recorded.data.tenantId) ?? [];
      streams.push(recorded.data.streamId);
      candidates.set(recorded.data.tenantId, streams);
    }
  }
  const tenants: string[] = [];
  for (const [tenantId, streams] of candidates) {
    for (const streamId of streams) {
      if ((await lastEsdbEvent(ctx.client, ctx.names.tenantStream(tenantId, streamId))) !== undefined) {
        tenants.push(tenantId);
        break;
      }
    }
  }
  return tenants;
};
