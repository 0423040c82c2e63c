import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { sequentialIds, steppingClock } from './clock.js';
import { createEventRegistry, defineEvent } from './eventRegistry.js';
import { canonicalJson, hashOf } from './hashChain.js';
import { storedMetadataText } from './sealedMetadata.js';
import { EMPTY_HEAD, sealEvents } from './sealing.js';

const noted = defineEvent({ type: 'Noted', codec: t.type({ n: t.number }) });
const registry = createEventRegistry([noted]);
const deps = { registry, clock: steppingClock('2026-01-01T00:00:00.000Z'), ids: sequentialIds('id') };
const actor = { id: 'u-1', role: 'owner' };
const event = (n: number, metadata: Record<string, unknown> = {}) => ({
  type: 'Noted',
  data: { n },
  metadata: { actor, occurredAt: '2026-01-01T00:00:00.000Z', ...metadata },
});
const seal = (events: ReturnType<typeof event>[]) => {
  const sealed = sealEvents(deps, 'tenant-1', 'stream-1', EMPTY_HEAD, events);
  if (sealed._tag === 'Left') throw new Error(sealed.left.message);
  return sealed.right;
};

describe('the metadata sealing gives an append’s events', () => {
  it('is one frozen object for events that state the same actor, times and ids', () => {
    const [first, second, third] = seal([event(1), event(2), event(3)]);
    expect(second!.metadata).toBe(first!.metadata);
    expect(third!.metadata).toBe(first!.metadata);
    expect(Object.isFrozen(first!.metadata) && Object.isFrozen(first!.metadata.actor)).toBe(true);
  });

  it('is a new object where an event states other metadata, and the next ones share that one', () => {
    const [first, second, third] = seal([
      event(1),
      event(2, { correlationId: 'c-2' }),
      event(3, { correlationId: 'c-2' }),
    ]);
    expect(second!.metadata).not.toBe(first!.metadata);
    expect(second!.metadata.correlationId).toBe('c-2');
    expect(third!.metadata).toBe(second!.metadata);
  });

  it('cannot be changed in place, so its texts written once stay its texts', () => {
    const [sealed] = seal([event(1)]);
    const before = { stored: storedMetadataText(sealed!.metadata), hash: hashOf(sealed!) };
    expect(() => {
      (sealed!.metadata.actor as { id: string }).id = 'intruder';
    }).toThrow(TypeError);
    expect(storedMetadataText(sealed!.metadata)).toBe(before.stored);
    expect(hashOf(sealed!)).toBe(before.hash);
  });

  it('has the texts of an equal unfrozen copy: the JSON a store writes and the canonical JSON a hash covers', () => {
    const [sealed] = seal([event(1), event(2)]);
    const copy = JSON.parse(JSON.stringify(sealed)) as typeof sealed & object;
    expect(storedMetadataText(sealed!.metadata)).toBe(JSON.stringify(copy.metadata));
    expect(canonicalJson(sealed!)).toBe(canonicalJson(copy));
    // A copy read back and then edited gets texts of what it holds now.
    (copy.metadata.actor as { id: string }).id = 'intruder';
    expect(storedMetadataText(copy.metadata)).toContain('intruder');
    expect(hashOf(copy)).not.toBe(sealed!.hash);
  });
});
