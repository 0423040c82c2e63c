import {
  catalogueNames,
  createManagementReview,
  domainRegistry,
  type FrozenInputPack,
  type ManagementReviewEvent,
} from '@mgmt-review/core';
import { type EventRegistry, replay, systemClock, uuidV7Ids } from '@mgmt-review/eventsourcing';
import { computeInputPack, freezeInputPack, verifyFrozenPack } from '@mgmt-review/inputs';
import { type ViewsState, viewsProjection } from '@mgmt-review/views';
import type { CliContext } from '../context.js';
import { ExitCode, UsageError } from '../exitCodes.js';
import { toJson } from '../io.js';
import { instantOf } from '../moment.js';
import { renderTable } from '../table.js';

/** The options of `mgmt-review inputs`. */
export interface InputsOptions {
  readonly review?: string;
  readonly asOf?: string;
  readonly effective?: boolean;
  readonly freeze?: boolean;
  readonly verify?: boolean;
  readonly actor: string;
  readonly role: string;
}

/** The review a pack is for when none is named: the next one not yet held, else the last one held. */
export const defaultReviewOf = (views: ViewsState): string | undefined => {
  const reviews = [...views.reviews.values()];
  const coming = reviews
    .filter((r) => r.status === 'scheduled' || r.status === 'meetingOpen')
    .sort((a, b) => (a.plannedDate < b.plannedDate ? -1 : a.plannedDate > b.plannedDate ? 1 : 0));
  if (coming.length > 0) return coming[0]!.reviewId;
  const held = reviews
    .filter((r) => r.heldOn !== undefined)
    .sort((a, b) => ((a.heldOn ?? '') < (b.heldOn ?? '') ? -1 : 1));
  return held.at(-1)?.reviewId;
};

/** The pack for people: one row per input with its sources and summary. */
export const formatPack = (reviewId: string, pack: FrozenInputPack): string =>
  [
    `Input pack of review ${reviewId} (${catalogueNames(pack.catalogueIds)}), covering ${pack.periodCovered.from} to ${pack.periodCovered.to}, as of ${pack.asOf} (position ${pack.position})`,
    renderTable(
      ['input', 'sources', 'summary'],
      pack.parts.map((part) => [
        part.inputId,
        part.sources.length === 0 ? 'by hand' : part.sources.join(', '),
        part.summary,
      ]),
    ),
    `digest ${pack.digest}`,
  ].join('\n');

/**
 * `mgmt-review inputs`: computes a review's input pack as of a moment and prints it; `--freeze`
 * records it into the review; `--verify` recomputes the frozen pack as of its position and exits 1
 * naming the parts that differ.
 */
export const runInputs = async (context: CliContext, options: InputsOptions): Promise<number> => {
  if (options.freeze === true && options.verify === true) throw new UsageError('--freeze and --verify: choose one');
  const tenant = context.store().forTenant(context.tenant);
  const asOf = options.asOf === undefined ? systemClock.now() : instantOf(options.asOf, '--as-of');
  const reviewId =
    options.review ??
    defaultReviewOf(
      await replay(tenant, domainRegistry as EventRegistry<ManagementReviewEvent>, viewsProjection, {
        asOf: options.effective === true ? { occurredAt: asOf } : { recordedAt: asOf },
      }),
    );
  if (reviewId === undefined) {
    context.io.out(context.json ? 'null' : `No management review had been scheduled as of ${asOf}.`);
    return ExitCode.ok;
  }
  if (options.verify === true) {
    const verified = await verifyFrozenPack(tenant, reviewId);
    if (context.json) context.io.out(toJson(verified, 2));
    else if (verified.ok) {
      context.io.out(
        `The input pack frozen into review ${reviewId} verifies: recomputed as of position ${verified.pack.position}, every part has the same digest.`,
      );
    } else context.io.out(`The input pack of review ${reviewId} does not verify: ${verified.reason}.`);
    return verified.ok ? ExitCode.ok : ExitCode.checkFailed;
  }
  if (options.freeze === true) {
    const handles = createManagementReview({ store: context.store(), clock: systemClock, ids: uuidV7Ids }).forTenant(
      context.tenant,
    );
    const frozen = await freezeInputPack(
      handles,
      tenant,
      { reviewId, asOf, effective: options.effective },
      { actor: { id: options.actor, role: options.role } },
    );
    if (frozen._tag === 'Left') {
      context.io.err(`the input pack of review ${reviewId} was not frozen: ${frozen.left.message}`);
      return ExitCode.checkFailed;
    }
    const event = frozen.right.events.find((e) => e.type === 'InputPackFrozen');
    const pack = event?.type === 'InputPackFrozen' ? event.data.pack : undefined;
    if (pack === undefined) throw new Error('the freeze recorded no input pack');
    context.io.out(context.json ? toJson(pack, 2) : `Frozen into review ${reviewId}.\n${formatPack(reviewId, pack)}`);
    return ExitCode.ok;
  }
  const computed = await computeInputPack(tenant, { reviewId, asOf, effective: options.effective });
  if (computed._tag === 'Left') {
    context.io.err(`no input pack for review ${reviewId}: ${computed.left.message}`);
    return ExitCode.checkFailed;
  }
  context.io.out(context.json ? toJson(computed.right, 2) : formatPack(reviewId, computed.right));
  return ExitCode.ok;
};
