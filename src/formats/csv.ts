/**
 * RFC 4180 CSV: parsing with line numbers for error messages, and writing
 * with spreadsheet-formula neutralisation. Browser-safe, no dependencies:
 * the job is small, and we need exact control over line numbers and quoting.
 */

import { InputError } from './input-error.ts';
import { nodeRecord } from './node-keyed.ts';

/** Malformed CSV: names the file and the line. */
export class CsvError extends InputError {
  constructor(file: string, line: number, reason: string) {
    super(file, line, reason);
    this.name = 'CsvError';
  }
}

export interface CsvRecord {
  /** 1-based line on which the record starts. */
  line: number;
  fields: string[];
}

/**
 * Split CSV text into records. Quoted fields may contain the delimiter,
 * doubled quotes and newlines. Throws CsvError naming the line of an
 * unterminated quote or a stray quote inside an unquoted field.
 */
export function parseCsvRecords(text: string, options: { file?: string; delimiter?: string } = {}): CsvRecord[] {
  const file = options.file ?? '<csv>';
  const delimiter = options.delimiter ?? ',';
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const n = text.length;
  if (text.charCodeAt(0) === 0xfeff) i = 1; // byte-order mark
  let atFieldStart = true;
  let quoted = false;
  let quoteLine = 0;
  while (i < n) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        const next = text[i];
        if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') {
          throw new CsvError(file, line, `expected ${JSON.stringify(delimiter)} or end of line after a closing quote`);
        }
        continue;
      }
      if (c === '\n') line++;
      field += c;
      i++;
      continue;
    }
    if (c === '"' && atFieldStart) {
      quoted = true;
      quoteLine = line;
      atFieldStart = false;
      i++;
      continue;
    }
    if (c === '"') {
      throw new CsvError(file, line, 'a quote inside an unquoted field (quote the whole field and double inner quotes)');
    }
    if (c === delimiter) {
      fields.push(field);
      field = '';
      atFieldStart = true;
      i++;
      continue;
    }
    if (c === '\r' || c === '\n') {
      fields.push(field);
      records.push({ line: recordLine, fields });
      fields = [];
      field = '';
      atFieldStart = true;
      if (c === '\r' && text[i + 1] === '\n') i++;
      i++;
      line++;
      recordLine = line;
      continue;
    }
    field += c;
    atFieldStart = false;
    i++;
  }
  if (quoted) throw new CsvError(file, quoteLine, 'a quoted field is never closed');
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    records.push({ line: recordLine, fields });
  }
  // A blank line is an empty record with one empty field: drop it.
  return records.filter((r) => !(r.fields.length === 1 && r.fields[0] === ''));
}

export interface CsvTable {
  header: string[];
  rows: { line: number; values: Record<string, string> }[];
}

/**
 * Parse CSV with a header row into objects. Every row must have as many
 * fields as the header; `required` columns must be present in the header.
 */
export function parseCsvTable(
  text: string,
  options: { file?: string; delimiter?: string; required?: readonly string[] } = {},
): CsvTable {
  const file = options.file ?? '<csv>';
  const records = parseCsvRecords(text, options);
  const first = records[0];
  if (!first) throw new CsvError(file, 1, 'expected a header row, found an empty file');
  const header = first.fields.map((h) => h.trim());
  for (const column of options.required ?? []) {
    if (!header.includes(column)) {
      throw new CsvError(file, first.line, `expected a column named "${column}" in the header (found: ${header.join(', ')})`);
    }
  }
  const rows = records.slice(1).map((record) => {
    if (record.fields.length !== header.length) {
      throw new CsvError(file, record.line, `expected ${header.length} fields as in the header, found ${record.fields.length}`);
    }
    const values: Record<string, string> = nodeRecord();
    header.forEach((h, k) => (values[h] = record.fields[k]!));
    return { line: record.line, values };
  });
  return { header, rows };
}

/**
 * Neutralise spreadsheet formula injection (OWASP): a cell starting with
 * =, +, -, @, tab or carriage return gets a leading apostrophe. Plain
 * negative numbers such as "-3.5" are left alone so numeric columns stay numeric.
 */
export function neutraliseFormula(cell: string): string {
  if (/^[=+\-@\t\r]/.test(cell) && !/^-\d+(\.\d+)?(e[+-]?\d+)?$/i.test(cell)) return `'${cell}`;
  return cell;
}

function quoteCell(cell: string, delimiter: string): string {
  if (cell.includes('"') || cell.includes(delimiter) || cell.includes('\n') || cell.includes('\r')) {
    return `"${cell.replace(/"/g, '""')}"`;
  }
  return cell;
}

export type CsvValue = string | number | boolean | null | undefined;

/** Format a value for a cell: numbers in plain notation, missing values empty. */
export function formatCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return String(value);
}

/** Write rows as CSV with a header, LF line endings and a final newline. */
export function formatCsv(
  columns: readonly string[],
  rows: readonly Record<string, CsvValue>[],
  options: { delimiter?: string } = {},
): string {
  const delimiter = options.delimiter ?? ',';
  const line = (cells: string[]) => cells.map((c) => quoteCell(neutraliseFormula(c), delimiter)).join(delimiter);
  const out = [line([...columns])];
  for (const row of rows) out.push(line(columns.map((c) => formatCell(row[c]))));
  return out.join('\n') + '\n';
}
