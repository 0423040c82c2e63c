import {
  type AppendResult as AppendResultOfClient,
  MaxAppendSizeExceededError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import {
  type AppendError,
  type AppendOptions,
  type AppendResult,
  appended,
  atPosition,
  type CheckedAppend,
  checkAppend,
  EMPTY_HEAD,
  invalidInput,
  type NewEvent,
  nothingAppended,
  planAppend,
  type StoredEvent,
} from '@mgmt-review/eventsourcing';
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import type { StoreContext } from './context.js';
import { toEventData, toStoredEvent } from './envelopeCodec.js';
import { serverFailed } from './errors.js';
import { lastEsdbEvent, lastEsdbEventWithPrefix, readEsdbStream } from './esdbReads.js';
import { duplicateEventId, firstRecordedElsewhere, record } from './eventIdIndex.js';
import { globalPositionOf } from './positions.js';
import { conflictOf, toExpectedRevision } from './revisions.js';
import { recordTenant } from './tenantList.js';

/** One attempt's outcome: done, or the stream moved under us (another writer) to revision `moved`. */
type Attempt = Either<AppendError, AppendResult> | { readonly moved: bigint | 'no_stream' };

const isMoved = (attempt: Attempt): attempt is { readonly moved: bigint | 'no_stream' } => 'moved' in attempt;

/**
 * The stream as this append needs it: every event when the append carries its own event ids (to
 * recognise a retry), else only the last one (for the version check and the hash chain).
 */
const readHead = async (ctx: StoreContext, append: CheckedAppend) => {
  const { tenantId, streamId } = append;
  const name = ctx.names.tenantStream(tenantId, streamId);
  const context = { tenantId, streamId };
  const withIds = append.eventIds.length > 0;
  const read = withIds
    ? await readEsdbStream(ctx.client, name, { direction: 'forwards' })
    : [await lastEsdbEvent(ctx.client, name)].filter((e) => e !== undefined);
  const stored = read.map((e) => toStoredEvent(e.recorded, globalPositionOf(e.position), context));
  const found = new Map<string, StoredEvent>();
  if (withIds) {
    const wanted = new Set(append.eventIds);
    for (const event of stored) if (wanted.has(event.eventId)) found.set(event.eventId, event);
  }
  return { last: stored.at(-1), found };
};

/**
 * The chosen ids not in this stream that the id index places in another stream: EventStoreDB finds
 * an event id only within one stream, so the index answers for the others (see eventIdIndex.ts).
 * A retry, whose ids are all in this stream, costs no lookup.
 */
const recordedElsewhere = async (
  ctx: StoreContext,
  append: CheckedAppend,
  found: ReadonlyMap<string, StoredEvent>,
): Promise<readonly string[]> => {
  const unseen = append.eventIds.filter((eventId) => !found.has(eventId));
  if (unseen.length === 0) return [];
  const here = { tenantId: append.tenantId, streamId: append.streamId };
  const elsewhere = await firstRecordedElsewhere(ctx.client, ctx.names, unseen, here);
  return elsewhere === undefined ? [] : [elsewhere];
};

const maxAppendSizeExceeded = (error: MaxAppendSizeExceededError): AppendError =>
  // Bad input, not a failing server: the same append will never fit.
  invalidInput([
    {
      path: 'events',
      message: `the append is larger than the server's maximum append size (${error.maxAppendSize} bytes of data and metadata): split it, or raise the server's MaxAppendSize`,
    },
  ]);

const appendOnce = async (ctx: StoreContext, append: CheckedAppend): Promise<Attempt> => {
  const { tenantId, streamId } = append;
  const { last, found } = await readHead(ctx, append);
  const elsewhere = await recordedElsewhere(ctx, append, found);
  const head = last === undefined ? EMPTY_HEAD : { version: last.streamVersion, hash: last.hash };
  const planned = planAppend(ctx, append, { head, found, elsewhere });
  if (isLeft(planned)) return planned;
  const plan = planned.right;
  if (plan._tag === 'Retried') return right(plan.result);
  if (plan._tag === 'NothingToWrite') {
    const tenantHead = await lastEsdbEventWithPrefix(ctx.client, ctx.names.tenantPrefix(tenantId));
    return right(
      nothingAppended(plan.streamVersion, tenantHead === undefined ? 0n : globalPositionOf(tenantHead.position)),
    );
  }
  if (plan.isNewStream) await recordTenant(ctx, tenantId, streamId);
  const here = { tenantId, streamId };
  const taken = await record(ctx.client, ctx.names, append.eventIds, here);
  if (taken !== undefined) return left(duplicateEventId(taken));
  const name = ctx.names.tenantStream(tenantId, streamId);
  let written: AppendResultOfClient;
  try {
    // Always the revision read: the hash chain was sealed on it, so a writer that got in between
    // must make this attempt fail, whatever the caller expected.
    written = await ctx.client.appendToStream(name, plan.events.map(toEventData), {
      expectedRevision: toExpectedRevision(head.version),
    });
  } catch (error) {
    if (error instanceof WrongExpectedVersionError) return { moved: error.actualVersion };
    if (error instanceof MaxAppendSizeExceededError) return left(maxAppendSizeExceeded(error));
    throw error;
  }
  const only = plan.events.length === 1 ? plan.events[0] : undefined;
  if (only !== undefined && append.eventIds.length === 0 && written.position !== undefined) {
    // One event with an id the store just generated: nobody else can have written it, and the
    // position the server reports for the append is that event's own.
    return right(appended([atPosition(only, globalPositionOf(written.position))]));
  }
  // The server reports one position per append; each event's own comes from reading them back.
  const readBack = await readEsdbStream(ctx.client, name, {
    direction: 'forwards',
    fromRevision: BigInt(head.version),
    maxCount: plan.events.length,
  });
  const stored = readBack.map((e) => toStoredEvent(e.recorded, globalPositionOf(e.position), here));
  // The server acknowledges a repeated append (same ids at the same revisions) without writing it:
  // then the events stored are an earlier attempt's, and this one is a retry.
  const duplicate = stored.some((event, i) => event.hash !== plan.events[i]!.hash);
  return right(duplicate ? { ...appended(stored), duplicate } : appended(stored));
};

/**
 * Appends to a tenant's stream through the kernel's pipeline: its input checks first; then the
 * stream's head and the events under the append's ids are read, the kernel plans the append on
 * them, and the sealed events are appended with the revision read as EventStoreDB's expected
 * revision. If another writer got in between, the server refuses it: for `'any'` and
 * `'stream-exists'` the append starts again (a bounded number of times); for an exact version or
 * `'no-stream'` it is the caller's conflict.
 */
export const appendToTenantStream = async (
  ctx: StoreContext,
  tenantId: string,
  streamId: string,
  events: readonly NewEvent[],
  options: AppendOptions | undefined,
): Promise<Either<AppendError, AppendResult>> => {
  const checked = checkAppend(tenantId, streamId, events, options);
  if (isLeft(checked)) return checked;
  const append = checked.right;
  try {
    for (let attempt = 1; ; attempt++) {
      const outcome = await appendOnce(ctx, append);
      if (!isMoved(outcome)) return outcome;
      const expected = append.expectedVersion;
      const retryable = expected === 'any' || expected === 'stream-exists';
      if (!retryable || attempt >= ctx.maxAppendAttempts) return left(conflictOf(streamId, expected, outcome.moved));
    }
  } catch (error) {
    return left(serverFailed(`append to ${streamId}`, error));
  }
};
