/** Escapes text for HTML content and attribute values. */
export const escapeHtml = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/** A cell's text: a dash for nothing. */
export const cellText = (value: string | number | boolean | null | undefined): string =>
  value === undefined || value === null || value === '' ? '–' : String(value);

/** A table with a header row repeated on every printed page, and an optional caption. */
export const htmlTable = (
  headings: readonly string[],
  rows: readonly (readonly (string | number | boolean | null | undefined)[])[],
  caption?: string,
): string => {
  if (rows.length === 0) return '<p class="empty">None recorded.</p>';
  const head = headings.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
  const body = rows
    .map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cellText(cell))}</td>`).join('')}</tr>`)
    .join('\n');
  const captionHtml = caption === undefined ? '' : `<caption>${escapeHtml(caption)}</caption>`;
  return `<table>${captionHtml}<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table>`;
};

/** A section of the pack: a heading and its content; each section starts a new printed page. */
export const htmlSection = (id: string, heading: string, content: string): string =>
  `<section id="${escapeHtml(id)}" aria-labelledby="${escapeHtml(id)}-heading">\n<h2 id="${escapeHtml(id)}-heading">${escapeHtml(heading)}</h2>\n${content}\n</section>`;

/** A list of terms and their descriptions. */
export const htmlFacts = (
  facts: readonly (readonly [string, string | number | boolean | null | undefined])[],
): string =>
  `<dl class="facts">${facts.map(([term, value]) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(cellText(value))}</dd>`).join('')}</dl>`;
