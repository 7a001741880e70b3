/**
 * The cluster report as one standalone HTML file: inline CSS and inline SVG
 * charts, no scripts and no external resources, so it can be e-mailed,
 * archived and printed as is. A Content-Security-Policy forbids scripts and
 * remote loads as a second line of defence behind escaping: every text from
 * the data goes through escapeHtml; the only markup inserted as is comes
 * from svg-charts.ts, which escapes its own text. Pure.
 */
import { escapeHtml } from './escape-text.ts';
import { layoutReport } from './layout-report.ts';
import type { Block, Inline, TableBlock } from './report-blocks.ts';
import type { NetworkReportData, ReportData } from './report-data.ts';

const STYLE = `
:root { color-scheme: light; }
body { margin: 0; background: #fff; color: #1b1b1b; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 72rem; margin: 0 auto; padding: 1.5rem 1.25rem 4rem; }
h1 { font-size: 1.8rem; line-height: 1.2; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.35rem; margin: 2.5rem 0 0.75rem; padding-bottom: 0.25rem; border-bottom: 2px solid #0072b2; }
h3 { font-size: 1.1rem; margin: 1.75rem 0 0.5rem; }
p, ul { max-width: 52rem; }
code { font: 0.9em/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #f2f4f7; padding: 0.05em 0.3em; border-radius: 3px; }
a { color: #0b5cad; }
.table-wrap { overflow-x: auto; margin: 0.75rem 0 0.25rem; }
table { border-collapse: collapse; font-size: 0.88rem; }
caption { text-align: left; font-weight: 600; padding: 0 0 0.35rem; }
th, td { border: 1px solid #d5d9e0; padding: 0.25rem 0.5rem; vertical-align: top; text-align: left; }
th { background: #eef2f7; }
tbody tr:nth-child(even) { background: #f8f9fb; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.note { font-size: 0.85rem; color: #4a4f57; margin: 0.2rem 0; }
figure { margin: 1.25rem 0; }
figure svg { max-width: 100%; height: auto; }
figcaption { font-size: 0.9rem; color: #333; margin-top: 0.25rem; }
details { margin-top: 0.5rem; }
summary { cursor: pointer; font-size: 0.85rem; color: #0b5cad; }
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  tr, figure { break-inside: avoid; }
  details { display: none; }
  a { color: inherit; text-decoration: none; }
  .table-wrap { overflow: visible; }
}
`.trim();

function inline(content: readonly Inline[]): string {
  return content
    .map((part) => {
      if (typeof part === 'string') return escapeHtml(part);
      if ('code' in part) return `<code>${escapeHtml(part.code)}</code>`;
      if ('strong' in part) return `<strong>${escapeHtml(part.strong)}</strong>`;
      // Only in-page anchors: a report must not link out on the data's behalf.
      const href = /^#[A-Za-z0-9_-]+$/.test(part.link) ? part.link : '#top';
      return `<a href="${escapeHtml(href)}">${escapeHtml(part.text)}</a>`;
    })
    .join('');
}

function renderTable(t: TableBlock): string {
  const cls = (i: number) => (t.columns[i]?.align === 'right' ? ' class="num"' : '');
  const head = t.columns.map((c, i) => `<th scope="col"${cls(i)}>${escapeHtml(c.header)}</th>`).join('');
  const cell = (text: string, i: number) => (t.columns[i]?.code && text !== '' ? `<code>${escapeHtml(text)}</code>` : escapeHtml(text));
  const body = t.rows.map((row) => `<tr>${t.columns.map((_, i) => `<td${cls(i)}>${cell(row[i] ?? '', i)}</td>`).join('')}</tr>`).join('\n');
  const caption = t.caption !== undefined ? `<caption>${escapeHtml(t.caption)}</caption>` : '';
  const notes = t.notes.map((note) => `\n<p class="note">${inline(note)}</p>`).join('');
  return `<div class="table-wrap"><table>${caption}<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table></div>${notes}`;
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `<h${block.level} id="${escapeHtml(block.id)}">${escapeHtml(block.text)}</h${block.level}>`;
    case 'paragraph':
      return `<p>${inline(block.content)}</p>`;
    case 'list':
      return `<ul>\n${block.items.map((item) => `<li>${inline(item)}</li>`).join('\n')}\n</ul>`;
    case 'table':
      return renderTable(block);
    case 'figure':
      return `<figure id="${escapeHtml(block.id)}">\n${block.svg}\n<figcaption>${escapeHtml(block.caption)}</figcaption>\n<details><summary>Chart data</summary>\n${renderTable(block.data)}\n</details>\n</figure>`;
  }
}

export function renderHtmlReport(data: ReportData | NetworkReportData): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="vennskap">',
    `<title>${escapeHtml(data.title)}</title>`,
    `<style>\n${STYLE}\n</style>`,
    '</head>',
    '<body>',
    '<main>',
    layoutReport(data).map(renderBlock).join('\n'),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
