import { domainRegistry, type ManagementReviewEvent } from '@mgmt-review/core';
import { decodeOrThrow, type EventRegistry, type TenantEventStore } from '@mgmt-review/eventsourcing';
import { Observable } from 'rxjs';
import { viewsProjection } from '../projection.js';
import type { ViewsState } from '../state.js';

/**
 * The views of one tenant, live: the store's events are folded as they are committed. The history
 * already stored when subscribing is folded first and emitted once (not event by event); then the
 * state is emitted after each new event. The state object is the one the fold updates in place:
 * read it (through the query functions) when it is emitted, do not keep it to compare later.
 * An unreadable event errors the Observable: an event is never skipped.
 */
export const viewStates = (
  store: TenantEventStore,
  registry: EventRegistry<ManagementReviewEvent> = domainRegistry as EventRegistry<ManagementReviewEvent>,
): Observable<ViewsState> =>
  new Observable<ViewsState>((subscriber) => {
    const state = viewsProjection.initial();
    let caughtUp = false;
    let head = 0n;
    let closed = false;
    let inner: { unsubscribe(): void } | undefined;
    store.headPosition().then(
      (position) => {
        if (closed) return;
        head = position;
        if (head === 0n) {
          caughtUp = true;
          subscriber.next(state);
        }
        inner = store.subscribe().subscribe({
          next: (stored) => {
            try {
              viewsProjection.apply(state, decodeOrThrow(registry, stored));
            } catch (error) {
              subscriber.error(error);
              return;
            }
            if (caughtUp) subscriber.next(state);
            else if (stored.globalPosition >= head) {
              caughtUp = true;
              subscriber.next(state);
            }
          },
          error: (error: unknown) => subscriber.error(error),
          complete: () => subscriber.complete(),
        });
      },
      (error: unknown) => subscriber.error(error),
    );
    return () => {
      closed = true;
      inner?.unsubscribe();
    };
  });
