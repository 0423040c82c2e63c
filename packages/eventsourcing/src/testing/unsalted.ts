import type { StoredEvent } from '../envelope.js';

/**
 * An event as written, but for what the fresh random salt of each personal field changes — the
 * field's digest, so the event's hash and the next event's link (docs/privacy-format.md) — and its
 * global position. Two stores given the same commands hold equal `unsalted` events; which fields
 * are personal is kept, so a store that lost a sidecar still differs.
 */
export const unsalted = ({
  hash: _hash,
  prevHash: _prevHash,
  globalPosition: _position,
  personal,
  ...event
}: StoredEvent) => ({
  ...event,
  personalFields: Object.keys(personal ?? {}),
});
