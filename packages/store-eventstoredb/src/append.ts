import {
  type AppendResult as AppendResultOfClient,
  MaxAppendSizeExceededError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import {
  type AppendError,
  type AppendOptions,
  type AppendResult,
  checkExpectedVersion,
  checkNewEvents,
  classifyRetry,
  EMPTY_HEAD,
  type ExpectedVersion,
  foreignStream,
  invalidInput,
  type NewEvent,
  type StoredEvent,
  sealEvents,
  validateStreamId,
} from '@mgmt-review/eventsourcing';
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import { claim, ownerOf } from './claims.js';
import type { StoreContext } from './context.js';
import { toEventData, toStoredEvent } from './envelopeCodec.js';
import { serverFailed } from './errors.js';
import { lastEsdbEvent, lastEsdbEventWithPrefix, readEsdbStream } from './esdbReads.js';
import { duplicateEventId, firstRecordedElsewhere, record } from './eventIdIndex.js';
import { globalPositionOf } from './positions.js';
import { conflictOf, toExpectedRevision } from './revisions.js';

/** One attempt's outcome: done, or the stream moved under us (another writer) to revision `moved`. */
type Attempt = Either<AppendError, AppendResult> | { readonly moved: bigint | 'no_stream' };

const isMoved = (attempt: Attempt): attempt is { readonly moved: bigint | 'no_stream' } => 'moved' in attempt;

/**
 * The stream as this append needs it: every event when the append carries its own event ids (to
 * recognise a retry), else only the last one (for the version check and the hash chain).
 */
const readHead = async (ctx: StoreContext, tenantId: string, streamId: string, events: readonly NewEvent[]) => {
  const name = ctx.names.tenantStream(tenantId, streamId);
  const context = { tenantId, streamId };
  const withIds = events.some((event) => event.eventId !== undefined);
  const read = withIds
    ? await readEsdbStream(ctx.client, name, { direction: 'forwards' })
    : [await lastEsdbEvent(ctx.client, name)].filter((e) => e !== undefined);
  const stored = read.map((e) => toStoredEvent(e.recorded, globalPositionOf(e.position), context));
  const found = new Map<string, StoredEvent>();
  if (withIds) {
    const wanted = new Set(events.map((event) => event.eventId));
    for (const event of stored) if (wanted.has(event.eventId)) found.set(event.eventId, event);
  }
  return { last: stored.at(-1), found };
};

const appendOnce = async (
  ctx: StoreContext,
  tenantId: string,
  streamId: string,
  events: readonly NewEvent[],
  expected: ExpectedVersion,
): Promise<Attempt> => {
  const { last, found } = await readHead(ctx, tenantId, streamId, events);
  if (last === undefined) {
    const owner = await ownerOf(ctx.client, ctx.names, streamId);
    if (owner !== undefined && owner !== tenantId) return left(foreignStream(streamId, tenantId));
  }
  const retry = classifyRetry(streamId, events, found);
  if (isLeft(retry)) return retry;
  if (retry.right !== 'new') {
    return right({
      events: retry.right,
      streamVersion: last?.streamVersion ?? 0,
      globalPosition: retry.right.at(-1)!.globalPosition,
      duplicate: true,
    });
  }
  const here = { tenantId, streamId };
  const chosenIds = events.flatMap((event) => (event.eventId === undefined ? [] : [event.eventId]));
  const elsewhere = await firstRecordedElsewhere(ctx.client, ctx.names, chosenIds, here);
  if (elsewhere !== undefined) return left(duplicateEventId(elsewhere));
  const version = checkExpectedVersion(streamId, expected, last?.streamVersion ?? 0);
  if (isLeft(version)) return version;
  const head = last === undefined ? EMPTY_HEAD : { version: last.streamVersion, hash: last.hash };
  const sealed = sealEvents({
    registry: ctx.registry,
    ids: ctx.ids,
    tenantId,
    streamId,
    head,
    recordedAt: ctx.clock.now(),
    events,
  });
  if (isLeft(sealed)) return sealed;
  if (sealed.right.length === 0) {
    const tenantHead = await lastEsdbEventWithPrefix(ctx.client, ctx.names.tenantPrefix(tenantId));
    return right({
      events: [],
      streamVersion: head.version,
      globalPosition: tenantHead === undefined ? 0n : globalPositionOf(tenantHead.position),
      duplicate: false,
    });
  }
  if (last === undefined && (await claim(ctx.client, ctx.names, streamId, tenantId)) !== tenantId) {
    return left(foreignStream(streamId, tenantId));
  }
  const taken = await record(ctx.client, ctx.names, chosenIds, here);
  if (taken !== undefined) return left(duplicateEventId(taken));
  const name = ctx.names.tenantStream(tenantId, streamId);
  let appended: AppendResultOfClient;
  try {
    // Always the revision read: the hash chain was sealed on it, so a writer that got in between
    // must make this attempt fail, whatever the caller expected.
    appended = await ctx.client.appendToStream(name, sealed.right.map(toEventData), {
      expectedRevision: toExpectedRevision(head.version),
    });
  } catch (error) {
    if (error instanceof WrongExpectedVersionError) return { moved: error.actualVersion };
    if (error instanceof MaxAppendSizeExceededError) {
      // Bad input, not a failing server: the same append will never fit.
      return left(
        invalidInput([
          {
            path: 'events',
            message: `the append is larger than the server's maximum append size (${error.maxAppendSize} bytes of data and metadata): split it, or raise the server's MaxAppendSize`,
          },
        ]),
      );
    }
    throw error;
  }
  const [only] = sealed.right;
  if (sealed.right.length === 1 && chosenIds.length === 0 && only !== undefined && appended.position !== undefined) {
    // One event with an id the store just generated: nobody else can have written it, and the
    // position the server reports for the append is that event's own.
    const globalPosition = globalPositionOf(appended.position);
    return right({
      events: [{ ...only, globalPosition }],
      streamVersion: only.streamVersion,
      globalPosition,
      duplicate: false,
    });
  }
  // The server reports one position per append; each event's own comes from reading them back.
  const written = await readEsdbStream(ctx.client, name, {
    direction: 'forwards',
    fromRevision: BigInt(head.version),
    maxCount: sealed.right.length,
  });
  const stored = written.map((e) => toStoredEvent(e.recorded, globalPositionOf(e.position), { tenantId, streamId }));
  // The server acknowledges a repeated append (same ids at the same revisions) without writing it:
  // then the events stored are an earlier attempt's, and this one is a retry.
  const duplicate = stored.some((event, i) => event.hash !== sealed.right[i]!.hash);
  return right({
    events: stored,
    streamVersion: stored.at(-1)!.streamVersion,
    globalPosition: stored.at(-1)!.globalPosition,
    duplicate,
  });
};

/**
 * Appends to a tenant's stream: reads the stream's head, checks ownership, retries and the expected
 * version with the kernel's shared logic, seals the events on that head, then appends them with
 * the revision read as EventStoreDB's expected revision. If another writer got in between, the
 * server refuses it: for `'any'` and `'stream-exists'` the append starts again (a bounded number of
 * times); for an exact version or `'no-stream'` it is the caller's conflict.
 */
export const appendToTenantStream = async (
  ctx: StoreContext,
  tenantId: string,
  streamId: string,
  events: readonly NewEvent[],
  options: AppendOptions,
): Promise<Either<AppendError, AppendResult>> => {
  const valid = validateStreamId(streamId);
  if (isLeft(valid)) return valid;
  const checked = checkNewEvents(events);
  if (isLeft(checked)) return checked;
  const expected = options.expectedVersion ?? 'any';
  try {
    for (let attempt = 1; ; attempt++) {
      const outcome = await appendOnce(ctx, tenantId, streamId, events, expected);
      if (!isMoved(outcome)) return outcome;
      const retryable = expected === 'any' || expected === 'stream-exists';
      if (!retryable || attempt >= ctx.maxAppendAttempts) return left(conflictOf(streamId, expected, outcome.moved));
    }
  } catch (error) {
    return left(serverFailed(`append to ${streamId}`, error));
  }
};
