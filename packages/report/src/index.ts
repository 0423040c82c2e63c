/**
 * @mgmt-review/report — the management review pack (ISO/IEC 27001:2022 9.3): the agenda pack sent
 * before the meeting and the minutes pack communicated after it, as self-contained HTML with
 * charts rendered to inline SVG on the server (no script, no network, the same history gives the
 * same bytes), printable to an A4 PDF with headless Chromium, and the minutes as Markdown.
 *
 * `packStateOf(store, { asOf })` folds what a pack is made from; `renderPack(state, options)`
 * renders one; `agendaPackOf` / `minutesPackOf` give the packs as data.
 */

/** The agenda pack as data: `agendaPackOf(state, { reviewId, now })`. */
export { type AgendaPackQuery, agendaPackOf } from './agendaPack.js';
/** Charts: `ChartSpec`, `renderChartSvg` (Vega-Lite to SVG) and `renumberSvgIds`. */
export { type ChartSpec, renderChartSvg, renumberSvgIds } from './chart.js';
/** The review dossier the pack fold keeps for each review. */
export type { PreparatoryReportRecord, PresentedInputRecord, ReviewDossier } from './dossier.js';
/** The agenda pack as one HTML page. */
export { agendaPackHtml } from './html/agendaHtml.js';
/** The minutes pack as one HTML page. */
export { minutesPackHtml } from './html/minutesHtml.js';
/** The minutes pack as Markdown. */
export { minutesPackMarkdown } from './minutesMarkdown.js';
/** The minutes pack as data: `minutesPackOf(state, { reviewId, now, anchor? })`. */
export { type MinutesPackQuery, minutesPackOf } from './minutesPack.js';
/** The packs' models. */
export type {
  AgendaItem,
  AgendaPack,
  HistoryAnchor,
  MinutesPack,
  PackAction,
  PackReview,
  ReviewPack,
} from './packModel.js';
/** PDF through headless Chromium (`/usr/bin/chromium` unless told). */
export { defaultChromiumPath, type PdfOptions, packPdf } from './pdf.js';
/** The pack fold: `packProjection` (name `mgmt-review.report`) and its state. */
export { type PackState, packProjection } from './projection.js';
/** `packStateOf`, `renderPack`, and the kinds and formats of pack. */
export {
  type PackFormat,
  type PackKind,
  packFormats,
  packKinds,
  packStateOf,
  type RenderPackOptions,
  renderPack,
} from './renderPack.js';
/** The trends of the agenda pack: one entry per trend (data function and chart). */
export { type TrendSection, type TrendSources, trendSections } from './trendSections.js';
