import type { ServerUnaryCall, sendUnaryData } from '@grpc/grpc-js';
import { type Empty, SupportedMethod, SupportedMethods } from './protocol.js';

/**
 * `ServerFeatures/GetSupportedMethods` of a server that offers `Streams/BatchAppend` (21.10 and
 * later), so the client appends through it. Without this service the client falls back to
 * `Streams/Append`, as with an older server.
 */
export const handleGetSupportedMethods =
  (serverVersion: string) =>
  (
    _call: ServerUnaryCall<InstanceType<typeof Empty>, InstanceType<typeof SupportedMethods>>,
    callback: sendUnaryData<InstanceType<typeof SupportedMethods>>,
  ) => {
    const methods = new SupportedMethods();
    methods.setEventStoreServerVersion(serverVersion);
    for (const name of ['read', 'append', 'batchappend']) {
      const method = new SupportedMethod();
      method.setServiceName('event_store.client.streams.streams');
      method.setMethodName(name);
      methods.addMethods(method);
    }
    callback(null, methods);
  };
