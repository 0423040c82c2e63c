import { isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { createCommandHandler } from './commandHandler.js';
import { createInMemoryEventStore } from './inMemoryStore.js';
import { actor, at, counterDecider, counterRegistry } from './testing/counter.js';

describe('command handling', () => {
  it('appends once when the same command id is handled twice', async () => {
    const store = createInMemoryEventStore({ registry: counterRegistry }).forTenant('t1');
    const handle = createCommandHandler({ store, registry: counterRegistry, decider: counterDecider });
    await handle('counter-1', { type: 'Open', name: 'c' }, { commandId: 'c1', actor, occurredAt: at })();
    const first = await handle('counter-1', { type: 'Increment', by: 2 }, { commandId: 'c2', actor, occurredAt: at })();
    const again = await handle('counter-1', { type: 'Increment', by: 2 }, { commandId: 'c2', actor, occurredAt: at })();
    expect(isRight(first) && first.right.alreadyHandled).toBe(false);
    expect(isRight(again) && again.right.alreadyHandled).toBe(true);
    expect(isRight(again) && again.right.state.total).toBe(2);
    const stream = await store.readStream('counter-1');
    expect(isRight(stream) && stream.right.map((e) => e.type)).toEqual(['Opened', 'Incremented']);
  });
});
