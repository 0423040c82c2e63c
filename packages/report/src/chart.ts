import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

/** A chart of the pack: its title, its text alternative, its data as rows, and how to draw them. */
export interface ChartSpec {
  readonly id: string;
  readonly title: string;
  /** What the chart shows, in words: the text alternative of the figure. */
  readonly description: string;
  /** The columns of the data table beside the chart, in order: field and heading. */
  readonly columns: readonly { readonly field: string; readonly heading: string }[];
  readonly rows: readonly Readonly<Record<string, string | number | null>>[];
  /**
   * The Vega-Lite view of the rows, as JSON (mark and encoding, or layers): without data, size or
   * config, which the renderer adds. Vega-Lite checks it when the chart is rendered.
   */
  readonly view: Readonly<Record<string, unknown>>;
}

const config = {
  font: 'DejaVu Sans, Liberation Sans, sans-serif',
  background: 'white',
  axis: { labelFontSize: 10, titleFontSize: 11 },
  legend: { labelFontSize: 10, titleFontSize: 11, orient: 'bottom', labelLimit: 320, columns: 3 },
  view: { stroke: null },
} as const;

/**
 * Gives every id of one chart's SVG, and every reference to it, a name of the form
 * `<prefix>-<n>`, numbered in order of first appearance. Vega numbers its clip paths and gradients
 * from a process-wide counter, so the same chart otherwise differs from one run to the next, and
 * two charts on one page could share an id.
 */
export const renumberSvgIds = (svg: string, prefix: string): string => {
  const names = new Map<string, string>();
  const nameOf = (id: string): string => {
    let name = names.get(id);
    if (name === undefined) {
      name = `${prefix}-${names.size + 1}`;
      names.set(id, name);
    }
    return name;
  };
  for (const match of svg.matchAll(/\sid="([^"]+)"/g)) nameOf(match[1]!);
  return svg
    .replace(/(\sid=")([^"]+)"/g, (_, head: string, id: string) => `${head}${nameOf(id)}"`)
    .replace(/url\(#([^)]+)\)/g, (whole, id: string) => (names.has(id) ? `url(#${nameOf(id)})` : whole))
    .replace(/(href=")#([^"]+)"/g, (whole, head: string, id: string) =>
      names.has(id) ? `${head}#${nameOf(id)}"` : whole,
    );
};

/**
 * Renders a chart to an SVG string on the server, with Vega's headless view (no canvas, no
 * script in the result); its ids are prefixed with `prefix`, unique on the page. The same chart
 * and prefix always give the same SVG.
 */
export const renderChartSvg = async (chart: ChartSpec, prefix: string): Promise<string> => {
  const spec = {
    ...chart.view,
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 520,
    height: 180,
    config,
    data: { values: chart.rows.map((row) => ({ ...row })) },
  } as TopLevelSpec;
  const view = new View(parse(compile(spec).spec), { renderer: 'none', logLevel: 0 });
  try {
    const svg = await view.toSVG();
    return renumberSvgIds(svg, prefix).replace('<svg ', `<svg role="img" aria-labelledby="${prefix}-title" `);
  } finally {
    view.finalize();
  }
};
