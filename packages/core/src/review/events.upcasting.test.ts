import type { StoredEvent } from '@mgmt-review/eventsourcing';
import { describe, expect, it } from 'vitest';
import { domainRegistry } from '../registry.js';
import { reviewSamples, sampleInputPack } from '../testing/samples.js';
import { reviewDecider } from './decide.js';
import { checkPackDigests, packDigestOf } from './inputPack.js';

const stored = (type: string, data: unknown): StoredEvent =>
  ({
    eventId: '0190c2a0-0000-7000-8000-000000000001',
    tenantId: 't1',
    streamId: 'review-r1',
    streamVersion: 1,
    globalPosition: 1n,
    type,
    schemaVersion: 1,
    data,
    metadata: {
      actor: { id: 'u-ciso', role: 'ciso' },
      occurredAt: '2026-03-01T08:00:00.000Z',
      recordedAt: '2026-03-01T08:00:00.000Z',
      commandId: 'c1',
      correlationId: 'c1',
      causationId: 'c1',
    },
    prevHash: '0'.repeat(64),
    hash: '1'.repeat(64),
  }) as StoredEvent;

// What a review scheduled before integrated reviews recorded: its one catalogue as `catalogueId`.
const scheduledNow = reviewDecider.decide(reviewSamples('r1').schedule, reviewDecider.initialState);
if (scheduledNow._tag !== 'Right') throw new Error('the sample schedule is refused');
const { catalogueIds: _ids, ...scheduledRest } = scheduledNow.right[0]!.data as { readonly catalogueIds: string[] };
const scheduledV1 = { ...scheduledRest, catalogueId: 'iso27001-2022' };

describe('review events written before a review could follow several catalogues', () => {
  it('a ReviewScheduled of schema version 1 reads as following the list of its one catalogue', () => {
    const decoded = domainRegistry.decode(stored('ReviewScheduled', scheduledV1));
    expect(decoded._tag).toBe('Right');
    if (decoded._tag !== 'Right') return;
    expect(decoded.right.data).toEqual(scheduledNow.right[0]!.data);
  });

  it('an InputPackFrozen of schema version 1 reads with its pack on the list, and keeps its digests', () => {
    const pack = sampleInputPack();
    const { catalogueIds: _, ...rest } = pack;
    const v1 = { reviewId: 'r1', pack: { ...rest, catalogueId: 'iso27001-2022' }, at: '2026-03-30T08:00:00.000Z' };
    const decoded = domainRegistry.decode(stored('InputPackFrozen', v1));
    expect(decoded._tag).toBe('Right');
    if (decoded._tag !== 'Right' || decoded.right.type !== 'InputPackFrozen') return;
    expect(decoded.right.data.pack).toEqual(pack);
    expect(checkPackDigests(decoded.right.data.pack)).toEqual({ partsNotMatching: [], packMatches: true });
  });

  it('a pack of several catalogues is digested with the list, so it differs from the pack of one', () => {
    const one = sampleInputPack();
    expect(packDigestOf({ ...one, catalogueIds: ['iso27001-2022', 'iso9001-2015'] })).not.toBe(one.digest);
  });
});
