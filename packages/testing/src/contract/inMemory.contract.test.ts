import { createInMemoryEventStore } from '@mgmt-review/eventsourcing';
import { eventStoreContract } from './eventStoreContract.js';

eventStoreContract('the in-memory store', async ({ registry, clock }) => createInMemoryEventStore({ registry, clock }));
