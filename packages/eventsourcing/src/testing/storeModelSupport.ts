import { deepStrictEqual, fail } from 'node:assert/strict';
import type * as FastCheck from 'fast-check';
import { type Either, isLeft, isRight } from 'fp-ts/lib/Either.js';
import { v7 as uuidv7 } from 'uuid';
import type { NewEvent, StoredEvent } from '../envelope.js';
import type { StoreError } from '../errors.js';
import type { AppendResult } from '../eventStore.js';
import type { ExpectedVersion } from '../expectedVersion.js';
import type { StoreModel, StoreUnderTest } from './storeModelState.js';

/** The fast-check module, as `import fc from 'fast-check'` or `import * as fc from 'fast-check'` gives it. */
export type FastCheckModule = Omit<typeof FastCheck, 'default'>;
export type Fc = FastCheckModule;
export type StoreCommand = FastCheck.AsyncCommand<StoreModel, StoreUnderTest>;

/** How an append states its expectation; `exact-other` is an exact version the stream is not at. */
export type Mode = 'exact-current' | 'exact-other' | 'no-stream' | 'stream-exists' | 'any';

export const expectedFor = (mode: Mode, current: number, offset: number): ExpectedVersion => {
  switch (mode) {
    case 'exact-current':
      return current === 0 ? 'no-stream' : current;
    case 'exact-other':
      return current + offset >= 1 ? current + offset : current + Math.abs(offset);
    default:
      return mode;
  }
};

const actor = { id: 'model-user', role: 'model-role' } as const;
const occurredAt = '2026-01-01T00:00:00.000Z';

export const newEvents = (model: StoreModel, texts: readonly string[]): NewEvent[] =>
  texts.map((text) => ({
    type: 'ModelNoted',
    data: { text, n: model.notes++ },
    eventId: uuidv7(),
    metadata: { actor, occurredAt },
  }));

export const expectError = <A>(result: Either<StoreError, A>, expected: Partial<StoreError>, what: string) => {
  if (isRight(result)) fail(`${what}: expected ${expected._tag}, but it succeeded`);
  const actual = Object.fromEntries(Object.keys(expected).map((key) => [key, (result.left as never)[key]]));
  deepStrictEqual(actual, expected, `${what}: ${result.left.message}`);
};

export const expectAppended = (
  result: Either<StoreError, AppendResult>,
  sent: readonly NewEvent[],
  version: number,
  what: string,
): readonly StoredEvent[] => {
  if (isLeft(result)) fail(`${what}: expected success, got ${result.left._tag}: ${result.left.message}`);
  deepStrictEqual(
    {
      duplicate: result.right.duplicate,
      streamVersion: result.right.streamVersion,
      events: result.right.events.map((e) => ({ eventId: e.eventId, type: e.type, data: e.data })),
    },
    {
      duplicate: false,
      streamVersion: version + sent.length,
      events: sent.map((e) => ({ eventId: e.eventId, type: e.type, data: e.data })),
    },
    what,
  );
  deepStrictEqual(result.right.globalPosition, result.right.events.at(-1)?.globalPosition, `${what}: globalPosition`);
  return result.right.events;
};

export const modes: Mode[] = ['exact-current', 'exact-other', 'no-stream', 'stream-exists', 'any'];

export const textArb = (fc: Fc) =>
  fc.string({ unit: fc.constantFrom('a', 'b', 'z', ' ', 'é', '€', '😀', '"', '\\'), maxLength: 6 });
