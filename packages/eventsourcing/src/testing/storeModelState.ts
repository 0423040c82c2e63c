import { deepStrictEqual, fail } from 'node:assert/strict';
import * as t from 'io-ts';
import type { Subscription } from 'rxjs';
import type { GlobalPosition, NewEvent, StoredEvent } from '../envelope.js';
import { createEventRegistry, defineEvent } from '../eventRegistry.js';
import type { EventStore, TenantEventStore } from '../eventStore.js';
import type { ExpectedVersion } from '../expectedVersion.js';

/** The one event type the store model writes: a note with a text and a sequence number. */
export const modelNoted = defineEvent({ type: 'ModelNoted', codec: t.type({ text: t.string, n: t.number }) });

/** The registry a store under the model test must be created with. */
export const storeModelRegistry = createEventRegistry([modelNoted]);

/** Two tenants and three stream names per run; ids carry a run suffix so a shared database stays clean. */
export const TENANTS = 2;
export const STREAMS = 3;

/** One stream as the model knows it: its tenant, its id and the events the store acknowledged, in version order. */
export interface ModelStream {
  readonly tenant: number;
  readonly streamId: string;
  readonly events: StoredEvent[];
}

/** A stream is identified by (tenant, stream id): the same id in two tenants is two streams. */
export const streamKey = (tenant: number, streamId: string): string => `${tenant}/${streamId}`;

/** The last successful append, so a retry can re-send exactly the same events. */
export interface LastAppend {
  readonly tenant: number;
  readonly streamId: string;
  readonly events: readonly NewEvent[];
  readonly expectedVersion: ExpectedVersion;
  readonly stored: readonly StoredEvent[];
}

/** What the store should hold: every acknowledged event, by stream and by tenant in commit order. */
export interface StoreModel {
  /** The run's tenant ids, by tenant index. */
  readonly tenantIds: readonly string[];
  /** By `streamKey(tenant, streamId)`. */
  readonly streams: Map<string, ModelStream>;
  readonly tenantEvents: StoredEvent[][];
  lastPosition: GlobalPosition;
  lastAppend: LastAppend | undefined;
  subscriptions: number;
  notes: number;
}

/** A subscription opened by the run, and what it has received so far. */
export interface Watch {
  readonly tenant: number;
  readonly after: GlobalPosition;
  readonly received: StoredEvent[];
  readonly subscription: Subscription;
  failure: unknown;
}

/** The system under test: one store, a view per tenant, and the subscriptions opened so far. */
export interface StoreUnderTest {
  readonly store: EventStore;
  readonly tenants: readonly TenantEventStore[];
  readonly streamIds: readonly string[];
  readonly watches: Watch[];
}

export const emptyModel = (tenantIds: readonly string[]): StoreModel => ({
  tenantIds,
  streams: new Map(),
  tenantEvents: Array.from({ length: TENANTS }, () => []),
  lastPosition: -1n,
  lastAppend: undefined,
  subscriptions: 0,
  notes: 0,
});

/** A tenant's stream as the model knows it: the events acknowledged, none if it never wrote there. */
export const eventsOf = (model: StoreModel, tenant: number, streamId: string): StoredEvent[] =>
  model.streams.get(streamKey(tenant, streamId))?.events ?? [];

export const versionOf = (model: StoreModel, tenant: number, streamId: string): number =>
  eventsOf(model, tenant, streamId).length;

/** Position strictly after which a read or subscription starts: 0n, or the position of the tenant's i-th event. */
export const positionBefore = (model: StoreModel, tenant: number, index: number): GlobalPosition => {
  const events = model.tenantEvents[tenant]!;
  const i = Math.min(index, events.length);
  return i === 0 ? 0n : events[i - 1]!.globalPosition;
};

export const eventsAfter = (model: StoreModel, tenant: number, after: GlobalPosition): StoredEvent[] =>
  model.tenantEvents[tenant]!.filter((event) => event.globalPosition > after);

/** Records events the store acknowledged, checking what every acknowledgement must satisfy. */
export const acknowledge = (model: StoreModel, tenant: number, streamId: string, stored: readonly StoredEvent[]) => {
  const key = streamKey(tenant, streamId);
  const stream = model.streams.get(key) ?? { tenant, streamId, events: [] };
  if (!model.streams.has(key)) model.streams.set(key, stream);
  for (const event of stored) {
    const previous = stream.events.at(-1);
    deepStrictEqual(
      { streamId: event.streamId, tenantId: event.tenantId, streamVersion: event.streamVersion },
      { streamId, tenantId: model.tenantIds[tenant], streamVersion: stream.events.length + 1 },
      'an appended event has the next version of its stream (gapless from 1)',
    );
    if (previous !== undefined && event.prevHash !== previous.hash) {
      fail(`${streamId} version ${event.streamVersion}: prevHash does not chain to version ${previous.streamVersion}`);
    }
    if (event.globalPosition <= model.lastPosition) {
      fail(`global position ${event.globalPosition} is not after ${model.lastPosition} (commit order)`);
    }
    model.lastPosition = event.globalPosition;
    stream.events.push(event);
    model.tenantEvents[tenant]!.push(event);
  }
};
