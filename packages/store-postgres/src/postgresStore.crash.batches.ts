import {
  createCommandHandler,
  type Decider,
  type DomainEvent,
  type EventStore,
  type TenantEventStore,
} from '@mgmt-review/eventsourcing';
import { storeModelRegistry } from '@mgmt-review/eventsourcing/testing';
import { right } from 'fp-ts/lib/Either.js';

/** The tenant the crash test writes to. */
export const CRASH_TENANT = 'tenant-crash';

/** The stream a batch goes to: four streams, so streams grow while batches keep the same size. */
export const streamOfBatch = (batch: number): string => `note-${batch % 4}`;

type Noted = DomainEvent<'ModelNoted', { readonly text: string; readonly n: number }>;
type WriteBatch = { readonly batch: number; readonly size: number };

/** Writes one batch of `size` notes: a command, so a retry with its command id is recognised. */
const batchDecider: Decider<WriteBatch, null, Noted> = {
  initialState: null,
  evolve: () => null,
  decide: ({ batch, size }) =>
    right(
      Array.from({ length: size }, (_, n) => ({ type: 'ModelNoted' as const, data: { text: `batch ${batch}`, n } })),
    ),
};

/** Sends batch `batch` as the command `batch-<n>`, through the kernel's command handler. */
export const writeBatch = (store: TenantEventStore, batch: number, size: number) =>
  createCommandHandler({ store, registry: storeModelRegistry, decider: batchDecider })(
    streamOfBatch(batch),
    { batch, size },
    {
      commandId: `batch-${batch}`,
      actor: { id: 'writer', role: 'process' },
      occurredAt: '2026-03-01T09:00:00.000Z',
    },
  )();

/** The crash tenant of a store. */
export const crashTenant = (store: EventStore): TenantEventStore => store.forTenant(CRASH_TENANT);
