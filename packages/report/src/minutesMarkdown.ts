import type { MinutesPack, PackAction } from './packModel.js';

/** Escapes what Markdown tables and inline text would read as markup. */
const md = (value: string | number | boolean | null | undefined): string =>
  value === undefined || value === null || value === ''
    ? '–'
    : String(value)
        .replace(/\\/g, '\\\\')
        .replace(/\|/g, '\\|')
        .replace(/([*_`[\]<>#])/g, '\\$1')
        .replace(/\n/g, ' ');

const mdTable = (headings: readonly string[], rows: readonly (readonly (string | number | boolean | undefined)[])[]) =>
  rows.length === 0
    ? ['_None recorded._']
    : [
        `| ${headings.join(' | ')} |`,
        `| ${headings.map(() => '---').join(' | ')} |`,
        ...rows.map((row) => `| ${row.map(md).join(' | ')} |`),
      ];

const actionRows = (actions: readonly PackAction[]) =>
  mdTable(
    ['Action', 'Title', 'Owner', 'Due', 'Status'],
    actions.map((a) => [a.actionId, a.title, a.ownerId, a.dueDate, a.overdue ? `${a.status} (overdue)` : a.status]),
  );

/** The minutes pack as Markdown, for hosts that keep documents elsewhere; the same pack gives the same text. */
export const minutesPackMarkdown = (pack: MinutesPack): string => {
  const r = pack.review;
  const lines: string[] = [
    `# Management review minutes — ${md(r.reviewId)}`,
    '',
    `ISO/IEC 27001:2022 clause 9.3. Kind ${md(r.kind)}, status ${md(r.status)}, held on ${md(r.heldOn)} (planned for ${md(r.plannedDate)}), chaired by ${md(r.chairId)}, covering ${md(r.periodCovered.from)} to ${md(r.periodCovered.to)}.`,
    '',
    '## Attendance',
    '',
    ...mdTable(
      ['Attendee', 'Role'],
      pack.attendees.map((p) => [p.id, p.role]),
    ),
    '',
    `Apologies: ${pack.apologies.length === 0 ? 'none' : pack.apologies.map(md).join(', ')}`,
    '',
    '## Inputs as presented',
  ];
  for (const input of pack.inputs) {
    lines.push('', `### ${md(input.title)} (${md(input.inputId)})`, '', md(input.summary));
    if (input.facts.length > 0) {
      lines.push(
        '',
        ...mdTable(
          ['Fact', 'Value'],
          input.facts.map((f) => [f.label, f.value]),
        ),
      );
    }
    if (input.references.length > 0) lines.push('', `References: ${input.references.map(md).join(', ')}`);
    if (input.frozenPartDigest !== undefined) {
      lines.push(
        '',
        `Presented from the frozen part ${md(input.frozenPartSummary)}, digest \`${input.frozenPartDigest}\``,
      );
    }
  }
  if (pack.notCovered.length > 0) {
    lines.push(
      '',
      '### Not covered',
      '',
      ...mdTable(
        ['Input', 'Title', 'Justification'],
        pack.notCovered.map((n) => [n.inputId, n.title, n.justification]),
      ),
    );
  }
  lines.push('', '## Decisions');
  for (const d of pack.decisions) {
    lines.push(
      '',
      `### ${md(d.decisionId)} — ${md(d.kind)}`,
      '',
      md(d.description),
      '',
      `Rationale: ${md(d.rationale)}`,
    );
    if (d.actions.length > 0) lines.push('', ...actionRows(d.actions));
  }
  lines.push(
    '',
    '## Conclusions on the ISMS',
    '',
    ...mdTable(
      ['Aspect', 'Outcome', 'Comment'],
      pack.verdicts.map((v) => [v.aspect, v.outcome, v.comment]),
    ),
    '',
    '## Action plan',
    '',
    ...actionRows(pack.actionPlan),
    '',
    '## Status of actions from the previous review',
    '',
    ...(pack.previousActions === undefined
      ? ['This is the first review.']
      : [`Actions of review ${md(pack.previousActions.reviewId)}:`, '', ...actionRows(pack.previousActions.actions)]),
    '',
    '## Next review, approval and communication',
    '',
    `- Next review: ${md(pack.nextReview?.plannedDate)}${pack.nextReview === undefined ? '' : pack.nextReview.withinCadence ? ' (within cadence)' : ` (longer gap: ${md(pack.nextReview.reason)})`}`,
    `- Minutes: ${md(pack.approval.minutes)}, document ${md(pack.approval.documentRef)}, approved on ${md(pack.approval.approvedOn)} by ${md(pack.approval.approvedBy)}`,
    ...pack.communications.map(
      (c) => `- Communicated on ${md(c.on)} by ${md(c.channel)} to ${c.audiences.map(md).join(', ')}`,
    ),
  );
  if (pack.anchor !== undefined) {
    lines.push(
      '',
      '## The history this pack was made from',
      '',
      `- Merkle log size ${md(String(pack.anchor.size))}, root \`${pack.anchor.root}\`, global position ${md(pack.anchor.position)}, anchored at ${md(pack.anchor.at)}`,
    );
  }
  lines.push('', `Made from the history as of ${md(pack.now)}.`, '');
  return lines.join('\n');
};
