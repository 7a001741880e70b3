/**
 * Small SVG charts for the report and the notebooks: a histogram, a
 * horizontal bar chart and horizontal stacked bars. Each returns one
 * standalone `<svg>` element as a string: no scripts, no styles outside the
 * element, every text escaped, a `<title>` (and `<desc>`) for screen readers
 * and a `<title>` tooltip on every bar. Output is deterministic: coordinates
 * are rounded to two decimals with toFixed, colours come from the fixed
 * colour-blind-friendly community palette.
 *
 * Text widths are estimated (0.6 em per character) rather than measured:
 * there is no layout engine in Node, and an estimate keeps the output the
 * same everywhere. Long labels are shortened with "…"; the full text stays
 * in the tooltip.
 */
import { COMMUNITY_PALETTE, hexToRgb } from '../formats/community-palette.ts';
import { escapeHtml } from './escape-text.ts';
import { formatCompact } from './format-figures.ts';

export interface ChartCommon {
  title: string;
  /** Longer description for screen readers (`<desc>`). */
  description?: string;
  /** Prefix for element ids; must be unique in the page that embeds the chart. */
  id?: string;
  width?: number;
}

export interface HistogramBin {
  label: string;
  count: number;
  /** Tooltip; defaults to "label: count". */
  title?: string;
}

export interface HistogramOptions extends ChartCommon {
  xLabel: string;
  yLabel: string;
  bins: readonly HistogramBin[];
  height?: number;
  color?: string;
}

export interface BarDatum {
  label: string;
  value: number;
  title?: string;
}

export interface BarChartOptions extends ChartCommon {
  xLabel: string;
  bars: readonly BarDatum[];
  color?: string;
}

export interface StackedSegment {
  label: string;
  value: number;
  title?: string;
}

export interface StackedBar {
  label: string;
  segments: readonly StackedSegment[];
}

export interface StackedBarChartOptions extends ChartCommon {
  xLabel: string;
  bars: readonly StackedBar[];
  palette?: readonly string[];
}

const FONT_SIZE = 11;
const CHAR_WIDTH = FONT_SIZE * 0.6;
const TEXT = '#222222';
const AXIS = '#555555';
const GRID = '#dddddd';

/** Coordinates with at most two decimals, no "-0". */
const n = (value: number) => formatCompact(Math.round(value * 100) / 100 + 0, 2);

const textWidth = (text: string) => [...text].length * CHAR_WIDTH;

function shorten(text: string, maxWidth: number): string {
  const chars = [...text];
  // The epsilon keeps a label exactly as wide as its column from losing a character to rounding (12 × 6.6 / 6.6 < 12).
  const fit = Math.max(1, Math.floor(maxWidth / CHAR_WIDTH + 1e-9));
  return chars.length <= fit ? text : `${chars.slice(0, Math.max(1, fit - 1)).join('')}…`;
}

function slug(text: string): string {
  const s = text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return s === '' ? 'chart' : s;
}

/** Round steps (1, 2, 5 × 10^k) covering 0..max with about `target` ticks. */
export function niceTicks(max: number, target = 5, integer = true): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / target;
  const power = 10 ** Math.floor(Math.log10(raw));
  let step = ([1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power);
  if (integer) step = Math.max(1, Math.round(step));
  const ticks: number[] = [];
  const count = Math.ceil(max / step - 1e-9);
  for (let i = 0; i <= count; i++) ticks.push(Math.round(i * step * 1e9) / 1e9);
  return ticks;
}

/** Black or white, whichever reads better on `fill` (WCAG relative luminance). */
export function textColourOn(fill: string): string {
  const { r, g, b } = hexToRgb(fill);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  // Contrast against black (L + 0.05) / 0.05 vs white 1.05 / (L + 0.05): equal at L ≈ 0.179.
  return luminance > 0.179 ? '#000000' : '#ffffff';
}

function open(options: ChartCommon, width: number, height: number): string {
  const id = options.id ?? slug(options.title);
  const description = options.description ?? options.title;
  const head =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n(width)} ${n(height)}" width="${n(width)}" height="${n(height)}" ` +
    `role="img" aria-labelledby="${escapeHtml(id)}-title ${escapeHtml(id)}-desc" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" font-size="${FONT_SIZE}" fill="${TEXT}">` +
    `<title id="${escapeHtml(id)}-title">${escapeHtml(options.title)}</title>` +
    `<desc id="${escapeHtml(id)}-desc">${escapeHtml(description)}</desc>` +
    `<text x="${n(width / 2)}" y="16" text-anchor="middle" font-size="13" font-weight="bold">${escapeHtml(options.title)}</text>`;
  return head;
}

function text(x: number, y: number, content: string, attributes = ''): string {
  return `<text x="${n(x)}" y="${n(y)}"${attributes ? ` ${attributes}` : ''}>${escapeHtml(content)}</text>`;
}

function checkValues(caller: string, values: readonly number[]) {
  for (const v of values) if (!Number.isFinite(v) || v < 0) throw new Error(`${caller}: values must be finite and non-negative, got ${v}`);
}

/** Vertical bars over ordered bins (e.g. degree 1, 2, 3…), with a count axis. */
export function renderHistogram(options: HistogramOptions): string {
  checkValues('renderHistogram', options.bins.map((b) => b.count));
  const width = options.width ?? 640;
  const height = options.height ?? 300;
  const head = open(options, width, height);
  const ticks = niceTicks(Math.max(0, ...options.bins.map((b) => b.count)));
  const top = ticks[ticks.length - 1]!;
  const left = 16 + Math.max(...ticks.map((t) => textWidth(formatCompact(t)))) + 20;
  const plot = { x: left, y: 30, w: width - left - 16, h: height - 30 - 52 };
  const parts: string[] = [head];
  const yOf = (v: number) => plot.y + plot.h - (v / top) * plot.h;
  for (const t of ticks) {
    parts.push(`<line x1="${n(plot.x)}" x2="${n(plot.x + plot.w)}" y1="${n(yOf(t))}" y2="${n(yOf(t))}" stroke="${t === 0 ? AXIS : GRID}"/>`);
    parts.push(text(plot.x - 5, yOf(t) + 4, formatCompact(t), 'text-anchor="end"'));
  }
  const count = options.bins.length;
  const band = count > 0 ? plot.w / count : plot.w;
  const widest = Math.max(0, ...options.bins.map((b) => textWidth(b.label)));
  const every = Math.max(1, Math.ceil((widest + 6) / band));
  const color = options.color ?? COMMUNITY_PALETTE[4]!;
  options.bins.forEach((bin, i) => {
    const x = plot.x + i * band;
    const barWidth = Math.max(1, band * 0.9);
    const tip = bin.title ?? `${bin.label}: ${bin.count}`;
    parts.push(
      `<rect x="${n(x + (band - barWidth) / 2)}" y="${n(yOf(bin.count))}" width="${n(barWidth)}" height="${n(plot.y + plot.h - yOf(bin.count))}" fill="${color}"><title>${escapeHtml(tip)}</title></rect>`,
    );
    if (i % every === 0) parts.push(text(x + band / 2, plot.y + plot.h + 14, bin.label, 'text-anchor="middle"'));
  });
  parts.push(text(plot.x + plot.w / 2, height - 10, options.xLabel, 'text-anchor="middle"'));
  parts.push(text(14, plot.y + plot.h / 2, options.yLabel, `text-anchor="middle" transform="rotate(-90 14 ${n(plot.y + plot.h / 2)})"`));
  parts.push('</svg>');
  return parts.join('');
}

const ROW = 20;
const MAX_LABEL_WIDTH = 190;

function labelColumnWidth(labels: readonly string[]): number {
  return Math.min(MAX_LABEL_WIDTH, Math.max(40, ...labels.map(textWidth))) + 12;
}

function valueAxis(parts: string[], plot: { x: number; y: number; w: number; h: number }, ticks: number[], xLabel: string, bottom: number) {
  const top = ticks[ticks.length - 1]!;
  for (const t of ticks) {
    const x = plot.x + (t / top) * plot.w;
    parts.push(`<line x1="${n(x)}" x2="${n(x)}" y1="${n(plot.y)}" y2="${n(plot.y + plot.h)}" stroke="${t === 0 ? AXIS : GRID}"/>`);
    parts.push(text(x, plot.y + plot.h + 14, formatCompact(t), 'text-anchor="middle"'));
  }
  parts.push(text(plot.x + plot.w / 2, bottom - 8, xLabel, 'text-anchor="middle"'));
}

/** One horizontal bar per datum, in the given order, with the value at the end of the bar. */
export function renderBarChart(options: BarChartOptions): string {
  checkValues('renderBarChart', options.bars.map((b) => b.value));
  const width = options.width ?? 640;
  const labelWidth = labelColumnWidth(options.bars.map((b) => b.label));
  const valueWidth = Math.max(0, ...options.bars.map((b) => textWidth(formatCompact(b.value)))) + 8;
  const plot = { x: labelWidth, y: 28, w: width - labelWidth - valueWidth - 12, h: Math.max(1, options.bars.length) * ROW };
  const height = plot.y + plot.h + 44;
  const head = open(options, width, height);
  const parts: string[] = [head];
  const ticks = niceTicks(Math.max(0, ...options.bars.map((b) => b.value)), 5, options.bars.every((b) => Number.isInteger(b.value)));
  valueAxis(parts, plot, ticks, options.xLabel, height);
  const top = ticks[ticks.length - 1]!;
  const color = options.color ?? COMMUNITY_PALETTE[4]!;
  options.bars.forEach((bar, i) => {
    const y = plot.y + i * ROW;
    const w = (bar.value / top) * plot.w;
    const tip = bar.title ?? `${bar.label}: ${formatCompact(bar.value)}`;
    parts.push(text(plot.x - 6, y + ROW / 2 + 4, shorten(bar.label, labelWidth - 12), 'text-anchor="end"'));
    parts.push(`<rect x="${n(plot.x)}" y="${n(y + 3)}" width="${n(w)}" height="${n(ROW - 6)}" fill="${color}"><title>${escapeHtml(tip)}</title></rect>`);
    parts.push(text(plot.x + w + 4, y + ROW / 2 + 4, formatCompact(bar.value)));
  });
  parts.push('</svg>');
  return parts.join('');
}

/**
 * One horizontal bar per item, split into segments (e.g. a cluster's
 * countries). Segments take palette colours in order within each bar; a
 * segment wide enough for its label carries it, every segment has a tooltip.
 */
export function renderStackedBarChart(options: StackedBarChartOptions): string {
  checkValues('renderStackedBarChart', options.bars.flatMap((b) => b.segments.map((s) => s.value)));
  const width = options.width ?? 640;
  const palette = options.palette ?? COMMUNITY_PALETTE;
  if (palette.length === 0) throw new Error('renderStackedBarChart: palette is empty');
  const totals = options.bars.map((b) => b.segments.reduce((s, x) => s + x.value, 0));
  const labelWidth = labelColumnWidth(options.bars.map((b) => b.label));
  const valueWidth = Math.max(0, ...totals.map((t) => textWidth(formatCompact(t)))) + 8;
  const plot = { x: labelWidth, y: 28, w: width - labelWidth - valueWidth - 12, h: Math.max(1, options.bars.length) * (ROW + 4) };
  const height = plot.y + plot.h + 44;
  const head = open(options, width, height);
  const parts: string[] = [head];
  const ticks = niceTicks(Math.max(0, ...totals), 5, options.bars.every((b) => b.segments.every((s) => Number.isInteger(s.value))));
  valueAxis(parts, plot, ticks, options.xLabel, height);
  const top = ticks[ticks.length - 1]!;
  options.bars.forEach((bar, i) => {
    const y = plot.y + i * (ROW + 4);
    parts.push(text(plot.x - 6, y + ROW / 2 + 6, shorten(bar.label, labelWidth - 12), 'text-anchor="end"'));
    let x = plot.x;
    bar.segments.forEach((segment, k) => {
      const w = (segment.value / top) * plot.w;
      const fill = palette[k % palette.length]!;
      const tip = segment.title ?? `${bar.label} — ${segment.label}: ${formatCompact(segment.value)}`;
      parts.push(
        `<rect x="${n(x)}" y="${n(y + 2)}" width="${n(w)}" height="${n(ROW)}" fill="${fill}" stroke="#ffffff" stroke-width="0.5"><title>${escapeHtml(tip)}</title></rect>`,
      );
      if (w >= textWidth(segment.label) + 6) {
        parts.push(text(x + w / 2, y + ROW / 2 + 6, segment.label, `text-anchor="middle" fill="${textColourOn(fill)}" pointer-events="none"`));
      }
      x += w;
    });
    parts.push(text(x + 4, y + ROW / 2 + 6, formatCompact(totals[i]!)));
  });
  parts.push('</svg>');
  return parts.join('');
}
