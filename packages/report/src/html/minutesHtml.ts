import type { MinutesPack, PackAction } from '../packModel.js';
import { escapeHtml, htmlFacts, htmlSection, htmlTable } from './markup.js';
import { htmlPage } from './page.js';
import { reviewHeader } from './reviewHeader.js';

const actionTable = (actions: readonly PackAction[], caption?: string): string =>
  htmlTable(
    ['Action', 'Title', 'Owner', 'Due', 'Status'],
    actions.map((a) => [a.actionId, a.title, a.ownerId, a.dueDate, a.overdue ? `${a.status} (overdue)` : a.status]),
    caption,
  );

const anchorSection = (pack: MinutesPack): string[] =>
  pack.anchor === undefined
    ? []
    : [
        htmlSection(
          'anchor',
          'The history this pack was made from',
          htmlFacts([
            ['Merkle log size', String(pack.anchor.size)],
            ['Merkle root', pack.anchor.root],
            ['Global position', pack.anchor.position],
            ['Anchored at', pack.anchor.at],
          ]),
        ),
      ];

/** The minutes pack as one self-contained HTML page; the same pack always gives the same bytes. */
export const minutesPackHtml = (pack: MinutesPack): string => {
  const inputs = pack.inputs
    .map((input) =>
      [
        `<h3>${escapeHtml(input.title)} <span class="subtitle">(${escapeHtml(input.inputId)})</span></h3>`,
        `<p>${escapeHtml(input.summary)}</p>`,
        input.facts.length === 0
          ? ''
          : htmlTable(
              ['Fact', 'Value'],
              input.facts.map((f) => [f.label, f.value]),
            ),
        input.references.length === 0 ? '' : `<p>References: ${escapeHtml(input.references.join(', '))}</p>`,
        input.frozenPartDigest === undefined
          ? ''
          : `<p>Presented from the frozen part${input.frozenPartSummary === undefined ? '' : ` “${escapeHtml(input.frozenPartSummary)}”`} <span class="digest">${escapeHtml(input.frozenPartDigest)}</span></p>`,
      ].join('\n'),
    )
    .join('\n');
  const notCovered =
    pack.notCovered.length === 0
      ? ''
      : `<h3>Not covered</h3>\n${htmlTable(
          ['Input', 'Title', 'Justification'],
          pack.notCovered.map((n) => [n.inputId, n.title, n.justification]),
        )}`;
  const decisions = pack.decisions
    .map((d) =>
      [
        `<h3>${escapeHtml(d.decisionId)} — ${escapeHtml(d.kind)}</h3>`,
        `<p class="decision">${escapeHtml(d.description)}</p>`,
        `<p>Rationale: ${escapeHtml(d.rationale)}</p>`,
        d.actions.length === 0 ? '' : actionTable(d.actions, 'Actions this decision calls for'),
      ].join('\n'),
    )
    .join('\n');
  const sections = [
    htmlSection(
      'attendance',
      'Attendance',
      [
        htmlTable(
          ['Attendee', 'Role'],
          pack.attendees.map((p) => [p.id, p.role]),
        ),
        `<p>Apologies: ${escapeHtml(pack.apologies.length === 0 ? 'none' : pack.apologies.join(', '))}</p>`,
      ].join('\n'),
    ),
    htmlSection('inputs', 'Inputs as presented', `${inputs || '<p class="empty">None recorded.</p>'}\n${notCovered}`),
    htmlSection('decisions', 'Decisions', decisions || '<p class="empty">None recorded.</p>'),
    htmlSection(
      'verdicts',
      'Conclusions on the ISMS',
      htmlTable(
        ['Aspect', 'Outcome', 'Comment'],
        pack.verdicts.map((v) => [v.aspect, v.outcome, v.comment]),
      ),
    ),
    htmlSection('action-plan', 'Action plan', actionTable(pack.actionPlan)),
    htmlSection(
      'previous-actions',
      'Status of actions from the previous review',
      pack.previousActions === undefined
        ? '<p class="empty">This is the first review.</p>'
        : actionTable(pack.previousActions.actions, `Actions of review ${pack.previousActions.reviewId}`),
    ),
    htmlSection(
      'closing',
      'Next review, approval and communication',
      [
        htmlFacts([
          ['Next review', pack.nextReview?.plannedDate],
          ['Within cadence', pack.nextReview === undefined ? undefined : pack.nextReview.withinCadence ? 'yes' : 'no'],
          ...(pack.nextReview?.reason === undefined
            ? []
            : [['Reason for the longer gap', pack.nextReview.reason] as const]),
          ['Minutes', pack.approval.minutes],
          ['Minutes document', pack.approval.documentRef],
          ['Approved on', pack.approval.approvedOn],
          ['Approved by', pack.approval.approvedBy],
        ]),
        htmlTable(
          ['Communicated on', 'Channel', 'Audiences'],
          pack.communications.map((c) => [c.on, c.channel, c.audiences.join(', ')]),
          'Communication of the results',
        ),
      ].join('\n'),
    ),
    ...anchorSection(pack),
  ];
  return htmlPage(
    `Minutes pack — review ${pack.review.reviewId}`,
    reviewHeader('Management review minutes', pack.review),
    sections,
    `Made from the history as of ${escapeHtml(pack.now)}.`,
  );
};
