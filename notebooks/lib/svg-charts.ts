/**
 * Two small SVG charts for the notebooks, stand-alone markup (no fonts,
 * scripts or external files) so the committed outputs render the same on
 * GitHub, in JupyterLab and in VS Code:
 *
 * - renderBarChart: horizontal bars, one row per label, one bar per series
 *   (ranked lists read best horizontally: long place names fit).
 * - renderColumnChart: vertical columns over ordered categories (a
 *   distribution, a sweep over a parameter).
 *
 * Output is a pure function of the input with fixed rounding, so a rerun
 * gives byte-identical SVG. A report helper is adding src/report/svg-charts.ts;
 * when it lands the notebooks should switch to it and this file should go.
 */
import { escapeHtml } from './display.ts';

export const SERIES_COLOURS = ['#3b6ea8', '#d08c2e', '#5a9e5a', '#a34d6d', '#7a6bb0'];

export interface BarRow {
  label: string;
  /** One value per series. */
  values: number[];
}

export interface BarChartOptions {
  title: string;
  /** Series names (a legend is drawn when there are two or more). */
  series?: string[];
  /** Digits after the decimal point in value labels (default: 0 for integers, else 3). */
  digits?: number;
  /** Width of the plot area in px (default 360). */
  plotWidth?: number;
  /** Caption under the axis, e.g. the unit. */
  axisLabel?: string;
}

const FONT = 'font-family="sans-serif" font-size="11"';
const round = (x: number) => Math.round(x * 10) / 10;
// No font metrics in a pure function: 6.2 px per character at 11 px sans-serif is close enough for layout.
const textWidth = (text: string) => [...text].length * 6.2;

function formatValue(value: number, digits: number | undefined): string {
  if (digits !== undefined) return value.toFixed(digits);
  return Number.isInteger(value) ? String(value) : value.toFixed(3);
}

function legend(series: string[], x: number, y: number): string {
  let offset = x;
  return series
    .map((name, i) => {
      const item = `<rect x="${round(offset)}" y="${y - 9}" width="10" height="10" fill="${SERIES_COLOURS[i % SERIES_COLOURS.length]}"/><text x="${round(offset + 14)}" y="${y}" ${FONT}>${escapeHtml(name)}</text>`;
      offset += 24 + textWidth(name);
      return item;
    })
    .join('');
}

export function renderBarChart(rows: readonly BarRow[], options: BarChartOptions): string {
  const series = options.series ?? ['value'];
  const k = series.length;
  const plotWidth = options.plotWidth ?? 360;
  const barHeight = 12;
  const rowHeight = k * barHeight + 6;
  const labelWidth = Math.ceil(Math.max(40, ...rows.map((r) => textWidth(r.label))) + 8);
  const max = Math.max(0, ...rows.flatMap((r) => r.values));
  const scale = max > 0 ? plotWidth / max : 0;
  const valueRoom = 60;
  const top = k > 1 ? 44 : 28;
  const height = top + rows.length * rowHeight + (options.axisLabel ? 30 : 12);
  const width = labelWidth + plotWidth + valueRoom;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="4" y="16" font-family="sans-serif" font-size="13" font-weight="bold">${escapeHtml(options.title)}</text>`,
  ];
  if (k > 1) parts.push(legend(series, 4, 34));
  rows.forEach((row, r) => {
    const y0 = top + r * rowHeight;
    parts.push(`<text x="${labelWidth - 6}" y="${round(y0 + (k * barHeight) / 2 + 4)}" text-anchor="end" ${FONT}>${escapeHtml(row.label)}</text>`);
    row.values.forEach((value, s) => {
      const y = y0 + s * barHeight;
      const w = Math.max(0, value * scale);
      parts.push(`<rect x="${labelWidth}" y="${y}" width="${round(w)}" height="${barHeight - 2}" fill="${SERIES_COLOURS[s % SERIES_COLOURS.length]}"/>`);
      parts.push(`<text x="${round(labelWidth + w + 4)}" y="${y + barHeight - 3}" ${FONT} fill="#333">${formatValue(value, options.digits)}</text>`);
    });
  });
  const axisY = top + rows.length * rowHeight;
  parts.push(`<line x1="${labelWidth}" y1="${top - 4}" x2="${labelWidth}" y2="${axisY}" stroke="#888"/>`);
  if (options.axisLabel) parts.push(`<text x="${labelWidth}" y="${axisY + 18}" ${FONT} fill="#555">${escapeHtml(options.axisLabel)}</text>`);
  parts.push('</svg>');
  return parts.join('\n');
}

export interface Column {
  label: string;
  value: number;
}

export interface ColumnChartOptions {
  title: string;
  /** Caption under the categories. */
  axisLabel?: string;
  digits?: number;
  /** Plot height in px (default 160). */
  plotHeight?: number;
}

export function renderColumnChart(columns: readonly Column[], options: ColumnChartOptions): string {
  const plotHeight = options.plotHeight ?? 160;
  const columnWidth = Math.max(18, Math.ceil(Math.max(...columns.map((c) => textWidth(c.label)), 0)) + 6);
  const left = 10;
  const top = 40;
  const width = Math.max(left * 2 + columns.length * columnWidth, textWidth(options.title) + 20);
  const height = top + plotHeight + (options.axisLabel ? 44 : 26);
  const max = Math.max(0, ...columns.map((c) => c.value));
  const scale = max > 0 ? plotHeight / max : 0;
  const base = top + plotHeight;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${round(width)}" height="${height}" viewBox="0 0 ${round(width)} ${height}">`,
    `<rect width="${round(width)}" height="${height}" fill="#ffffff"/>`,
    `<text x="4" y="16" font-family="sans-serif" font-size="13" font-weight="bold">${escapeHtml(options.title)}</text>`,
  ];
  columns.forEach((c, i) => {
    const x = left + i * columnWidth;
    const h = Math.max(0, c.value * scale);
    parts.push(`<rect x="${x + 2}" y="${round(base - h)}" width="${columnWidth - 4}" height="${round(h)}" fill="${SERIES_COLOURS[0]}"/>`);
    parts.push(`<text x="${round(x + columnWidth / 2)}" y="${round(base - h - 3)}" text-anchor="middle" ${FONT} fill="#333">${formatValue(c.value, options.digits)}</text>`);
    parts.push(`<text x="${round(x + columnWidth / 2)}" y="${base + 14}" text-anchor="middle" ${FONT}>${escapeHtml(c.label)}</text>`);
  });
  parts.push(`<line x1="${left}" y1="${base}" x2="${left + columns.length * columnWidth}" y2="${base}" stroke="#888"/>`);
  if (options.axisLabel) parts.push(`<text x="${left}" y="${base + 32}" ${FONT} fill="#555">${escapeHtml(options.axisLabel)}</text>`);
  parts.push('</svg>');
  return parts.join('\n');
}
