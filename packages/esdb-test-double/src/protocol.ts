/**
 * The EventStoreDB gRPC messages the test double speaks, from the service definitions the client
 * package ships (`generated/*_pb.js`, compiled from EventStoreDB's own .proto files), and the
 * conversions between them and the double's log.
 */
import serverFeaturesGrpc from '@eventstore/db-client/generated/serverfeatures_grpc_pb.js';
import serverFeaturesPb from '@eventstore/db-client/generated/serverfeatures_pb.js';
import sharedPb from '@eventstore/db-client/generated/shared_pb.js';
import statusPb from '@eventstore/db-client/generated/status_pb.js';
import streamsGrpc from '@eventstore/db-client/generated/streams_grpc_pb.js';
import streamsPb from '@eventstore/db-client/generated/streams_pb.js';
import anyPb from 'google-protobuf/google/protobuf/any_pb.js';
import { stringify as stringifyUuid } from 'uuid';
import type { LoggedEvent } from './log.js';

export const { ReadReq, ReadResp, AppendReq, AppendResp, BatchAppendReq, BatchAppendResp } = streamsPb;
export type ReadReq = InstanceType<typeof streamsPb.ReadReq>;
export type ReadResp = InstanceType<typeof streamsPb.ReadResp>;
export type AppendReq = InstanceType<typeof streamsPb.AppendReq>;
export type AppendResp = InstanceType<typeof streamsPb.AppendResp>;
export type BatchAppendReq = InstanceType<typeof streamsPb.BatchAppendReq>;
export type BatchAppendResp = InstanceType<typeof streamsPb.BatchAppendResp>;
export const { Empty, UUID, StreamIdentifier, AllStreamPosition, WrongExpectedVersion, MaximumAppendSizeExceeded } =
  sharedPb;
export const { Status } = statusPb;
export const { Any } = anyPb;
export const { StreamsService } = streamsGrpc;
export const { ServerFeaturesService } = serverFeaturesGrpc;
export const { SupportedMethods, SupportedMethod } = serverFeaturesPb;

/** A stream name from its wire form (UTF-8 bytes). */
export const streamNameOf = (identifier: InstanceType<typeof sharedPb.StreamIdentifier> | undefined): string =>
  Buffer.from(identifier?.getStreamName_asU8() ?? new Uint8Array()).toString('utf8');

export const streamIdentifier = (streamName: string) => {
  const identifier = new StreamIdentifier();
  identifier.setStreamName(Uint8Array.from(Buffer.from(streamName, 'utf8')));
  return identifier;
};

/** A UUID in its string form, from either wire form (string, or two 64-bit halves). */
export const uuidOf = (uuid: InstanceType<typeof sharedPb.UUID> | undefined): string | undefined => {
  if (uuid === undefined) return undefined;
  if (uuid.hasString()) return uuid.getString();
  const structured = uuid.getStructured();
  if (structured === undefined) return undefined;
  const bytes = new DataView(new ArrayBuffer(16));
  bytes.setBigInt64(0, BigInt(structured.getMostSignificantBits()));
  bytes.setBigInt64(8, BigInt(structured.getLeastSignificantBits()));
  return stringifyUuid(new Uint8Array(bytes.buffer));
};

/** A UUID in the wire form a read asked for: its string, or its two 64-bit halves. */
export const uuidFor = (value: string, structured: boolean) => {
  const id = new UUID();
  if (!structured) return id.setString(value);
  const bytes = new DataView(Uint8Array.from(Buffer.from(value.replaceAll('-', ''), 'hex')).buffer);
  const halves = new UUID.Structured();
  halves.setMostSignificantBits(bytes.getBigInt64(0).toString(10));
  halves.setLeastSignificantBits(bytes.getBigInt64(8).toString(10));
  return id.setStructured(halves);
};

/** A read response carrying one event, as EventStoreDB sends it (UUIDs in the form asked for, positions set). */
export const eventResponse = (event: LoggedEvent, structuredIds = false): ReadResp => {
  const id = uuidFor(event.id, structuredIds);
  const recorded = new ReadResp.ReadEvent.RecordedEvent();
  recorded.setId(id);
  recorded.setStreamIdentifier(streamIdentifier(event.streamName));
  recorded.setStreamRevision(event.revision.toString(10));
  recorded.setCommitPosition(event.position.toString(10));
  recorded.setPreparePosition(event.position.toString(10));
  recorded.getMetadataMap().set('type', event.type);
  recorded.getMetadataMap().set('content-type', event.contentType);
  recorded.getMetadataMap().set('created', event.created.toString(10));
  recorded.setCustomMetadata(event.customMetadata);
  recorded.setData(event.data);
  const read = new ReadResp.ReadEvent();
  read.setEvent(recorded);
  read.setCommitPosition(event.position.toString(10));
  const response = new ReadResp();
  response.setEvent(read);
  return response;
};
