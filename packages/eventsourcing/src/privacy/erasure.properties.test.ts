import { fc, it } from '@fast-check/vitest';
import { isLeft } from 'fp-ts/lib/Either.js';
import { describe, expect } from 'vitest';
import { sequentialIds, steppingClock } from '../clock.js';
import type { StoredEvent } from '../envelope.js';
import { createInMemoryEventStore } from '../inMemoryStore.js';
import { type Feedback, feedbackGivenEvent, feedbackRegistry } from '../testing/feedback.js';
import { propertyRuns } from '../testing/propertyRuns.js';
import { storedHistory } from '../testing/storedHistory.js';
import { verifyHistory } from '../verify.js';
import { isErased, type PersonalFields } from './personalFields.js';
import { pointerOf, segmentsOf } from './pointer.js';

const word = fc.string({ minLength: 1, maxLength: 8 });
const feedback: fc.Arbitrary<Feedback> = fc.record(
  {
    feedbackId: word,
    text: fc.string({ maxLength: 20 }),
    items: fc.array(fc.record({ topic: word, text: fc.string({ maxLength: 12 }) }), { maxLength: 3 }),
    reply: fc.string({ maxLength: 10 }),
  },
  { requiredKeys: ['feedbackId', 'text', 'items'] },
);

/** Events on up to three streams, and for each personal field whether to erase it (and in which request). */
const histories = fc.record({
  events: fc.array(fc.tuple(fc.nat(2), feedback), { minLength: 1, maxLength: 4 }),
  erase: fc.array(fc.nat(2), { minLength: 24, maxLength: 24 }),
});

type History = typeof histories extends fc.Arbitrary<infer H> ? H : never;

const written = async ({ events, erase }: History) => {
  const tenant = createInMemoryEventStore({
    registry: feedbackRegistry,
    clock: steppingClock('2026-03-05T10:00:00.000Z'),
    ids: sequentialIds('e'),
  }).forTenant('acme');
  const stored: StoredEvent[] = [];
  for (const [stream, data] of events) {
    const appended = await tenant.append(`feedback-${stream}`, [feedbackGivenEvent(data)]);
    if (isLeft(appended)) throw new Error(appended.left.message);
    stored.push(...appended.right.events);
  }
  // Field k of the history is erased when erase[k] is 1 (in a first request) or 2 (in a second one).
  const chosen: string[] = [];
  const fields = stored.map((event) => Object.keys(event.personal ?? {}));
  const roundOf = (e: number, f: number): number => erase[(e * 6 + f) % erase.length]!;
  for (const round of [1, 2]) {
    for (const [e, event] of stored.entries()) {
      const pointers = fields[e]!.filter((_, f) => roundOf(e, f) === round);
      if (pointers.length === 0) continue;
      const result = await tenant.erase({
        eventId: event.eventId,
        pointers,
        actor: { id: 'dpo', role: 'privacy officer' },
        reason: `round ${round}`,
        basis: 'GDPR art. 17',
        occurredAt: '2026-03-05T09:00:00.000Z',
      });
      if (isLeft(result)) throw new Error(result.left.message);
      chosen.push(...pointers.map((p) => `${event.eventId} ${p}`));
    }
  }
  const history: StoredEvent[] = [];
  for await (const batch of tenant.readAll()) history.push(...batch);
  return { history, chosen };
};

/** One byte-level change an attacker could make to a stored event, or `undefined` when it has no such place. */
type Tampering = (event: StoredEvent, pick: number) => StoredEvent | undefined;

const changedText = (s: string): string => `${s}x`;

const setAt = (data: unknown, pointer: string, value: unknown): unknown => {
  const segments = segmentsOf(pointer)!;
  const copy = structuredClone(data) as Record<string, unknown>;
  let at: Record<string, unknown> = copy;
  for (const segment of segments.slice(0, -1)) at = at[segment] as Record<string, unknown>;
  at[segments.at(-1)!] = value;
  return copy;
};

const stringPlaces = (value: unknown, path: string[] = []): string[] => {
  if (typeof value === 'string') return [pointerOf(path)];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) => stringPlaces(v, [...path, key]));
};

const editPersonal = (
  event: StoredEvent,
  pick: number,
  which: (field: PersonalFields[string]) => boolean,
  change: (field: PersonalFields[string]) => PersonalFields[string],
): StoredEvent | undefined => {
  const pointers = Object.keys(event.personal ?? {}).filter((p) => which(event.personal![p]!));
  if (pointers.length === 0) return undefined;
  const pointer = pointers[pick % pointers.length]!;
  return { ...event, personal: { ...event.personal, [pointer]: change(event.personal![pointer]!) } };
};

const tamperings: Record<string, Tampering> = {
  'a payload string (erased or not)': (event, pick) => {
    const places = stringPlaces(event.data);
    if (places.length === 0) return undefined;
    const pointer = places[pick % places.length]!;
    const value = pointer
      .split('/')
      .slice(1)
      .reduce<unknown>((v, s) => (v as Record<string, unknown>)[s], event.data);
    return { ...event, data: setAt(event.data, pointer, changedText(value as string)) };
  },
  'the actor in the metadata': (event) => ({
    ...event,
    metadata: { ...event.metadata, actor: { ...event.metadata.actor, id: changedText(event.metadata.actor.id) } },
  }),
  'a digest': (event, pick) =>
    editPersonal(
      event,
      pick,
      () => true,
      (field) => ({ ...field, digest: field.digest.replace(/^./, (c) => (c === '0' ? '1' : '0')) }),
    ),
  'a salt of a field not erased': (event, pick) =>
    editPersonal(
      event,
      pick,
      (field) => !isErased(field),
      (field) => ({ ...field, salt: `${'0'.repeat(63)}1` }),
    ),
};

describe('erasure keeps the history provable', () => {
  it.prop([histories], { numRuns: propertyRuns(30) })(
    'after erasing any set of personal fields, the history verifies and reports exactly those erasures',
    async (input) => {
      const { history, chosen } = await written(input);
      const verified = await verifyHistory(storedHistory('acme', history).readAll());
      expect(verified.ok).toBe(true);
      expect(verified.erasures.map((e) => `${e.eventId} ${e.pointer}`).sort()).toStrictEqual([...chosen].sort());
    },
  );

  it.prop([histories, fc.nat(), fc.nat(), fc.constantFrom(...Object.keys(tamperings))], { numRuns: propertyRuns(60) })(
    'after erasures, changing any byte that is not an erased value — payload, metadata, a digest, a salt — is still detected',
    async (input, at, pick, kind) => {
      const { history } = await written(input);
      const index = at % history.length;
      const tampered = tamperings[kind]!(history[index]!, pick);
      fc.pre(tampered !== undefined);
      const edited = history.map((event, i) => (i === index ? tampered! : event));
      const verified = await verifyHistory(storedHistory('acme', edited).readAll());
      expect(verified.ok).toBe(false);
    },
  );
});
