import type { EventDefinition } from '../eventRegistry.js';
import { ERASURE_RECORDED, erasureRecorded } from '../privacy/erasureEvent.js';
import { type Anchor, anchorCodec } from './anchor.js';

/** The type of the event that records an anchor in its tenant's history. */
export const ANCHOR_RECORDED = 'AnchorRecorded';

/**
 * The stream each tenant's recorded anchors go to. Every stream belongs to one tenant, so one
 * stream id serves all; the category is the kernel's own, and no aggregate uses it.
 */
export const ANCHOR_STREAM = 'anchor-log';

/**
 * The kernel's one event: an anchor recorded in the history it covers, so every store keeps
 * anchors without a schema change. Every registry knows it (see `createEventRegistry`), so every
 * store accepts it and every reader decodes it; read models route it nowhere, as an event of no
 * aggregate. Written as a literal rather than with `defineEvent`, which the registry module
 * defines: the registry imports this module.
 */
export const anchorRecorded: EventDefinition<typeof ANCHOR_RECORDED, Anchor> = {
  type: ANCHOR_RECORDED,
  schemaVersion: 1,
  codec: anchorCodec,
  upcasters: {},
};

/** The kernel's own event definitions, by type. */
export const kernelEvents: ReadonlyMap<string, EventDefinition> = new Map<string, EventDefinition>([
  [ANCHOR_RECORDED, anchorRecorded as EventDefinition],
  [ERASURE_RECORDED, erasureRecorded as EventDefinition],
]);
