import { type AllStreamResolvedEvent, streamNameFilter } from '@eventstore/db-client';
import type { StoredEvent, SubscribeOptions } from '@mgmt-review/eventsourcing';
import { Observable } from 'rxjs';
import type { StoreContext } from './context.js';
import { toStoredEvent } from './envelopeCodec.js';
import { positioned } from './esdbReads.js';
import { globalPositionOf, subscriptionStart } from './positions.js';

/**
 * A tenant's events from a position: one catch-up subscription to `$all`, filtered on the server by
 * the tenant's stream-name prefix, that delivers the stored events, then each new one as it is
 * committed — in `$all` order, each once, strictly after `after`. Unsubscribing cancels the gRPC
 * call; a failure of the server or the connection ends the Observable with that error.
 */
export const subscribeTenant = (
  ctx: StoreContext,
  tenantId: string,
  options: SubscribeOptions,
): Observable<StoredEvent> =>
  new Observable<StoredEvent>((subscriber) => {
    const prefix = ctx.names.tenantPrefix(tenantId);
    const subscription = ctx.client.subscribeToAll({
      fromPosition: subscriptionStart(options.after ?? 0n),
      filter: streamNameFilter({ prefixes: [prefix] }),
    });
    subscription.on('data', (resolved: AllStreamResolvedEvent) => {
      if (subscriber.closed) return;
      try {
        const event = positioned(resolved);
        if (event === undefined) return;
        subscriber.next(
          toStoredEvent(event.recorded, globalPositionOf(event.position), {
            tenantId,
            streamId: event.recorded.streamId.slice(prefix.length),
          }),
        );
      } catch (error) {
        subscriber.error(error);
      }
    });
    subscription.on('error', (error) => subscriber.error(error));
    return () => {
      subscription.removeAllListeners('data');
      // Cancelling reports a cancellation error on some paths: it is the end asked for, not a failure.
      subscription.on('error', () => undefined);
      void subscription.unsubscribe();
    };
  });
