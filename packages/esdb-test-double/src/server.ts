import { Server, ServerCredentials } from '@grpc/grpc-js';
import { type AppendRequestSummary, handleAppend } from './appendCall.js';
import { handleBatchAppend } from './batchAppendCall.js';
import { createTestDoubleLog, type TestDoubleLog, type TestDoubleLogOptions } from './log.js';
import { ServerFeaturesService, StreamsService } from './protocol.js';
import { handleRead, type ReadRequestSummary } from './readCall.js';
import { handleGetSupportedMethods } from './serverFeatures.js';

export interface TestDoubleOptions extends TestDoubleLogOptions {
  /**
   * The largest append accepted, in bytes of event data and metadata. Defaults to EventStoreDB's
   * default, 1 MiB (1,048,576).
   */
  readonly maxAppendSize?: number;
  /**
   * How clients append. `'append'` (the default): no `ServerFeatures` service, so the client uses
   * `Streams/Append`, as with a server older than 21.10. `'batchAppend'`: `ServerFeatures` lists
   * `Streams/BatchAppend`, and the client appends through it, as with EventStoreDB 21.10+ and KurrentDB.
   */
  readonly appendWith?: 'append' | 'batchAppend';
}

/** EventStoreDB's default maximum append size. */
export const DEFAULT_MAX_APPEND_SIZE = 1_048_576;

/** A running EventStoreDB test double. */
export interface EventStoreDbTestDouble {
  /** `esdb://127.0.0.1:<port>?tls=false`, for `EventStoreDBClient.connectionString`. */
  readonly connectionString: string;
  readonly port: number;
  /** The double's storage, for assertions that look past the client. */
  readonly log: TestDoubleLog;
  /** Every `Streams/Read` request received, in order: what clients asked the server to do. */
  readonly reads: readonly ReadRequestSummary[];
  /** Every `Streams/Append` request received, in order (refused ones too). */
  readonly appends: readonly AppendRequestSummary[];
  /** Stops the server, ending open subscriptions. */
  stop(): Promise<void>;
}

/**
 * Starts a TEST DOUBLE of EventStoreDB: an in-process gRPC server on 127.0.0.1 (a free port) that
 * speaks the part of EventStoreDB's gRPC protocol the Node.js client `@eventstore/db-client` 6.x
 * uses for streams — `Streams/Append`, and `Streams/Read` for stream reads, `$all` reads and
 * catch-up subscriptions to `$all` with a filter — and enforces the maximum append size. It is
 * for tests only: no persistence, no authentication, no TLS, no cluster, no projections or
 * persistent subscriptions.
 *
 * By default it registers no `ServerFeatures` service, so the client's first call
 * (`ServerFeatures/GetSupportedMethods`) is answered UNIMPLEMENTED, as by a server older than
 * 21.10, and the client appends with `Streams/Append`; with `appendWith: 'batchAppend'` it lists
 * `Streams/BatchAppend` there, and the client appends through that, as with current servers.
 */
export const startEventStoreDbTestDouble = async (options: TestDoubleOptions = {}): Promise<EventStoreDbTestDouble> => {
  const log = createTestDoubleLog(options);
  const maxAppendSize = options.maxAppendSize ?? DEFAULT_MAX_APPEND_SIZE;
  const reads: ReadRequestSummary[] = [];
  const appends: AppendRequestSummary[] = [];
  const server = new Server();
  server.addService(StreamsService, {
    read: handleRead(log, (request) => reads.push(request)),
    append: handleAppend(log, maxAppendSize, (request) => appends.push(request)),
    batchAppend: handleBatchAppend(log, maxAppendSize, (request) => appends.push(request)),
  });
  if (options.appendWith === 'batchAppend') {
    server.addService(ServerFeaturesService, { getSupportedMethods: handleGetSupportedMethods('23.10.0-test-double') });
  }
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (error, bound) =>
      error === null ? resolve(bound) : reject(error),
    ),
  );
  return {
    connectionString: `esdb://127.0.0.1:${port}?tls=false`,
    port,
    log,
    reads,
    appends,
    stop: () =>
      new Promise<void>((resolve) => {
        server.tryShutdown(() => resolve());
        // Open subscriptions never end by themselves: end them after a grace period.
        setTimeout(() => server.forceShutdown(), 200).unref();
      }),
  };
};
