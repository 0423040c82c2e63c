import type { ServerReadableStream, sendUnaryData } from '@grpc/grpc-js';
import { Metadata, status } from '@grpc/grpc-js';
import type { ExpectedRevision, ProposedEvent, TestDoubleLog } from './log.js';
import { appendSize, proposedOf } from './proposedEvents.js';
import { AppendReq, AppendResp, Empty, streamNameOf } from './protocol.js';

type AppendCall = ServerReadableStream<AppendReq, AppendResp>;

const invalid = (message: string) => Object.assign(new Error(message), { code: status.INVALID_ARGUMENT });

const expectedOf = (options: InstanceType<typeof AppendReq.Options>): ExpectedRevision => {
  const Case = AppendReq.Options.ExpectedStreamRevisionCase;
  switch (options.getExpectedStreamRevisionCase()) {
    case Case.NO_STREAM:
      return 'no_stream';
    case Case.STREAM_EXISTS:
      return 'stream_exists';
    case Case.REVISION:
      return BigInt(options.getRevision());
    default:
      return 'any';
  }
};

const wrongExpectedVersion = (expected: ExpectedRevision, current: bigint | undefined): AppendResp => {
  const wrong = new AppendResp.WrongExpectedVersion();
  if (current === undefined) wrong.setCurrentNoStream(new Empty());
  else wrong.setCurrentRevision(current.toString(10));
  if (expected === 'any') wrong.setExpectedAny(new Empty());
  else if (expected === 'no_stream') wrong.setExpectedNoStream(new Empty());
  else if (expected === 'stream_exists') wrong.setExpectedStreamExists(new Empty());
  else wrong.setExpectedRevision(expected.toString(10));
  const response = new AppendResp();
  response.setWrongExpectedVersion(wrong);
  return response;
};

const success = (currentRevision: bigint, position: bigint): AppendResp => {
  const done = new AppendResp.Success();
  if (currentRevision < 0n) done.setNoStream(new Empty());
  else done.setCurrentRevision(currentRevision.toString(10));
  const at = new AppendResp.Position();
  at.setCommitPosition(position.toString(10));
  at.setPreparePosition(position.toString(10));
  done.setPosition(at);
  const response = new AppendResp();
  response.setSuccess(done);
  return response;
};

/** EventStoreDB's refusal of an append larger than its maximum append size (data + metadata bytes). */
const tooLarge = (maxAppendSize: number) => {
  const metadata = new Metadata();
  metadata.set('exception', 'maximum-append-size-exceeded');
  metadata.set('maximum-append-size', String(maxAppendSize));
  return Object.assign(new Error(`maximum append size of ${maxAppendSize} bytes exceeded`), {
    code: status.INVALID_ARGUMENT,
    metadata,
  });
};

/** What a client asked `Streams/Append` to do, as a test reads it back. */
export interface AppendRequestSummary {
  /** The call that carried it: `Streams/Append` or `Streams/BatchAppend`. */
  readonly via: 'append' | 'batchAppend';
  readonly stream: string;
  readonly expected: ExpectedRevision;
  readonly events: number;
}

/**
 * `Streams/Append`, a client stream: one options message (stream and expected revision), then one
 * message per event. The append is applied atomically when the client ends the stream, or refused
 * whole when its events' data and metadata exceed `maxAppendSize` bytes. Each request is reported to
 * `seen`.
 */
export const handleAppend =
  (log: TestDoubleLog, maxAppendSize: number, seen: (request: AppendRequestSummary) => void) =>
  (call: AppendCall, callback: sendUnaryData<AppendResp>) => {
    let options: InstanceType<typeof AppendReq.Options> | undefined;
    const events: ProposedEvent[] = [];
    let failure: Error | undefined;
    call.on('data', (request: AppendReq) => {
      if (failure !== undefined) return;
      if (request.hasOptions()) {
        if (options !== undefined) failure = invalid('the append options are sent once, first');
        options = request.getOptions();
        return;
      }
      const message = request.getProposedMessage();
      if (options === undefined || message === undefined) {
        failure = invalid('an append starts with its options, then one message per event');
        return;
      }
      const proposed = proposedOf(message);
      if (typeof proposed === 'string') failure = invalid(proposed);
      else events.push(proposed);
    });
    call.on('error', () => undefined);
    call.on('end', () => {
      if (failure !== undefined) return callback(failure);
      if (options === undefined) return callback(invalid('append options are required'));
      const streamName = streamNameOf(options.getStreamIdentifier());
      seen({ via: 'append', stream: streamName, expected: expectedOf(options), events: events.length });
      if (streamName === '') return callback(invalid('a stream name is required'));
      if (appendSize(events) > maxAppendSize) return callback(tooLarge(maxAppendSize));
      const outcome = log.append(streamName, expectedOf(options), events);
      callback(
        null,
        outcome.kind === 'success'
          ? success(outcome.currentRevision, outcome.position)
          : wrongExpectedVersion(outcome.expected, outcome.current),
      );
    });
  };
