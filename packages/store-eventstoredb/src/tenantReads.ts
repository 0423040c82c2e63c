import {
  DEFAULT_BATCH_SIZE,
  type ReadAllOptions,
  type ReadError,
  type ReadStreamOptions,
  type StoredEvent,
  validateStreamId,
} from '@mgmt-review/eventsourcing';
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import type { StoreContext } from './context.js';
import { toStoredEvent } from './envelopeCodec.js';
import { serverFailed } from './errors.js';
import { catchUpEsdb, type PositionedEvent, readEsdbStream } from './esdbReads.js';
import { globalPositionOf } from './positions.js';

/**
 * Reads the versions a `ReadStreamOptions` selects (1-based, inclusive bounds), translated to
 * EventStoreDB's 0-based revisions: forwards from revision `from - 1`; backwards from the end,
 * keeping versions from `from` down to `to` (a backwards read from a revision past the end is not
 * relied on).
 */
const selectEsdbEvents = (ctx: StoreContext, name: string, options: ReadStreamOptions): Promise<PositionedEvent[]> => {
  const maxCount = options.maxCount ?? Number.MAX_SAFE_INTEGER;
  if (maxCount <= 0) return Promise.resolve([]);
  if (options.direction === 'backwards') {
    const from = options.from ?? Number.POSITIVE_INFINITY;
    const to = Math.max(options.to ?? 1, 1);
    return readEsdbStream(ctx.client, name, { direction: 'backwards' }).then((events) =>
      events
        .filter((event) => {
          const version = Number(event.recorded.revision) + 1;
          return version <= from && version >= to;
        })
        .slice(0, maxCount),
    );
  }
  const from = Math.max(options.from ?? 1, 1);
  const count = Math.min(maxCount, options.to === undefined ? Number.MAX_SAFE_INTEGER : options.to - from + 1);
  if (count <= 0) return Promise.resolve([]);
  return readEsdbStream(ctx.client, name, { direction: 'forwards', fromRevision: BigInt(from - 1), maxCount: count });
};

/** A tenant's stream, as `TenantEventStore.readStream` reads it. */
export const readTenantStream = async (
  ctx: StoreContext,
  tenantId: string,
  streamId: string,
  options: ReadStreamOptions,
): Promise<Either<ReadError, readonly StoredEvent[]>> => {
  const valid = validateStreamId(streamId);
  if (isLeft(valid)) return valid;
  try {
    const events = await selectEsdbEvents(ctx, ctx.names.tenantStream(tenantId, streamId), options);
    return right(events.map((e) => toStoredEvent(e.recorded, globalPositionOf(e.position), { tenantId, streamId })));
  } catch (error) {
    return left(serverFailed(`read of ${streamId}`, error));
  }
};

/** The stream id of a tenant's EventStoreDB stream name (the part after the tenant prefix). */
const streamIdIn = (prefix: string, streamName: string): string => streamName.slice(prefix.length);

/** A tenant's events in `$all` order from a position, in batches, as `TenantEventStore.readAll` reads them. */
export async function* readTenantHistory(
  ctx: StoreContext,
  tenantId: string,
  options: ReadAllOptions,
): AsyncGenerator<readonly StoredEvent[]> {
  const prefix = ctx.names.tenantPrefix(tenantId);
  const batches = catchUpEsdb(ctx.client, {
    prefixes: [prefix],
    after: options.after ?? 0n,
    batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE,
  });
  for await (const batch of batches) {
    yield batch.map((e) =>
      toStoredEvent(e.recorded, globalPositionOf(e.position), {
        tenantId,
        streamId: streamIdIn(prefix, e.recorded.streamId),
      }),
    );
  }
}
