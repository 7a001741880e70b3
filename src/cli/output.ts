/**
 * Node-only: how commands print. Human tables on stdout by default; --json
 * and --csv give machine output (CSV neutralises spreadsheet formulas).
 * Colour only when stdout is a terminal and NO_COLOR is not set. Progress
 * goes to stderr, only on a terminal, and only once the work has taken
 * more than about a second.
 */
import { formatCsv, type CsvValue } from '../formats/csv.ts';
import { formatTextTable, type TextColumn } from '../report/format-text-table.ts';
import { UsageError, type OptionSpec, type ParsedCommandLine } from './parse-command-line.ts';

export const OUTPUT_OPTIONS: OptionSpec = { json: { type: 'boolean' }, csv: { type: 'boolean' } };
export const OUTPUT_OPTIONS_HELP = `
Output:
  --json              machine-readable JSON on stdout
  --csv               CSV on stdout (cells that look like formulas are neutralised)`;

export type OutputMode = 'human' | 'json' | 'csv';

export function outputMode(args: ParsedCommandLine): OutputMode {
  if (args.values.json && args.values.csv) throw new UsageError('choose either --json or --csv, not both');
  return args.values.json ? 'json' : args.values.csv ? 'csv' : 'human';
}

export function useColour(stream: NodeJS.WriteStream = process.stdout): boolean {
  return stream.isTTY === true && !('NO_COLOR' in process.env && process.env.NO_COLOR !== '');
}

export const bold = (text: string) => (useColour() ? `\u001b[1m${text}\u001b[22m` : text);

export interface TableColumn<Row> extends TextColumn {
  /** Key in JSON and CSV output. */
  key: string;
  value: (row: Row) => CsvValue;
  /** How the value is shown in the human table (default: String). */
  show?: (row: Row) => string;
}

/** Print rows as a human table, JSON or CSV. `extra` is merged into the JSON object. */
export function printTable<Row>(mode: OutputMode, columns: readonly TableColumn<Row>[], rows: readonly Row[], json?: Record<string, unknown>): void {
  if (mode === 'json') {
    const objects = rows.map((row) => Object.fromEntries(columns.map((c) => [c.key, c.value(row) ?? null])));
    process.stdout.write(`${JSON.stringify(json ? { ...json, rows: objects } : objects, null, 2)}\n`);
  } else if (mode === 'csv') {
    process.stdout.write(formatCsv(columns.map((c) => c.key), rows.map((row) => Object.fromEntries(columns.map((c) => [c.key, c.value(row)])))));
  } else {
    const text = formatTextTable(columns, rows.map((row) => columns.map((c) => (c.show ? c.show(row) : String(c.value(row) ?? '')))));
    const [header, ...rest] = text.split('\n');
    process.stdout.write([bold(header!), ...rest].join('\n'));
  }
}

/** Fixed, readable number formatting for human tables (JSON and CSV keep full precision). */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  if (Number.isInteger(value)) return String(value);
  const abs = Math.abs(value);
  return abs >= 100 ? value.toFixed(1) : abs >= 1 ? value.toFixed(3) : value.toPrecision(3);
}

const startedAt = Date.now();
/** Report a step on stderr if it is a terminal and the command has run for over a second. */
export function progress(step: string): void {
  if (process.stderr.isTTY && Date.now() - startedAt > 1000) process.stderr.write(`vennskap: ${step}…\n`);
}
