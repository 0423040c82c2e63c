import type { StoredEvent, SubscribeOptions, TenantEventStore } from '@mgmt-review/eventsourcing';

/** A running subscription that keeps what it received, for tests that append while it runs. */
export interface Collector {
  readonly received: StoredEvent[];
  /** Resolves once `n` events have arrived (rejects after 10 s, or on a subscription error). */
  waitFor(n: number): Promise<StoredEvent[]>;
  stop(): void;
}

export const collect = (store: TenantEventStore, options: SubscribeOptions = {}): Collector => {
  const received: StoredEvent[] = [];
  let failure: unknown;
  const subscription = store.subscribe(options).subscribe({
    next: (event) => received.push(event),
    error: (error: unknown) => {
      failure = error;
    },
  });
  return {
    received,
    async waitFor(n) {
      const deadline = Date.now() + 10_000;
      while (received.length < n) {
        if (failure !== undefined) throw failure;
        if (Date.now() > deadline) throw new Error(`received ${received.length} of ${n} events`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      return received.slice(0, n);
    },
    stop: () => subscription.unsubscribe(),
  };
};
