import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  jsonEvent,
  MaxAppendSizeExceededError,
  NO_STREAM,
  type ResolvedEvent,
  START,
  STREAM_EXISTS,
  StreamNotFoundError,
  streamNameFilter,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EventStoreDbTestDouble, startEventStoreDbTestDouble } from './index.js';

/**
 * The test double as the real client sees it: every test goes through `@eventstore/db-client`,
 * its serialisation and gRPC, and checks EventStoreDB's documented behaviour.
 */
describe.each(['append', 'batchAppend'] as const)(
  'the EventStoreDB test double, through the real client appending with %s',
  (appendWith) => {
    let double: EventStoreDbTestDouble;
    let client: EventStoreDBClient;
    beforeAll(async () => {
      double = await startEventStoreDbTestDouble({ now: () => Date.parse('2026-03-01T10:00:00.000Z'), appendWith });
      client = EventStoreDBClient.connectionString(double.connectionString);
    });
    afterAll(async () => {
      await client.dispose();
      await double.stop();
    });

    const read = async (stream: string, options: Parameters<EventStoreDBClient['readStream']>[1] = {}) => {
      const events: ResolvedEvent[] = [];
      for await (const event of client.readStream(stream, options)) events.push(event);
      return events;
    };

    it('numbers revisions from 0 and reports the revision and $all position of an append', async () => {
      const first = await client.appendToStream('order-1', [jsonEvent({ type: 'A', data: { n: 1 } })], {
        expectedRevision: NO_STREAM,
      });
      const second = await client.appendToStream('order-1', [jsonEvent({ type: 'B', data: { n: 2 } })], {
        expectedRevision: 0n,
      });
      expect(first.nextExpectedRevision).toBe(0n);
      expect(second.nextExpectedRevision).toBe(1n);
      expect(second.position!.commit > first.position!.commit).toBe(true);
      expect(second.position!.commit).toBe(second.position!.prepare);
      expect(double.appends.at(-1)).toMatchObject({ via: appendWith, stream: 'order-1', expected: 0n, events: 1 });
    });

    it('refuses a wrong expected revision with WrongExpectedVersion carrying the current revision', async () => {
      await client.appendToStream('order-2', [jsonEvent({ type: 'A', data: {} }), jsonEvent({ type: 'A', data: {} })]);
      const refused = client.appendToStream('order-2', [jsonEvent({ type: 'A', data: {} })], { expectedRevision: 0n });
      await expect(refused).rejects.toBeInstanceOf(WrongExpectedVersionError);
      await expect(refused).rejects.toMatchObject({ actualVersion: 1n, expectedVersion: 0n });
      await expect(
        client.appendToStream('order-3', [jsonEvent({ type: 'A', data: {} })], { expectedRevision: STREAM_EXISTS }),
      ).rejects.toMatchObject({ actualVersion: 'no_stream', expectedVersion: 'stream_exists' });
      await expect(
        client.appendToStream('order-2', [jsonEvent({ type: 'A', data: {} })], { expectedRevision: NO_STREAM }),
      ).rejects.toMatchObject({ actualVersion: 1n, expectedVersion: 'no_stream' });
    });

    it('acknowledges an append repeated with the same event ids without writing it again', async () => {
      const events = [
        jsonEvent({ id: '0192f0a0-0000-7000-8000-0000000000a1', type: 'A', data: {} }),
        jsonEvent({ id: '0192f0a0-0000-7000-8000-0000000000a2', type: 'A', data: {} }),
      ];
      const first = await client.appendToStream('order-4', events, { expectedRevision: NO_STREAM });
      const again = await client.appendToStream('order-4', events, { expectedRevision: NO_STREAM });
      expect(again).toEqual(first);
      expect(await read('order-4')).toHaveLength(2);
    });

    it('returns data and custom metadata as written, and created in 100-ns ticks since the epoch', async () => {
      await client.appendToStream(
        'order-5',
        jsonEvent({ type: 'A', data: { text: 'Zürich 😀' }, metadata: { who: 'x' } }),
      );
      const [event] = await read('order-5');
      expect(event!.event).toMatchObject({
        streamId: 'order-5',
        revision: 0n,
        type: 'A',
        data: { text: 'Zürich 😀' },
        metadata: { who: 'x' },
        isJson: true,
        created: new Date('2026-03-01T10:00:00.000Z'),
      });
      expect(double.log.stream('order-5')![0]!.created).toBe(BigInt(Date.parse('2026-03-01T10:00:00.000Z')) * 10_000n);
      expect(event!.event!.position!.commit).toBe(double.log.stream('order-5')![0]!.position);
    });

    it("refuses an append over EventStoreDB's default maximum append size (1 MiB), writing none of it", async () => {
      const large = jsonEvent({ type: 'Large', data: { text: 'x'.repeat(600_000) } });
      const refused = client.appendToStream('order-8', [large, large]);
      await expect(refused).rejects.toBeInstanceOf(MaxAppendSizeExceededError);
      await expect(refused).rejects.toMatchObject({ maxAppendSize: 1_048_576 });
      expect(double.log.stream('order-8')).toBeUndefined();
    });

    it('reads a stream backwards from the end, and reports a missing stream as not found', async () => {
      await client.appendToStream(
        'order-6',
        ['a', 'b', 'c'].map((type) => jsonEvent({ type, data: {} })),
      );
      expect(
        (await read('order-6', { direction: BACKWARDS, fromRevision: END, maxCount: 2 })).map((e) => e.event!.type),
      ).toEqual(['c', 'b']);
      await expect(read('order-missing')).rejects.toBeInstanceOf(StreamNotFoundError);
    });

    it('reads $all backwards from the end, newest first', async () => {
      await client.appendToStream('order-7', jsonEvent({ type: 'Last', data: {} }));
      const newest: string[] = [];
      for await (const e of client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 2 }))
        newest.push(e.event!.type);
      expect(newest[0]).toBe('Last');
      expect(newest).toHaveLength(2);
    });

    it('subscribes to $all with a stream prefix filter: stored events, caughtUp, then live ones', async () => {
      await client.appendToStream('cart-1', jsonEvent({ type: 'Stored', data: {} }));
      await client.appendToStream('other-1', jsonEvent({ type: 'Other', data: {} }));
      const subscription = client.subscribeToAll({
        fromPosition: START,
        filter: streamNameFilter({ prefixes: ['cart-'] }),
      });
      const seen: string[] = [];
      let caughtUp = false;
      subscription.on('caughtUp', () => {
        caughtUp = true;
        seen.push('caughtUp');
        void client.appendToStream('cart-2', jsonEvent({ type: 'Live', data: {} }));
      });
      for await (const resolved of subscription) {
        seen.push(resolved.event!.type);
        if (caughtUp && resolved.event!.type === 'Live') break;
      }
      expect(seen).toEqual(['Stored', 'caughtUp', 'Live']);
    });

    it('resumes a subscription strictly after the position it is given', async () => {
      const first = await client.appendToStream('pay-1', jsonEvent({ type: 'First', data: {} }));
      await client.appendToStream('pay-1', jsonEvent({ type: 'Second', data: {} }));
      const subscription = client.subscribeToAll({
        fromPosition: first.position!,
        filter: streamNameFilter({ prefixes: ['pay-'] }),
      });
      for await (const resolved of subscription) {
        expect(resolved.event!.type).toBe('Second');
        break;
      }
    });
  },
);
