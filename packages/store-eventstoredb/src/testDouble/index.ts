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
export { type EventStoreDbTestDouble, startEventStoreDbTestDouble } from './server.js';
