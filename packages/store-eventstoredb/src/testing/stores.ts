import {
  createEventRegistry,
  defineEvent,
  type EventStore,
  type NewEvent,
  steppingClock,
} from '@mgmt-review/eventsourcing';
import * as t from 'io-ts';
import { v4 as uuidv4 } from 'uuid';
import { createEventStoreDbEventStore } from '../eventStoreDbStore.js';

/**
 * Stores for tests of the EventStoreDB store: a one-event domain (`NoteTaken`), and stores on a
 * server — a real one or the test double — each in a namespace of its own, so that it starts empty
 * however many tests share the server.
 */
export const noteTaken = defineEvent({ type: 'NoteTaken', codec: t.type({ text: t.string }) });
export const noteRegistry = createEventRegistry([noteTaken]);

/** A valid new `NoteTaken` event, with the given event id if any. */
export const note = (text: string, eventId?: string): NewEvent => ({
  type: 'NoteTaken',
  data: { text },
  metadata: { actor: { id: 'user-1', role: 'auditor' }, occurredAt: '2026-03-01T09:00:00.000Z' },
  ...(eventId === undefined ? {} : { eventId }),
});

/** A fresh store on the server: a namespace nobody else uses. */
export const storeOn = (server: { readonly connectionString: string }): EventStore =>
  createEventStoreDbEventStore({
    connectionString: server.connectionString,
    registry: noteRegistry,
    clock: steppingClock('2026-03-01T10:00:00.000Z'),
    namespace: `test-${uuidv4()}`,
  });
