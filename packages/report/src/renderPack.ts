import { domainRegistry, type ManagementReviewEvent } from '@mgmt-review/core';
import { type AsOf, type EventRegistry, replay, type TenantEventStore } from '@mgmt-review/eventsourcing';
import { agendaPackOf } from './agendaPack.js';
import { agendaPackHtml } from './html/agendaHtml.js';
import { minutesPackHtml } from './html/minutesHtml.js';
import { minutesPackMarkdown } from './minutesMarkdown.js';
import { minutesPackOf } from './minutesPack.js';
import type { HistoryAnchor } from './packModel.js';
import { type PdfOptions, packPdf } from './pdf.js';
import { type PackState, packProjection } from './projection.js';

/** The two packs: before the meeting and after it. */
export const packKinds = ['agenda', 'minutes'] as const;
export type PackKind = (typeof packKinds)[number];

/** The formats a pack is written in; Markdown is for the minutes. */
export const packFormats = ['html', 'pdf', 'md'] as const;
export type PackFormat = (typeof packFormats)[number];

/** What to render: which review, which pack, in which format, as of which moment. */
export interface RenderPackOptions extends PdfOptions {
  readonly reviewId: string;
  readonly kind: PackKind;
  readonly format: PackFormat;
  /** "Today" of the pack (ISO-8601): a parameter, never the clock. */
  readonly now: string;
  /** The history's anchor, named in the minutes pack when given. */
  readonly anchor?: HistoryAnchor;
}

/** The state a pack is made from, folded in one pass over a tenant's history, optionally as of a moment. */
export const packStateOf = (store: TenantEventStore, options: { readonly asOf?: AsOf } = {}): Promise<PackState> =>
  replay(store, domainRegistry as EventRegistry<ManagementReviewEvent>, packProjection, options);

/**
 * Renders a pack: HTML and Markdown as text, PDF as bytes. The same state and options give the
 * same HTML and Markdown, byte for byte. Markdown is written for the minutes only.
 */
export const renderPack = async (state: PackState, options: RenderPackOptions): Promise<string | Uint8Array> => {
  if (options.kind === 'agenda') {
    if (options.format === 'md') throw new RangeError('format md: Markdown is written for the minutes pack only');
    const html = await agendaPackHtml(agendaPackOf(state, { reviewId: options.reviewId, now: options.now }));
    return options.format === 'pdf' ? packPdf(html, options) : html;
  }
  const minutes = minutesPackOf(state, {
    reviewId: options.reviewId,
    now: options.now,
    ...(options.anchor === undefined ? {} : { anchor: options.anchor }),
  });
  if (options.format === 'md') return minutesPackMarkdown(minutes);
  const html = minutesPackHtml(minutes);
  return options.format === 'pdf' ? packPdf(html, options) : html;
};
