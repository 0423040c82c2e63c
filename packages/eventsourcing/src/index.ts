/**
 * @mgmt-review/eventsourcing — the kernel: envelopes, codecs and upcasters, deciders and command
 * handling, the EventStore port with an in-memory reference store, the hash chain and its
 * verification, and projections (replay "as of", checkpointed runner, live Observable).
 */
export * from './appendPipeline.js';
export * from './checkpoints.js';
export * from './clock.js';
export * from './commandHandler.js';
export * from './decider.js';
export * from './envelope.js';
export * from './errors.js';
export * from './eventRegistry.js';
export * from './eventStore.js';
export * from './expectedVersion.js';
export * from './hashChain.js';
export * from './inMemoryStore.js';
export * from './jsonSchema.js';
export { isPlainJson } from './jsonValue.js';
export * from './knownHead.js';
export * from './merkle/index.js';
export * from './privacy/index.js';
export * from './projection.js';
export * from './projectionRunner.js';
export * from './promise.js';
export * from './replay.js';
export { storedMetadataText } from './sealedMetadata.js';
export {
  atPosition,
  EMPTY_HEAD,
  type SealedEvent,
  type SealingDeps,
  type StreamHead,
  withPersonal,
} from './sealing.js';
export * from './streamHeads.js';
export * from './streamId.js';
export * from './streamRange.js';
export * from './strictFields.js';
export { structWith } from './structWith.js';
export * from './validation.js';
export * from './verify.js';
