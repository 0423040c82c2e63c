import {
  type AllStreamResolvedEvent,
  BACKWARDS,
  END,
  type EventStoreDBClient,
  FORWARDS,
  type Position,
  type RecordedEvent,
  type ResolvedEvent,
  StreamNotFoundError,
  streamNameFilter,
} from '@eventstore/db-client';
import type { GlobalPosition } from '@mgmt-review/eventsourcing';
import { isRealPosition, subscriptionStart } from './positions.js';

/** An EventStoreDB event with its `$all` position. */
export interface PositionedEvent {
  readonly recorded: RecordedEvent;
  readonly position: Position;
}

/** Raised when the server leaves out what this store relies on (EventStoreDB 23.10+ gives it all). */
export class UnsupportedServer extends Error {
  override readonly name = 'UnsupportedServer';
}

/** An event read or delivered with its `$all` position; `undefined` for an unresolved link. */
export const positioned = (resolved: ResolvedEvent | AllStreamResolvedEvent): PositionedEvent | undefined => {
  const recorded = resolved.event as RecordedEvent | undefined;
  if (recorded === undefined) return undefined;
  const position = isRealPosition(recorded.position)
    ? recorded.position
    : resolved.commitPosition !== undefined
      ? { commit: resolved.commitPosition, prepare: resolved.commitPosition }
      : undefined;
  if (!isRealPosition(position)) {
    throw new UnsupportedServer(
      `the server gave no $all position for ${recorded.streamId}@${recorded.revision}: EventStoreDB 22.6 or later is required`,
    );
  }
  return { recorded, position };
};

/**
 * A stream's events from a revision, forwards or backwards; `[]` when the stream does not exist.
 * Every read is consumed to its end: a read left half-consumed keeps its gRPC call open, and the
 * client's `dispose()` would wait for it forever.
 */
export const readEsdbStream = async (
  client: EventStoreDBClient,
  streamName: string,
  options: {
    readonly direction: 'forwards' | 'backwards';
    readonly fromRevision?: bigint;
    readonly maxCount?: number;
  },
): Promise<PositionedEvent[]> => {
  const backwards = options.direction === 'backwards';
  const events: PositionedEvent[] = [];
  try {
    const reading = client.readStream(streamName, {
      direction: backwards ? BACKWARDS : FORWARDS,
      fromRevision: options.fromRevision ?? (backwards ? END : 0n),
      maxCount: options.maxCount ?? Number.MAX_SAFE_INTEGER,
    });
    for await (const resolved of reading) {
      const event = positioned(resolved);
      if (event !== undefined) events.push(event);
    }
  } catch (error) {
    if (error instanceof StreamNotFoundError) return [];
    throw error;
  }
  return events;
};

/** The last event of a stream, if it has one. */
export const lastEsdbEvent = async (
  client: EventStoreDBClient,
  streamName: string,
): Promise<PositionedEvent | undefined> =>
  (await readEsdbStream(client, streamName, { direction: 'backwards', maxCount: 1 }))[0];

/**
 * The newest event of `$all` whose stream name starts with `prefix`, read backwards from the end in
 * pages. Its cost is the number of events written after it (by anyone): small for an active tenant,
 * the whole log for a tenant without events.
 */
export const lastEsdbEventWithPrefix = async (
  client: EventStoreDBClient,
  prefix: string,
  pageSize = 500,
): Promise<PositionedEvent | undefined> => {
  let from: Position | typeof END = END;
  for (;;) {
    const page: AllStreamResolvedEvent[] = [];
    // Consumed to its end, like every read (see readEsdbStream).
    for await (const resolved of client.readAll({ direction: BACKWARDS, fromPosition: from, maxCount: pageSize })) {
      page.push(resolved);
    }
    let last: Position | undefined;
    for (const resolved of page) {
      const event = positioned(resolved);
      if (event === undefined) continue;
      if (event.recorded.streamId.startsWith(prefix)) return event;
      last = event.position;
    }
    if (page.length < pageSize || last === undefined) return undefined;
    from = last;
  }
};

/**
 * The events of `$all` in streams starting with one of `prefixes`, strictly after `after`, up to
 * the moment the subscription caught up — in batches. It is a catch-up subscription to `$all` with
 * a server-side stream-name prefix filter that ends at the server's `caughtUp` message
 * (EventStoreDB 23.10+), so only matching events cross the network.
 */
export async function* catchUpEsdb(
  client: EventStoreDBClient,
  options: { readonly prefixes: readonly string[]; readonly after: GlobalPosition; readonly batchSize: number },
): AsyncGenerator<PositionedEvent[]> {
  const subscription = client.subscribeToAll({
    fromPosition: subscriptionStart(options.after),
    filter: streamNameFilter({ prefixes: [...options.prefixes] }),
  });
  const queue: PositionedEvent[] = [];
  let received = 0;
  let consumed = 0;
  // How many events precede `caughtUp`: those delivered plus those still in the stream's buffer.
  let caughtUpAt: number | undefined;
  let failure: unknown;
  let wake: (() => void) | undefined;
  const notify = () => {
    const resume = wake;
    wake = undefined;
    resume?.();
  };
  subscription.on('data', (resolved: AllStreamResolvedEvent) => {
    try {
      const event = positioned(resolved);
      received += 1;
      if (event !== undefined) queue.push(event);
      else consumed += 1;
      if (queue.length >= 2 * options.batchSize) subscription.pause();
    } catch (error) {
      failure = error;
    }
    notify();
  });
  subscription.on('caughtUp', () => {
    caughtUpAt = received + subscription.readableLength;
    notify();
  });
  subscription.on('error', (error) => {
    failure = error;
    notify();
  });
  subscription.on('end', () => {
    if (caughtUpAt === undefined) failure ??= new UnsupportedServer('the $all subscription ended before it caught up');
    notify();
  });
  try {
    for (;;) {
      if (failure !== undefined) throw failure;
      const remaining = caughtUpAt === undefined ? Number.POSITIVE_INFINITY : caughtUpAt - consumed;
      if (remaining <= 0) return;
      const wanted = Math.min(options.batchSize, remaining);
      if (queue.length >= wanted) {
        const batch = queue.splice(0, wanted);
        consumed += wanted;
        if (subscription.isPaused() && queue.length < options.batchSize) subscription.resume();
        yield batch;
        continue;
      }
      if (subscription.isPaused()) subscription.resume();
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  } finally {
    subscription.removeAllListeners('data');
    subscription.on('error', () => undefined);
    await subscription.unsubscribe();
  }
}
