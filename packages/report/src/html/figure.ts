import { type ChartSpec, renderChartSvg } from '../chart.js';
import { escapeHtml, htmlTable } from './markup.js';

/**
 * A chart as an accessible figure: its title and text alternative in the caption (which names
 * the SVG), the SVG inline, and its data as a table beside it. `prefix` makes its ids unique on the page.
 */
export const htmlFigure = async (chart: ChartSpec, prefix: string): Promise<string> => {
  const svg = await renderChartSvg(chart, prefix);
  const table = htmlTable(
    chart.columns.map((c) => c.heading),
    chart.rows.map((row) => chart.columns.map((c) => row[c.field])),
    `Data of the chart: ${chart.title}`,
  );
  return [
    `<figure class="chart" id="${prefix}" aria-labelledby="${prefix}-title" aria-describedby="${prefix}-description">`,
    `<figcaption><strong id="${prefix}-title">${escapeHtml(chart.title)}</strong><span id="${prefix}-description">${escapeHtml(chart.description)}</span></figcaption>`,
    svg,
    table,
    '</figure>',
  ].join('\n');
};
