import type { GlobalPosition, StoredEvent } from '@mgmt-review/eventsourcing';
import { Observable, type Subject } from 'rxjs';

export interface SubscriptionDeps {
  readonly tenantId: string;
  /** Reads up to a batch of the tenant's events strictly after a position, in global order. */
  readonly readAfter: (after: GlobalPosition) => readonly StoredEvent[];
  /** Emits a tenant id after each commit made through this store. */
  readonly committed: Subject<string>;
  /** Also looks for new events this often (for writes made by other processes or connections). */
  readonly pollIntervalMs: number | undefined;
  /** Emits once when the store closes. */
  readonly closing: Subject<void>;
}

/**
 * Catch-up, then live. A cursor holds the last delivered position; every wake-up (a commit in this
 * process, a poll tick) reads everything after the cursor in batches until nothing is left. SQLite
 * has one writer at a time and a position is assigned inside the write transaction, so a commit
 * never becomes visible behind a position already read: reading after the cursor cannot skip.
 * A wake-up while a drain runs (a subscriber that appends) is folded into the running drain.
 */
export const subscribeTenant = (deps: SubscriptionDeps, after: GlobalPosition): Observable<StoredEvent> =>
  new Observable<StoredEvent>((subscriber) => {
    let cursor = after;
    let draining = false;
    let again = false;
    const drain = () => {
      if (draining) {
        again = true;
        return;
      }
      draining = true;
      try {
        do {
          again = false;
          for (;;) {
            if (subscriber.closed) return;
            const batch = deps.readAfter(cursor);
            if (batch.length === 0) break;
            for (const event of batch) {
              if (subscriber.closed) return;
              cursor = event.globalPosition;
              subscriber.next(event);
            }
          }
        } while (again);
      } catch (error) {
        subscriber.error(error);
      } finally {
        draining = false;
      }
    };
    const live = deps.committed.subscribe((tenant) => {
      if (tenant === deps.tenantId) drain();
    });
    const closing = deps.closing.subscribe(() => subscriber.complete());
    const timer = deps.pollIntervalMs === undefined ? undefined : setInterval(drain, deps.pollIntervalMs).unref();
    drain();
    return () => {
      live.unsubscribe();
      closing.unsubscribe();
      if (timer !== undefined) clearInterval(timer);
    };
  });
