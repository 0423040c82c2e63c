import {
  createEventRegistry,
  defineEvent,
  type EventStore,
  type NewEvent,
  steppingClock,
} from '@mgmt-review/eventsourcing';
import * as t from 'io-ts';
import { v4 as uuidv4 } from 'uuid';
import { createEventStoreDbEventStore } from './eventStoreDbStore.js';
import type { EventStoreDbTestDouble } from './testDouble/index.js';

/**
 * What this package's own tests build stores with: a two-event domain and stores on a test double
 * (or a real server), each in a namespace of its own so that it starts empty.
 */
export const noteTaken = defineEvent({ type: 'NoteTaken', codec: t.type({ text: t.string }) });
export const fixtureRegistry = createEventRegistry([noteTaken]);

export const note = (text: string, eventId?: string): NewEvent => ({
  type: 'NoteTaken',
  data: { text },
  metadata: { actor: { id: 'user-1', role: 'auditor' }, occurredAt: '2026-03-01T09:00:00.000Z' },
  ...(eventId === undefined ? {} : { eventId }),
});

/** A fresh store on the double: a namespace nobody else uses. */
export const storeOn = (double: Pick<EventStoreDbTestDouble, 'connectionString'>): EventStore =>
  createEventStoreDbEventStore({
    connectionString: double.connectionString,
    registry: fixtureRegistry,
    clock: steppingClock('2026-03-01T10:00:00.000Z'),
    namespace: `test-${uuidv4()}`,
  });
