import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { beforeEach, describe, expect, it } from 'vitest';
import type { NewEvent } from './envelope.js';
import type { AppendOptions, TenantEventStore } from './eventStore.js';
import { createInMemoryEventStore } from './inMemoryStore.js';
import { EMPTY_HEAD, type StreamHead } from './sealing.js';
import { actor, at, counterRegistry } from './testing/counter.js';

const opened: NewEvent = { type: 'Opened', data: { name: 'c' }, metadata: { actor, occurredAt: at } };
const incremented: NewEvent = { type: 'Incremented', data: { by: 1, note: '' }, metadata: { actor, occurredAt: at } };

describe('an append on a known head', () => {
  let acme: TenantEventStore;
  let head: StreamHead;
  beforeEach(async () => {
    acme = createInMemoryEventStore({ registry: counterRegistry }).forTenant('acme');
    const first = await acme.append('counter-1', [opened], { knownHead: EMPTY_HEAD });
    if (isLeft(first)) throw new Error(first.left.message);
    head = { version: 1, hash: first.right.events[0]!.hash };
  });

  const versions = async () => {
    const read = await acme.readStream('counter-1');
    return isRight(read) ? read.right.map((e) => e.streamVersion) : [];
  };

  it('is written, chained to the known hash, when the head is exactly the known one', async () => {
    const result = await acme.append('counter-1', [incremented], { expectedVersion: 1, knownHead: head });
    expect(isRight(result) && result.right.events[0]!.prevHash).toBe(head.hash);
  });

  it('is a VersionConflict, appending nothing, when the stream has moved past it or holds another hash', async () => {
    const moved = await acme.append('counter-1', [incremented], { knownHead: EMPTY_HEAD });
    expect(isLeft(moved) && moved.left).toMatchObject({ _tag: 'VersionConflict', actual: 1 });
    const otherHash = await acme.append('counter-1', [incremented], {
      knownHead: { version: 1, hash: 'b'.repeat(64) },
    });
    expect(isLeft(otherHash) && otherHash.left).toMatchObject({ _tag: 'VersionConflict', actual: 1 });
    expect(await versions()).toEqual([1]);
  });

  it.each<[string, unknown, string]>([
    ['not an object', 'head', 'knownHead'],
    ['a negative version', { version: -1, hash: EMPTY_HEAD.hash }, 'knownHead.version'],
    ['a hash that is not SHA-256 hex', { version: 1, hash: 'ABC' }, 'knownHead.hash'],
    ['a version the expected version contradicts', { version: 0, hash: EMPTY_HEAD.hash }, 'knownHead.version'],
  ])('with %s is InvalidInput naming the field, and appends nothing', async (_, knownHead, path) => {
    const options = { expectedVersion: 1, knownHead } as unknown as AppendOptions;
    const result = await acme.append('counter-1', [incremented], options);
    expect(isLeft(result) && result.left).toMatchObject({ _tag: 'InvalidInput', path });
    expect(await versions()).toEqual([1]);
  });
});
