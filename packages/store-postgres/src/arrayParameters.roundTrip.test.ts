import { fc, test } from '@fast-check/vitest';
import { propertyRuns } from '@mgmt-review/eventsourcing/testing';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { arrayParameter, binaryArray } from './arrayParameters.js';
import { poolConnector } from './connection.js';
import { connectorOf } from './postgresStore.js';
import { useTestDatabase } from './testing/index.js';

const database = useTestDatabase({ beforeAll, afterAll });

/**
 * Sends the arrays as a prepared statement's parameters and reads back what the server received,
 * as JSON the server writes (so no driver's array parser stands between).
 */
const echo = async (text: readonly (string | null)[], json: readonly string[], integers: readonly number[]) => {
  const connector = connectorOf(database.connection());
  const session = await connector.connect();
  try {
    const result = await session.prepared<{ received: string }>(
      'array-parameters-echo',
      `SELECT json_build_object('text', $1::text[], 'json', $2::json[]::text[], 'integers', $3::integer[])::text AS received`,
      [arrayParameter('text', text), arrayParameter('json', json), arrayParameter('integer', integers)],
    );
    return JSON.parse(result.rows[0]!.received) as unknown;
  } finally {
    session.release();
    await connector.end();
  }
};

// PostgreSQL text holds any Unicode text but U+0000.
const storableText = fc.string({ unit: 'binary' }).filter((s) => !s.includes('\u0000'));

describe('array parameters', () => {
  test.prop(
    [
      fc.array(fc.option(storableText, { nil: null })),
      fc.array(fc.json()),
      fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 })),
    ],
    { numRuns: propertyRuns(15) },
  )('the server receives every element exactly as the store passed it, in order', async (text, json, integers) => {
    expect(await echo(text, json, integers)).toEqual({ text, json, integers });
  });

  it('keeps the quotes, backslashes, braces and commas that the text format has to escape', async () => {
    const awkward = ['"', '\\', '{a,b}', 'NULL', '', ' padded ', 'ü€😀', '\\"}{,'];
    const payload = '{"note":"a \\"quoted\\" \\\\ word, {braced}","n":[1,2]}';
    expect(await echo(awkward, [payload], [0])).toEqual({ text: awkward, json: [payload], integers: [0] });
  });

  it('leaves JSON validation to the server: text that is not JSON is refused there', async () => {
    await expect(echo([], ['{"open": '], [])).rejects.toThrow(/json/i);
  });

  it('refuses an element that is not of the element type before anything is sent', () => {
    expect(() => binaryArray(arrayParameter('integer', [1.5]))).toThrow(TypeError);
    expect(() => binaryArray(arrayParameter('text', [7]))).toThrow(TypeError);
  });

  it("go to pg-native clients as plain arrays, which libpq sends as text, and to pg's own client in binary", async () => {
    /** What a pool's client was given, from a pool of `pg.Client`s or of pg-native's clients. */
    const given = async (client: object): Promise<unknown[]> => {
      let values: unknown[] = [];
      const fake = Object.assign(client, {
        query: async (config: { values: unknown[] }) => {
          values = config.values;
          return { rows: [] };
        },
        release: () => {},
      });
      const session = await poolConnector({ connect: async () => fake } as unknown as pg.Pool, false).connect();
      await session.prepared('s', 'SELECT $1::text[], $2::text', [arrayParameter('text', ['a']), 'b']);
      session.release();
      return values;
    };
    expect(await given({ native: {} })).toEqual([['a'], 'b']);
    const binary = await given({});
    expect(binary[0]).toBeInstanceOf(Buffer);
    expect(binary[1]).toBe('b');
  });
});
