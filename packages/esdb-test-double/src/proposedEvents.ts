import type { ProposedEvent } from './log.js';
import { uuidOf } from './protocol.js';

/** What `Streams/Append` and `Streams/BatchAppend` both send for one event. */
interface ProposedMessage {
  getId(): Parameters<typeof uuidOf>[0];
  getMetadataMap(): { get(key: string): string | undefined };
  getData_asU8(): Uint8Array;
  getCustomMetadata_asU8(): Uint8Array;
}

/** An event a client proposes, or what is wrong with it (EventStoreDB requires id, type, content type). */
export const proposedOf = (message: ProposedMessage): ProposedEvent | string => {
  const id = uuidOf(message.getId());
  const type = message.getMetadataMap().get('type');
  const contentType = message.getMetadataMap().get('content-type');
  if (id === undefined) return 'an event id is required';
  if (type === undefined || type === '') return 'an event type is required';
  if (contentType === undefined) return 'a content type is required';
  return {
    id,
    type,
    contentType,
    data: message.getData_asU8(),
    customMetadata: message.getCustomMetadata_asU8(),
  };
};

/** The size EventStoreDB compares with its maximum append size: event data and metadata bytes. */
export const appendSize = (events: readonly ProposedEvent[]): number =>
  events.reduce((total, event) => total + event.data.length + event.customMetadata.length, 0);
