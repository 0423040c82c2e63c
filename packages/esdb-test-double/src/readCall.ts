import type { ServerWritableStream } from '@grpc/grpc-js';
import { status } from '@grpc/grpc-js';
import { v4 as uuidv4 } from 'uuid';
import type { LoggedEvent, TestDoubleLog } from './log.js';
import { eventResponse, ReadReq, ReadResp, streamIdentifier, streamNameOf } from './protocol.js';

type ReadCall = ServerWritableStream<ReadReq, ReadResp>;
type ReadOptions = InstanceType<typeof ReadReq.Options>;

/** Which events a filtered `$all` read or subscription keeps; `undefined` keeps them all. */
const filterOf = (options: ReadOptions): ((event: LoggedEvent) => boolean) | undefined => {
  const filter = options.getFilter();
  if (filter === undefined) return undefined;
  const onStream = filter.hasStreamIdentifier();
  const expression = onStream ? filter.getStreamIdentifier() : filter.getEventType();
  if (expression === undefined) return undefined;
  const prefixes = expression.getPrefixList();
  const regex = expression.getRegex() === '' ? undefined : new RegExp(expression.getRegex());
  return (event) => {
    const subject = onStream ? event.streamName : event.type;
    if (prefixes.length > 0 && !prefixes.some((prefix) => subject.startsWith(prefix))) return false;
    return regex === undefined || regex.test(subject);
  };
};

/** Whether the client asked for UUIDs as two 64-bit halves rather than strings. */
const structuredIds = (options: ReadOptions): boolean => options.getUuidOption()?.hasStructured() ?? false;

const send = (call: ReadCall, options: ReadOptions, events: readonly LoggedEvent[]): void => {
  const structured = structuredIds(options);
  for (const event of events) call.write(eventResponse(event, structured));
};

/** A bounded read of one stream: `streamNotFound` when it has no event, else up to `count` events. */
const readStream = (call: ReadCall, log: TestDoubleLog, options: ReadOptions): void => {
  const streamOptions = options.getStream()!;
  const streamName = streamNameOf(streamOptions.getStreamIdentifier());
  const events = log.stream(streamName);
  if (events === undefined || events.length === 0) {
    const notFound = new ReadResp.StreamNotFound();
    notFound.setStreamIdentifier(streamIdentifier(streamName));
    const response = new ReadResp();
    response.setStreamNotFound(notFound);
    call.write(response);
    call.end();
    return;
  }
  const count = Number(BigInt(options.getCount()));
  const last = events.length - 1;
  const backwards = options.getReadDirection() === ReadReq.Options.ReadDirection.BACKWARDS;
  let from: number;
  if (streamOptions.hasStart()) from = 0;
  else if (streamOptions.hasEnd()) from = backwards ? last : events.length;
  else from = Number(BigInt(streamOptions.getRevision()));
  const selected = backwards
    ? events.slice(Math.max(0, Math.min(from, last) - count + 1), Math.min(from, last) + 1).reverse()
    : events.slice(from, from + count);
  send(call, options, selected);
  call.end();
};

/** Index of the first event at or after `position` in `$all`. */
const indexAt = (all: readonly LoggedEvent[], position: bigint): number => {
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (all[mid]!.position < position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/**
 * A bounded read of `$all`: forwards from a position (inclusive) or backwards from it (exclusive),
 * as EventStoreDB reads the transaction log.
 */
const readAll = (call: ReadCall, log: TestDoubleLog, options: ReadOptions): void => {
  const allOptions = options.getAll()!;
  const all = log.all();
  const keep = filterOf(options) ?? (() => true);
  let count = Number(BigInt(options.getCount()));
  const backwards = options.getReadDirection() === ReadReq.Options.ReadDirection.BACKWARDS;
  let start: number;
  if (allOptions.hasStart()) start = backwards ? -1 : 0;
  else if (allOptions.hasEnd()) start = backwards ? all.length - 1 : all.length;
  else {
    const at = indexAt(all, BigInt(allOptions.getPosition()!.getCommitPosition()));
    start = backwards ? at - 1 : at;
  }
  for (let i = start; i >= 0 && i < all.length && count > 0; i += backwards ? -1 : 1) {
    const event = all[i]!;
    if (!keep(event)) continue;
    call.write(eventResponse(event, structuredIds(options)));
    count -= 1;
  }
  call.end();
};

/**
 * A catch-up subscription to `$all`: a confirmation, then the stored events after the start
 * position (exclusive, as in EventStoreDB), then `caughtUp`, then every new event as it is written,
 * until the client cancels.
 */
const subscribeToAll = (call: ReadCall, log: TestDoubleLog, options: ReadOptions): void => {
  const allOptions = options.getAll()!;
  const keep = filterOf(options) ?? (() => true);
  const all = log.all();
  let next: number;
  if (allOptions.hasStart()) next = 0;
  else if (allOptions.hasEnd()) next = all.length;
  else {
    const after = BigInt(allOptions.getPosition()!.getCommitPosition());
    next = indexAt(all, after);
    if (next < all.length && all[next]!.position === after) next += 1;
  }
  const confirmation = new ReadResp.SubscriptionConfirmation();
  confirmation.setSubscriptionId(uuidv4());
  const confirmed = new ReadResp();
  confirmed.setConfirmation(confirmation);
  call.write(confirmed);
  const structured = structuredIds(options);
  const deliver = () => {
    const events = log.all();
    for (; next < events.length; next++) {
      if (call.cancelled) return;
      const event = events[next]!;
      if (keep(event)) call.write(eventResponse(event, structured));
    }
  };
  deliver();
  const caughtUp = new ReadResp();
  caughtUp.setCaughtUp(new ReadResp.CaughtUp());
  call.write(caughtUp);
  const stop = log.onWrite(deliver);
  call.on('cancelled', stop);
  call.on('close', stop);
};

/** What a client asked `Streams/Read` for, as a test reads it back. */
export interface ReadRequestSummary {
  /** The stream read, or `$all`. */
  readonly source: string;
  readonly subscription: boolean;
  readonly direction: 'forwards' | 'backwards';
  /** The server-side filter, if any: on stream names or event types, by prefixes or a regex. */
  readonly filter?: {
    readonly on: 'streamName' | 'eventType';
    readonly prefixes: readonly string[];
    readonly regex: string;
  };
}

const summaryOf = (options: ReadOptions): ReadRequestSummary => {
  const filter = options.getFilter();
  const expression = filter?.hasStreamIdentifier() ? filter.getStreamIdentifier() : filter?.getEventType();
  return {
    source: options.hasStream() ? streamNameOf(options.getStream()!.getStreamIdentifier()) : '$all',
    subscription: options.hasSubscription(),
    direction: options.getReadDirection() === ReadReq.Options.ReadDirection.BACKWARDS ? 'backwards' : 'forwards',
    ...(filter === undefined || expression === undefined
      ? {}
      : {
          filter: {
            on: filter.hasStreamIdentifier() ? ('streamName' as const) : ('eventType' as const),
            prefixes: expression.getPrefixList(),
            regex: expression.getRegex(),
          },
        }),
  };
};

/** `Streams/Read`: stream reads, `$all` reads and `$all` subscriptions. Each request is reported to `seen`. */
export const handleRead = (log: TestDoubleLog, seen: (request: ReadRequestSummary) => void) => (call: ReadCall) => {
  const options = call.request.getOptions();
  if (options !== undefined) seen(summaryOf(options));
  if (options === undefined) {
    call.destroy(Object.assign(new Error('read options are required'), { code: status.INVALID_ARGUMENT }));
    return;
  }
  const subscription = options.hasSubscription();
  if (options.hasStream() && !subscription) return readStream(call, log, options);
  if (options.hasAll() && !subscription) return readAll(call, log, options);
  if (options.hasAll()) return subscribeToAll(call, log, options);
  call.destroy(
    Object.assign(new Error('the EventStoreDB test double does not implement stream subscriptions'), {
      code: status.UNIMPLEMENTED,
    }),
  );
};
