import type { ServerDuplexStream } from '@grpc/grpc-js';
import type { AppendRequestSummary } from './appendCall.js';
import type { ExpectedRevision, ProposedEvent, TestDoubleLog } from './log.js';
import { appendSize, proposedOf } from './proposedEvents.js';
import {
  AllStreamPosition,
  Any,
  BatchAppendReq,
  BatchAppendResp,
  Empty,
  MaximumAppendSizeExceeded,
  Status,
  streamIdentifier,
  streamNameOf,
  type UUID,
  uuidOf,
  WrongExpectedVersion,
} from './protocol.js';

type BatchAppendCall = ServerDuplexStream<BatchAppendReq, BatchAppendResp>;
type BatchOptions = InstanceType<typeof BatchAppendReq.Options>;

/** google.rpc.Code FAILED_PRECONDITION: how EventStoreDB reports a refused batch. */
const FAILED_PRECONDITION = 9;

const expectedOf = (options: BatchOptions): ExpectedRevision => {
  const Case = BatchAppendReq.Options.ExpectedStreamPositionCase;
  switch (options.getExpectedStreamPositionCase()) {
    case Case.NO_STREAM:
      return 'no_stream';
    case Case.STREAM_EXISTS:
      return 'stream_exists';
    case Case.STREAM_POSITION:
      return BigInt(options.getStreamPosition());
    default:
      return 'any';
  }
};

/** A refusal, as EventStoreDB sends it: a status whose details pack the reason's message. */
const refusal = (message: string, typeName: string, details: { serializeBinary(): Uint8Array }) => {
  const packed = new Any();
  packed.pack(details.serializeBinary(), typeName);
  const refused = new Status();
  refused.setCode(FAILED_PRECONDITION);
  refused.setMessage(message);
  refused.setDetails(packed);
  return refused;
};

const wrongExpectedVersion = (expected: ExpectedRevision, current: bigint | undefined) => {
  const wrong = new WrongExpectedVersion();
  if (current === undefined) wrong.setCurrentNoStream(new Empty());
  else wrong.setCurrentStreamRevision(current.toString(10));
  if (expected === 'any') wrong.setExpectedAny(new Empty());
  else if (expected === 'no_stream') wrong.setExpectedNoStream(new Empty());
  else if (expected === 'stream_exists') wrong.setExpectedStreamExists(new Empty());
  else wrong.setExpectedStreamPosition(expected.toString(10));
  return refusal('wrong expected version', 'event_store.client.WrongExpectedVersion', wrong);
};

const tooLarge = (maxAppendSize: number) => {
  const exceeded = new MaximumAppendSizeExceeded();
  exceeded.setMaxappendsize(maxAppendSize);
  return refusal('maximum append size exceeded', 'event_store.client.MaximumAppendSizeExceeded', exceeded);
};

/** The answer to one batch: its correlation id and stream, then success or the refusal. */
const answer = (
  log: TestDoubleLog,
  maxAppendSize: number,
  correlationId: InstanceType<typeof UUID>,
  options: BatchOptions,
  events: readonly ProposedEvent[],
): BatchAppendResp => {
  const response = new BatchAppendResp();
  response.setCorrelationId(correlationId);
  response.setStreamIdentifier(streamIdentifier(streamNameOf(options.getStreamIdentifier())));
  if (appendSize(events) > maxAppendSize) return response.setError(tooLarge(maxAppendSize));
  const expected = expectedOf(options);
  const outcome = log.append(streamNameOf(options.getStreamIdentifier()), expected, events);
  if (outcome.kind === 'wrong-expected-version')
    return response.setError(wrongExpectedVersion(expected, outcome.current));
  const done = new BatchAppendResp.Success();
  if (outcome.currentRevision < 0n) done.setNoStream(new Empty());
  else done.setCurrentRevision(outcome.currentRevision.toString(10));
  const position = new AllStreamPosition();
  position.setCommitPosition(outcome.position.toString(10));
  position.setPreparePosition(outcome.position.toString(10));
  done.setPosition(position);
  return response.setSuccess(done);
};

/**
 * `Streams/BatchAppend`, the append real servers from 21.10 offer: one long-lived bidirectional
 * stream carrying many appends, each a run of requests with one correlation id — options first,
 * events in one or more requests, the last one marked final — and answered by one response with
 * that correlation id. Each append is applied atomically when its final request arrives.
 */
export const handleBatchAppend =
  (log: TestDoubleLog, maxAppendSize: number, seen: (request: AppendRequestSummary) => void) =>
  (call: BatchAppendCall) => {
    const open = new Map<string, { options?: BatchOptions; events: ProposedEvent[]; problem?: string }>();
    call.on('data', (request: BatchAppendReq) => {
      const correlationId = request.getCorrelationId();
      const key = uuidOf(correlationId) ?? '';
      const batch = open.get(key) ?? { events: [] };
      open.set(key, batch);
      if (request.hasOptions()) batch.options = request.getOptions();
      for (const message of request.getProposedMessagesList()) {
        const proposed = proposedOf(message);
        if (typeof proposed === 'string') batch.problem ??= proposed;
        else batch.events.push(proposed);
      }
      if (!request.getIsFinal()) return;
      open.delete(key);
      const options = batch.options;
      if (options === undefined || correlationId === undefined || batch.problem !== undefined) {
        call.destroy(new Error(batch.problem ?? 'a batch append starts with its options and a correlation id'));
        return;
      }
      seen({
        via: 'batchAppend',
        stream: streamNameOf(options.getStreamIdentifier()),
        expected: expectedOf(options),
        events: batch.events.length,
      });
      call.write(answer(log, maxAppendSize, correlationId, options, batch.events));
    });
    call.on('end', () => call.end());
    call.on('error', () => undefined);
  };
