import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { aggregates } from './aggregates.js';
import { type DomainEventOf, domainRegistry } from './registry.js';

const at = { streamId: 'review-r1', streamVersion: 1 };

describe('domainRegistry', () => {
  it('accepts a valid ReviewScheduled and drops fields it does not know', () => {
    const encoded = domainRegistry.encode(
      {
        type: 'ReviewScheduled',
        data: {
          reviewId: 'r1',
          plannedDate: '2026-03-31',
          cadence: 'quarterly',
          kind: 'regular',
          chair: { id: 'u-ceo', role: 'ceo' },
          periodCovered: { from: '2026-01-01', to: '2026-03-31' },
          catalogueIds: ['iso27001-2022'],
          agenda: ['a', 'b'],
          at: '2026-01-10T09:00:00Z',
          extra: 'dropped',
        },
      },
      at,
    );
    expect(isRight(encoded)).toBe(true);
    expect(isRight(encoded) && encoded.right.data).toEqual(expect.not.objectContaining({ extra: 'dropped' }));
  });

  it('refuses a date that is not ISO-8601, naming the field path', () => {
    const encoded = domainRegistry.encode(
      { type: 'ReviewClosed', data: { reviewId: 'r1', at: '31/03/2026 09:00' } },
      { streamId: 'review-r1', streamVersion: 9 },
    );
    expect(isLeft(encoded) && encoded.left).toMatchObject({ _tag: 'InvalidEvent', path: 'data.at' });
  });

  it('knows every event type once, across the aggregates', () => {
    const types = aggregates.flatMap((aggregate) => aggregate.events.map((definition) => definition.type));
    expect(new Set(types).size).toBe(types.length);
    expect([...domainRegistry.definitions.keys()].sort()).toEqual(types.sort());
  });

  it('names one event by its type', () => {
    expectTypeOf<DomainEventOf<'MinutesApproved'>['data']['approvedBy']>().toEqualTypeOf<string>();
    expectTypeOf<DomainEventOf<'ResidualRiskAccepted'>['data']['exceptionJustification']>().toEqualTypeOf<
      string | undefined
    >();
  });
});
