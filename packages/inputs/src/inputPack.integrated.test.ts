import {
  addDays,
  createManagementReview,
  iso9001_2015,
  iso27001_2022,
  reviewAgendaOf,
  type TenantHandles,
} from '@mgmt-review/core';
import { createInMemoryDemoHistory, demoFacts } from '@mgmt-review/demo';
import { sequentialIds } from '@mgmt-review/eventsourcing';
import { beforeAll, describe, expect, it } from 'vitest';
import { freezeInputPack } from './freezeInputPack.js';
import { frozenPackOf, verifyFrozenPack } from './verifyFrozenPack.js';

const actor = { id: 'u-ciso', role: 'ciso' };
const reviewId = 'IMR-2026-1';
const catalogues = ['iso27001-2022', 'iso9001-2015'];
const lastMeeting = demoFacts.meetingDays.at(-1)!;
/** A month after the demo's last meeting: the integrated review is scheduled and its pack frozen then. */
const asOf = `${addDays(demoFacts.today, 1)}T09:00:00.000Z`;

type Content = {
  readonly input: { readonly id: string; readonly from?: readonly { readonly catalogueId: string }[] };
  readonly presentedByHand: boolean;
  readonly sources: readonly { readonly source: string; readonly figures: unknown }[];
};

describe('the input pack of an integrated review (ISO/IEC 27001 + ISO 9001) over the demo history', () => {
  let history: Awaited<ReturnType<typeof createInMemoryDemoHistory>>;
  let handles: TenantHandles;
  beforeAll(async () => {
    history = await createInMemoryDemoHistory();
    handles = createManagementReview({
      store: history.store,
      clock: { now: () => asOf },
      ids: sequentialIds('integrated'),
    }).forTenant(history.tenant.tenantId);
    const scheduled = await handles.reviews.schedule(
      {
        reviewId,
        plannedDate: addDays(demoFacts.today, 10),
        cadence: 'quarterly',
        kind: 'regular',
        chair: { id: 'u-ceo', role: 'ceo' },
        periodCovered: { from: addDays(lastMeeting, 1), to: addDays(demoFacts.today, 10) },
        catalogues,
        previousReviewId: demoFacts.lastHeldReviewId,
        at: asOf,
      },
      { actor },
    )();
    if (scheduled._tag === 'Left') throw new Error(scheduled.left.message);
    const frozen = await freezeInputPack(handles, history.tenant, { reviewId, asOf }, { actor });
    if (frozen._tag === 'Left') throw new Error(frozen.left.message);
  }, 60_000);

  it('has a part for every agenda input, naming the catalogue inputs each stands for, and verifies', async () => {
    const pack = (await frozenPackOf(history.tenant, reviewId))!;
    const agenda = reviewAgendaOf([iso27001_2022, iso9001_2015]);
    expect(pack.catalogueIds).toEqual(catalogues);
    expect(pack.parts.map((p) => p.inputId)).toEqual(agenda.map((input) => input.id));
    for (const [i, part] of pack.parts.entries()) {
      const content = part.content as Content;
      expect(part.sources).toEqual(agenda[i]!.fedBy);
      expect(content.input.from).toEqual(agenda[i]!.from);
      expect(content.presentedByHand).toBe(part.sources.length === 0);
    }
    const core = pack.parts.find((p) => p.inputId === 'core:nonConformities')!.content as Content;
    expect(core.input.from?.map((f) => f.catalogueId)).toEqual(catalogues);
    expect(pack.parts.filter((p) => p.sources.length === 0).map((p) => p.inputId)).toEqual([
      'iso9001-2015:c7',
      'iso9001-2015:d',
    ]);
    expect(await verifyFrozenPack(history.tenant, reviewId)).toEqual({ ok: true, pack });
  });

  it('computes each record source once: inputs of both standards fed by it show the same figures', async () => {
    const pack = (await frozenPackOf(history.tenant, reviewId))!;
    const figures = (inputId: string, source: string) =>
      (pack.parts.find((p) => p.inputId === inputId)!.content as Content).sources.find((s) => s.source === source)!
        .figures;
    expect(figures('iso9001-2015:c3', 'indicators')).toEqual(figures('core:measurement', 'indicators'));
    expect(figures('iso9001-2015:e', 'risks')).toEqual(figures('iso27001-2022:f', 'risks'));
  });

  it('compares with the previous review, of one catalogue, source by source', async () => {
    const pack = (await frozenPackOf(history.tenant, reviewId))!;
    type Since = {
      readonly previousReviewId: string;
      readonly basis: string;
      readonly sources: readonly { readonly figures: Record<string, { readonly previous: unknown }> }[];
    };
    const since = (pack.parts.find((p) => p.inputId === 'core:nonConformities')!.content as { sinceLastReview: Since })
      .sinceLastReview;
    expect(since.previousReviewId).toBe(demoFacts.lastHeldReviewId);
    expect(since.basis).not.toBe('none');
    // The previous review's part was `d1`; its nonconformity figures are found by their source.
    expect(typeof since.sources[0]!.figures.nonConformities!.previous).toBe('number');
  });
});
