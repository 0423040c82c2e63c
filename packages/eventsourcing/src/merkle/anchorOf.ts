import { type Clock, systemClock } from '../clock.js';
import type { GlobalPosition } from '../envelope.js';
import type { TenantEventStore } from '../eventStore.js';
import type { Anchor } from './anchor.js';
import { scanLog } from './logScan.js';

/** Which head to take: of the whole history, or as of a global position; and the clock that dates it. */
export interface AnchorOptions {
  /** Cover only the events at or before this position. */
  readonly asOf?: { readonly position: GlobalPosition };
  /** Stamps the anchor's `at`; defaults to the system clock. */
  readonly clock?: Clock;
}

/** The tree head of a tenant's history (or of its first events, as of a position): one streaming pass. */
export const anchorOf = async (store: TenantEventStore, options: AnchorOptions = {}): Promise<Anchor> => {
  const asOf = options.asOf?.position;
  const scan = await scanLog(store, asOf === undefined ? {} : { within: (event) => event.globalPosition <= asOf });
  return {
    tenant: store.tenantId,
    size: scan.size,
    root: scan.root.toString('hex'),
    position: String(scan.lastPosition),
    at: (options.clock ?? systemClock).now(),
  };
};
