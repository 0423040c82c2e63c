import { fc, it } from '@fast-check/vitest';
import { propertyRuns } from '@mgmt-review/eventsourcing/testing';
import { expect } from 'vitest';
import { stateFromText, stateToText } from './stateText.js';

/** States as projections keep them: records, lists, Maps and Sets by id, positions as bigints, fields left undefined. */
const { state } = fc.letrec((tie) => ({
  leaf: fc.oneof(
    fc.string(),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.bigInt(),
  ),
  state: fc.oneof(
    { depthSize: 'small' },
    tie('leaf'),
    fc.array(tie('state'), { maxLength: 4 }),
    fc.dictionary(
      fc.string().filter((key) => !key.startsWith('@@')),
      tie('state'),
      { maxKeys: 4, noNullPrototype: true },
    ),
    fc.array(fc.tuple(fc.string(), tie('state')), { maxLength: 4 }).map((entries) => new Map(entries)),
    fc.array(fc.string(), { maxLength: 4 }).map((items) => new Set(items)),
  ),
}));

it.prop([state], { numRuns: propertyRuns(200) })('a state read back from its text is the state saved', (saved) => {
  expect(stateFromText(stateToText(saved))).toStrictEqual(saved);
});
