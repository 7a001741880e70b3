/**
 * Rich outputs for the Deno Jupyter kernel: tables as HTML (with a Markdown
 * text/plain twin, so a diff of a committed notebook stays readable) and
 * SVG passed through. An object with a `Symbol.for('Jupyter.display')`
 * method is what the kernel knows how to show; `show()` sends it.
 *
 * Charts come from src/report/ (the report's own SVG charts).
 *
 * Numbers are printed with fixed digits: a notebook is committed with its
 * outputs, and 0.30000000000000004 in a table is noise, not information.
 */
import { escapeHtml } from '../../src/report/index.ts';

/** The MIME bundle a Jupyter front end renders. */
export type MimeBundle = Record<string, string>;

export interface Displayable {
  [key: symbol]: () => MimeBundle;
}

const DISPLAY = Symbol.for('Jupyter.display');

export function displayable(bundle: MimeBundle): Displayable {
  return { [DISPLAY]: () => bundle };
}

/**
 * Display every item now, in order. Always use this rather than leaving a
 * displayable as a cell's last expression: the Deno kernel (2.x) can report
 * a cell idle before its output has left the kernel, and Jupyter then drops
 * the output. Measured on a loaded 2-core machine: a last-expression result
 * was lost in 12 of 90 cells, an awaited display in 1 of 90, and an awaited
 * display followed by a short pause (which lets the kernel's event loop
 * flush the message) in 0 of 90. Drops still happen now and then under load,
 * so each code cell shows exactly one output: the runner then sees a drop as
 * an empty cell and reruns the notebook.
 */
const FLUSH_PAUSE_MS = 50;

export async function show(...items: Displayable[]): Promise<void> {
  // Deno.jupyter exists only inside the kernel; outside it (e.g. `deno check`) this is never called.
  const jupyter = (Deno as unknown as { jupyter: { display(item: unknown): Promise<void> } }).jupyter;
  for (const item of items) {
    await jupyter.display(item);
    await new Promise((resolve) => setTimeout(resolve, FLUSH_PAUSE_MS));
  }
}

export type Cell = string | number | boolean | null | undefined;

export interface Column<T> {
  header: string;
  value: (row: T) => Cell;
  /** Digits after the decimal point for non-integer numbers (default 3). */
  digits?: number;
  /** Default: right for numbers, left otherwise. */
  align?: 'left' | 'right';
}

export interface TableOptions {
  caption?: string;
  /** Show at most this many rows, then a "… N more" line (default: all). */
  limit?: number;
}

export function formatCell(value: Cell, digits = 3): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'n/a';
    return Number.isInteger(value) ? String(value) : value.toFixed(digits);
  }
  return String(value);
}

const escapeMarkdownCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** A table of rows, one column per accessor. */
export function table<T>(rows: readonly T[], columns: readonly Column<T>[], options: TableOptions = {}): Displayable {
  const limit = options.limit ?? rows.length;
  const shown = rows.slice(0, limit);
  const cells = shown.map((row) => columns.map((c) => formatCell(c.value(row), c.digits)));
  const right = columns.map((c) => {
    if (c.align !== undefined) return c.align === 'right';
    const values = shown.map(c.value).filter((v) => v !== null && v !== undefined && v !== '');
    return values.length > 0 && values.every((v) => typeof v === 'number');
  });
  const more = rows.length > limit ? `… ${rows.length - limit} more rows` : '';

  const style = (i: number) => (right[i] ? ' style="text-align:right"' : '');
  const html = [
    '<table>',
    options.caption ? `<caption>${escapeHtml(options.caption)}</caption>` : '',
    `<thead><tr>${columns.map((c, i) => `<th${style(i)}>${escapeHtml(c.header)}</th>`).join('')}</tr></thead>`,
    '<tbody>',
    ...cells.map((row) => `<tr>${row.map((cell, i) => `<td${style(i)}>${escapeHtml(cell)}</td>`).join('')}</tr>`),
    '</tbody>',
    '</table>',
    more ? `<p><em>${escapeHtml(more)}</em></p>` : '',
  ].filter(Boolean).join('\n');

  const md = [
    options.caption ? `**${escapeMarkdownCell(options.caption)}**\n` : '',
    `| ${columns.map((c) => escapeMarkdownCell(c.header)).join(' | ')} |`,
    `|${columns.map((_, i) => (right[i] ? ' ---: ' : ' --- ')).join('|')}|`,
    ...cells.map((row) => `| ${row.map(escapeMarkdownCell).join(' | ')} |`),
    more ? `\n_${more}_` : '',
  ].filter(Boolean).join('\n');

  return displayable({ 'text/html': html, 'text/plain': md });
}

/** An SVG string as an output (text/plain names it, for diffs and terminals). */
export const svg = (markup: string, title = 'chart'): Displayable => displayable({ 'image/svg+xml': markup, 'text/plain': `[SVG: ${title}]` });
