import type { GlobalPosition, StoredEvent } from '@mgmt-review/eventsourcing';
import { Observable, type Subject } from 'rxjs';

export interface SubscriptionDeps {
  readonly tenantId: string;
  /** Reads up to a batch of the tenant's events strictly after a position, in global order. */
  readonly readAfter: (after: GlobalPosition) => Promise<readonly StoredEvent[]>;
  /** Emits a tenant id after each commit made through this store: a wake-up before the next poll. */
  readonly committed: Subject<string>;
  /** How long to wait for new events before looking again (commits by other processes). */
  readonly pollIntervalMs: number;
  /** Emits once when the store closes. */
  readonly closing: Subject<void>;
}

/**
 * Catch-up, then live, by reading after a cursor: the last delivered position. Tenant-wide reads
 * return only final rows (writeStatements.ts), so whatever a read returns, nothing with a lower
 * position can appear later: reading after the cursor never skips. A read that fails ends the
 * subscription with the error (a host resubscribes from its checkpoint).
 */
export const subscribeTenant = (deps: SubscriptionDeps, after: GlobalPosition): Observable<StoredEvent> =>
  new Observable<StoredEvent>((subscriber) => {
    let cursor = after;
    let wake: (() => void) | undefined;
    let woken = false;
    const wakeUp = () => {
      woken = true;
      wake?.();
    };
    const live = deps.committed.subscribe((tenant) => {
      if (tenant === deps.tenantId) wakeUp();
    });
    const closing = deps.closing.subscribe(() => {
      subscriber.complete();
      wakeUp();
    });
    const sleep = () =>
      new Promise<void>((resolve) => {
        if (woken) return resolve();
        const timer = setTimeout(resolve, deps.pollIntervalMs);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    const run = async () => {
      while (!subscriber.closed) {
        woken = false;
        const batch = await deps.readAfter(cursor);
        for (const event of batch) {
          if (subscriber.closed) return;
          cursor = event.globalPosition;
          subscriber.next(event);
        }
        if (batch.length === 0) {
          await sleep();
          wake = undefined;
        }
      }
    };
    run().catch((error: unknown) => {
      if (!subscriber.closed) subscriber.error(error);
    });
    return () => {
      live.unsubscribe();
      closing.unsubscribe();
      wake?.();
    };
  });
