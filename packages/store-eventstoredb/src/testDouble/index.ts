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
