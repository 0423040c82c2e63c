import { fc, it } from '@fast-check/vitest';
import { allowAll, createManagementReview, domainRegistry } from '@mgmt-review/core';
import { createInMemoryEventStore, sequentialIds, steppingClock } from '@mgmt-review/eventsourcing';
import { propertyRuns } from '@mgmt-review/eventsourcing/testing';
import { baseInputOf, type FuzzCase, mutationsOf, sampleInputs } from '@mgmt-review/testing';
import { Ajv, type ValidateFunction } from 'ajv';
import { isLeft } from 'fp-ts/lib/Either.js';
import { describe, expect } from 'vitest';
import { type CommandRoute, commandRoutes } from './commandRoutes.js';
import { addSchemaFormats, ajvOptions, bodySchemaOf } from './schemas.js';

/**
 * The body schemas the service validates with and the facade's own validation must agree: an input
 * the schema accepts is one the facade does not refuse as invalid, and the other way round, for
 * valid inputs and for every kind of near-valid one.
 */
const ajv = addSchemaFormats(new Ajv(ajvOptions));
const validators = new Map<string, ValidateFunction>(
  commandRoutes.map((route) => [route.path, ajv.compile(bodySchemaOf(route))]),
);
const routes = new Map(commandRoutes.map((route) => [route.path, route]));
const samples = sampleInputs();
const fuzzed = (route: CommandRoute) => ({ path: route.path, type: route.type, codec: route.codec });

const facade = createManagementReview({
  store: createInMemoryEventStore({ registry: domainRegistry }),
  clock: steppingClock('2026-01-01T00:00:00Z'),
  ids: sequentialIds('x'),
  policy: allowAll,
}).forTenant('differential');
const actor = { id: 'u-tester', role: 'ismsManager' };

const schemaAccepts = (path: string, input: unknown): boolean => validators.get(path)!(input);
const facadeAccepts = async (path: string, input: unknown): Promise<boolean> => {
  const result = await routes.get(path)!.run(facade, input, { actor })();
  return !(isLeft(result) && result.left._tag === 'InvalidInput');
};

/**
 * The valid input of each command: its sample, else one derived from its codec. The derived pack of
 * `reviews.freezeInputPack` has no real position or digest, so it gets a sample here.
 */
const validInputs: ReadonlyMap<string, unknown> = new Map(
  commandRoutes.map((route) => [route.path, baseInputOf(fuzzed(route), samples).input]),
);
const frozenPack = validInputs.get('reviews.freezeInputPack') as { pack: Record<string, unknown> };
frozenPack.pack.position = '42';
frozenPack.pack.digest = 'ab'.repeat(32);

/** What a body arrives as: the JSON the client sent, parsed (no `Infinity`, no `undefined`, no `-0`). */
const asSent = (input: unknown): unknown => JSON.parse(JSON.stringify(input) ?? 'null');

const cases: FuzzCase[] = commandRoutes.flatMap((route) =>
  [...mutationsOf(fuzzed(route), { input: validInputs.get(route.path) })].map((c) => ({
    ...c,
    input: asSent(c.input),
  })),
);

/** A valid input with one of its fields (or the input itself) replaced by any JSON value. */
const withAnyValue = fc
  .constantFrom(...commandRoutes.map((route) => route.path))
  .chain((path) => {
    const input = validInputs.get(path) as Record<string, unknown>;
    return fc.record({
      path: fc.constant(path),
      field: fc.constantFrom(...Object.keys(input), 'unexpectedField'),
      value: fc.jsonValue(),
    });
  })
  .map(({ path, field, value }) => ({
    path,
    field,
    input: asSent({ ...(validInputs.get(path) as Record<string, unknown>), [field]: value }),
  }));

describe('the body schema of every command and the facade', () => {
  it('have a schema for every command of the facade', () => {
    expect(validators.size).toBe(commandRoutes.length);
    expect(commandRoutes.length).toBeGreaterThan(80);
  });

  it('accept the valid input of every command', async () => {
    const refused = [];
    for (const route of commandRoutes) {
      const input = validInputs.get(route.path);
      const verdicts = { schema: schemaAccepts(route.path, input), facade: await facadeAccepts(route.path, input) };
      if (!verdicts.schema || !verdicts.facade) refused.push({ command: route.path, ...verdicts });
    }
    expect(refused).toEqual([]);
  });

  it.prop([fc.constantFrom(...cases)], { numRuns: propertyRuns(400) })(
    'accept and refuse the same near-valid inputs',
    async (fuzzCase) => {
      const bySchema = schemaAccepts(fuzzCase.command, fuzzCase.input);
      const byFacade = await facadeAccepts(fuzzCase.command, fuzzCase.input);
      expect({ mutation: fuzzCase.mutation, bySchema }).toEqual({ mutation: fuzzCase.mutation, bySchema: byFacade });
    },
  );
});

describe('the body schema of every command and the facade, given any JSON in a field', () => {
  it.prop([withAnyValue], { numRuns: propertyRuns(300) })(
    'accept and refuse the same inputs',
    async ({ path, field, input }) => {
      expect({ path, field, bySchema: schemaAccepts(path, input) }).toEqual({
        path,
        field,
        bySchema: await facadeAccepts(path, input),
      });
    },
  );
});
