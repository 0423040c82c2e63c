import { fc, it } from '@fast-check/vitest';
import { isRight, left, right } from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { describe, expect } from 'vitest';
import type { StoredEvent } from './envelope.js';
import { createEventRegistry, defineEvent } from './eventRegistry.js';
import { GENESIS_HASH } from './hashChain.js';

/** An ISO-8601 string on the wire, a Date in memory: a codec whose encode is not the identity. */
const isoDate = new t.Type<Date, string, unknown>(
  'IsoDate',
  (u): u is Date => u instanceof Date,
  (u, c) => {
    if (typeof u !== 'string') return t.failure(u, c, 'expected an ISO-8601 string');
    const d = new Date(u);
    return Number.isNaN(d.getTime()) || d.toISOString() !== u
      ? t.failure(u, c, 'expected an ISO-8601 string')
      : t.success(d);
  },
  (d) => d.toISOString(),
);

/**
 * A measurement event at schema version 3. v1 stored one string `"12.5 cm"`; v2 split it into
 * value and unit; v3 added where it came from and when.
 */
const measured = defineEvent({
  type: 'Measured',
  schemaVersion: 3,
  codec: t.type({ value: t.number, unit: t.string, source: t.string, at: isoDate }),
  upcasters: {
    1: (data) => {
      const [value, unit] = (data as { reading: string }).reading.split(' ');
      return { value: Number(value), unit };
    },
    2: (data) => ({ ...(data as object), source: 'legacy', at: '1970-01-01T00:00:00.000Z' }),
  },
});
const registry = createEventRegistry([measured]);

const stored = (schemaVersion: number, data: unknown, type = 'Measured'): StoredEvent => ({
  eventId: 'e-1',
  tenantId: 't1',
  streamId: 'meter-1',
  streamVersion: 7,
  globalPosition: 42n,
  type,
  schemaVersion,
  data,
  metadata: {
    actor: { id: 'u1', role: 'r' },
    occurredAt: '2026-01-01T00:00:00.000Z',
    recordedAt: '2026-01-01T00:00:00.000Z',
    commandId: 'c1',
    correlationId: 'c1',
    causationId: 'c1',
  },
  prevHash: GENESIS_HASH,
  hash: 'h',
});

const value = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).filter((v) => !Object.is(v, -0));
const unit = fc.constantFrom('cm', 'kg', 'ms', '%');
const payload = fc.record({
  value,
  unit,
  source: fc.string({ maxLength: 10 }),
  at: fc.date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
});

describe('decoding stored events', () => {
  it.prop([value, unit], { numRuns: 100 })(
    'lifts an event stored at schema version 1 to the current version through every upcaster',
    (v, u) => {
      const decoded = registry.decode(stored(1, { reading: `${v} ${u}` }));
      expect(decoded).toEqual(
        right(
          expect.objectContaining({
            schemaVersion: 3,
            data: { value: v, unit: u, source: 'legacy', at: new Date('1970-01-01T00:00:00.000Z') },
            streamId: 'meter-1',
            streamVersion: 7,
            globalPosition: 42n,
          }),
        ),
      );
    },
  );

  it.prop([value, unit], { numRuns: 50 })(
    'lifts an event stored at version 2 through the upcasters above it only',
    (v, u) => {
      const decoded = registry.decode(stored(2, { value: v, unit: u }));
      expect(isRight(decoded) && decoded.right.data).toEqual({ value: v, unit: u, source: 'legacy', at: new Date(0) });
    },
  );

  it.prop([payload], { numRuns: 100 })('decodes what it encoded to the same payload (round trip)', (data) => {
    const encoded = registry.encode({ type: 'Measured', data }, { streamId: 'meter-1', streamVersion: 7 });
    if (!isRight(encoded)) throw new Error('a valid payload failed to encode');
    expect(encoded.right.schemaVersion).toBe(3);
    expect(JSON.parse(JSON.stringify(encoded.right.data))).toEqual(encoded.right.data);
    const decoded = registry.decode(stored(encoded.right.schemaVersion, encoded.right.data));
    expect(isRight(decoded) && decoded.right.data).toEqual(data);
  });

  it.prop([fc.string({ minLength: 1, maxLength: 12 }).filter((type) => type !== 'Measured')], { numRuns: 30 })(
    'refuses an unknown event type, naming stream, version and type',
    (type) => {
      expect(registry.decode(stored(1, {}, type))).toEqual(
        left(
          expect.objectContaining({
            _tag: 'UnknownEvent',
            streamId: 'meter-1',
            streamVersion: 7,
            type,
            schemaVersion: 1,
          }),
        ),
      );
    },
  );

  it.prop([fc.oneof(fc.integer({ min: 4, max: 100 }), fc.integer({ min: -5, max: 0 }), fc.constant(1.5))], {
    numRuns: 30,
  })('refuses a schema version it has no codec or upcaster for, naming stream, version and type', (schemaVersion) => {
    const decoded = registry.decode(stored(schemaVersion, {}));
    expect(decoded).toEqual(
      left(
        expect.objectContaining({
          _tag: 'UnknownEvent',
          streamId: 'meter-1',
          streamVersion: 7,
          type: 'Measured',
          schemaVersion,
        }),
      ),
    );
    expect(decoded._tag === 'Left' && decoded.left.message).toContain('meter-1 version 7');
  });

  it('refuses a payload that fails its codec after upcasting, with the field path', () => {
    const decoded = registry.decode(
      stored(3, { value: 'twelve', unit: 'cm', source: 's', at: '2026-01-01T00:00:00.000Z' }),
    );
    expect(decoded).toEqual(
      left(
        expect.objectContaining({
          _tag: 'InvalidEvent',
          streamId: 'meter-1',
          streamVersion: 7,
          type: 'Measured',
          path: 'data.value',
        }),
      ),
    );
  });
});

describe('defining events', () => {
  it('requires an upcaster for every version below the current one', () => {
    expect(() => defineEvent({ type: 'X', schemaVersion: 3, codec: t.type({}), upcasters: { 1: (d) => d } })).toThrow(
      /no upcaster from schema version 2 to 3/,
    );
  });
});
