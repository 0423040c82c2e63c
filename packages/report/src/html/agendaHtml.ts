import { catalogueNames } from '@mgmt-review/core';
import type { AgendaPack } from '../packModel.js';
import { htmlFigure } from './figure.js';
import { escapeHtml, htmlFacts, htmlSection, htmlTable } from './markup.js';
import { htmlPage } from './page.js';
import { reviewHeader } from './reviewHeader.js';

const frozenPackSection = (pack: AgendaPack): string => {
  const frozen = pack.inputPack;
  if (frozen === undefined) {
    return htmlSection(
      'input-pack',
      'Input pack',
      '<p>No input pack has been frozen into this review yet: the trends below show the current data.</p>',
    );
  }
  return htmlSection(
    'input-pack',
    'Input pack (frozen)',
    [
      htmlFacts([
        ['Period covered', `${frozen.periodCovered.from} to ${frozen.periodCovered.to}`],
        ['Computed as of', frozen.asOf],
        ['At global position', frozen.position],
      ]),
      `<p>Pack digest: <span class="digest">${escapeHtml(frozen.digest)}</span></p>`,
      htmlTable(
        ['Input', 'Summary', 'Digest'],
        frozen.parts.map((p) => [p.inputId, p.summary, p.digest]),
        'Each part of the pack, with its digest',
      ),
    ].join('\n'),
  );
};

/** The agenda pack as one self-contained HTML page; the same pack always gives the same bytes. */
export const agendaPackHtml = async (pack: AgendaPack): Promise<string> => {
  const figures: string[] = [];
  for (const [i, chart] of pack.trends.entries()) figures.push(await htmlFigure(chart, `chart${i + 1}`));
  const sections = [
    htmlSection(
      'agenda',
      'Agenda',
      htmlTable(
        ['#', 'Input', 'Title'],
        pack.agenda.map((item, i) => [i + 1, item.inputId, item.title]),
        `The inputs of catalogue ${catalogueNames(pack.review.catalogueIds)}`,
      ),
    ),
    htmlSection(
      'participants',
      'Participants and roles',
      htmlTable(
        ['Participant', 'Role'],
        pack.participants.map((p) => [p.id, p.role]),
      ),
    ),
    htmlSection(
      'reports',
      'Preparatory reports',
      htmlTable(
        ['Report', 'Requested from', 'Inputs', 'Due', 'Submitted', 'Summary'],
        pack.reports.map((r) => [
          r.reportId,
          r.requestedFrom,
          r.inputIds.join(', '),
          r.dueDate,
          r.submittedOn,
          r.summary,
        ]),
      ),
    ),
    frozenPackSection(pack),
    htmlSection('trends', 'Trends', figures.join('\n')),
  ];
  return htmlPage(
    `Agenda pack — review ${pack.review.reviewId}`,
    reviewHeader('Management review agenda pack', pack.review),
    sections,
    `Made from the history as of ${escapeHtml(pack.now)}.`,
  );
};
