/**
 * @mgmt-review/esdb-test-double — a package of its own, private: the EventStoreDB store depends on it
 * for its tests only, so gRPC and protobuf are never among the store's runtime dependencies.
 *
 * A TEST DOUBLE of EventStoreDB, for tests: `startEventStoreDbTestDouble({ appendWith, maxAppendSize })`
 * starts an in-process gRPC server on 127.0.0.1 speaking the part of the protocol
 * `@eventstore/db-client` uses for streams (Streams/Append or Streams/BatchAppend, Streams/Read with
 * `$all` subscriptions and filters), following EventStoreDB's documented semantics. Not a database.
 */
export type { AppendRequestSummary } from './appendCall.js';
export type {
  AppendOutcome,
  ExpectedRevision,
  LoggedEvent,
  ProposedEvent,
  TestDoubleLog,
  TestDoubleLogOptions,
} from './log.js';
export { createTestDoubleLog } from './log.js';
export type { ReadRequestSummary } from './readCall.js';
export {
  DEFAULT_MAX_APPEND_SIZE,
  type EventStoreDbTestDouble,
  startEventStoreDbTestDouble,
  type TestDoubleOptions,
} from './server.js';
