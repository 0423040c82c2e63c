/**
 * The pack's style sheet, inline in every page: screen and print. In print: A4, each section on a
 * new page, table headers repeated on every page a table runs over, rows never split.
 */
export const packStyle = `
@page { size: A4; margin: 16mm 14mm; }
:root { color: #1a1a1a; background: #fff; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10.5pt; line-height: 1.4; margin: 0 auto; max-width: 190mm; padding: 8mm; }
header.pack { border-bottom: 2px solid #1f4e79; margin-bottom: 6mm; }
h1 { font-size: 18pt; color: #1f4e79; margin: 0 0 2mm; }
h2 { font-size: 14pt; color: #1f4e79; border-bottom: 1px solid #c8d3e0; padding-bottom: 1mm; }
h3 { font-size: 11.5pt; margin: 4mm 0 1mm; }
.subtitle { color: #444; margin: 0 0 3mm; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 5mm; margin: 2mm 0 4mm; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0 4mm; font-size: 9.5pt; }
caption { text-align: left; font-weight: bold; padding: 1mm 0; }
th, td { border: 1px solid #c8d3e0; padding: 1mm 2mm; text-align: left; vertical-align: top; }
thead th { background: #eef3f8; }
td:first-child { white-space: nowrap; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
figure.chart { margin: 3mm 0 6mm; break-inside: avoid-page; }
figure.chart figcaption { margin-bottom: 2mm; }
figure.chart figcaption strong { display: block; font-size: 11pt; }
figure.chart svg { display: block; max-width: 100%; height: auto; }
.digest { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 8.5pt; word-break: break-all; }
.empty { color: #555; font-style: italic; }
footer.pack { margin-top: 8mm; color: #555; font-size: 9pt; border-top: 1px solid #c8d3e0; padding-top: 2mm; }
@media print {
  body { max-width: none; padding: 0; }
  main > section + section { break-before: page; }
  h2, h3 { break-after: avoid; }
}
`;
