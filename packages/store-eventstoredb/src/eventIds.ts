import { validate as isUuid, v5 as uuidv5 } from 'uuid';

/** The namespace of the name-based UUIDs given to event ids that are not UUIDs themselves. */
const EVENT_ID_NAMESPACE = '5f3f8f0e-6c1a-4b8e-9a57-2d9c0b7e4a11';

/**
 * The EventStoreDB event id of one of our events: the event id itself when it is a UUID (the
 * default, a UUID v7), else a name-based UUID (v5) derived from it. Either way the same event id
 * always gives the same EventStoreDB id, so a retried append is recognised by the server too. Our
 * own event id is kept in the envelope, so nothing is lost.
 */
export const esdbEventIdOf = (eventId: string): string =>
  isUuid(eventId) ? eventId.toLowerCase() : uuidv5(eventId, EVENT_ID_NAMESPACE);
