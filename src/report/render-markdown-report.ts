/**
 * The cluster report as Markdown (GitHub-flavoured): for reading in a
 * repository, an e-mail or a notes app. Charts cannot travel inside
 * Markdown reliably (GitHub strips inline SVG), so each chart appears as
 * its table of numbers, with a pointer to the HTML report. Pure.
 */
import { escapeMarkdown } from './escape-text.ts';
import { layoutReport } from './layout-report.ts';
import type { Block, Inline, TableBlock } from './report-blocks.ts';
import type { NetworkReportData, ReportData } from './report-data.ts';

/** A code span; a backtick cannot be escaped inside one, and `|` must be, even there, inside a table. */
const codeSpan = (text: string, inTable: boolean) => {
  const clean = text.replace(/`/g, "'").replace(/[\r\n]+/g, ' ');
  return clean === '' ? '' : `\`${inTable ? clean.replace(/\|/g, '\\|') : clean}\``;
};

function inline(content: readonly Inline[]): string {
  return content
    .map((part) => {
      if (typeof part === 'string') return escapeMarkdown(part);
      // A code span cannot escape a backtick; commands never contain one, data might.
      if ('code' in part) return codeSpan(part.code, false);
      if ('strong' in part) return `**${escapeMarkdown(part.strong)}**`;
      // In-page links target the HTML report's ids; Markdown renderers make their own.
      return escapeMarkdown(part.text);
    })
    .join('');
}

function renderTable(t: TableBlock): string {
  const lines: string[] = [];
  if (t.caption !== undefined) lines.push(`**${escapeMarkdown(t.caption)}**`, '');
  const cell = (text: string, i: number) => (t.columns[i]?.code ? codeSpan(text, true) : escapeMarkdown(text));
  lines.push(`| ${t.columns.map((c) => escapeMarkdown(c.header)).join(' | ')} |`);
  lines.push(`|${t.columns.map((c) => (c.align === 'right' ? ' ---: ' : ' --- ')).join('|')}|`);
  for (const row of t.rows) lines.push(`| ${t.columns.map((_, i) => cell(row[i] ?? '', i)).join(' | ')} |`);
  for (const note of t.notes) lines.push('', inline(note));
  return lines.join('\n');
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${escapeMarkdown(block.text)}`;
    case 'paragraph':
      return inline(block.content);
    case 'list':
      return block.items.map((item) => `- ${inline(item)}`).join('\n');
    case 'table':
      return renderTable(block);
    case 'figure':
      return [`**${escapeMarkdown(block.caption)}** (chart in the HTML report; its numbers:)`, '', renderTable(block.data)].join('\n');
  }
}

export function renderMarkdownReport(data: ReportData | NetworkReportData): string {
  return `${layoutReport(data).map(renderBlock).join('\n\n')}\n`;
}
