/**
 * NODE-ONLY (uses node:fs and node:buffer; never import it from the
 * viewer). Read a CSV or TSV edge list of any size from a file into compact
 * arrays: a Map from node id to index, Int32Array sources and targets, a
 * Float64Array of weights and the line number of every row, grown by
 * doubling. Every --input edge list takes this path, whatever its size, so
 * results never depend on the file's size.
 *
 * Same rules and errors as read-edge-list.ts (header with source and target
 * in any case, optional weight, delimiter detected from the header, ids
 * trimmed, empty lines skipped, errors name file:line). Other columns are
 * kept as text per row only when `keepColumns` is set (the commands that
 * write or report edge attributes); otherwise they are listed in
 * `ignoredColumns`. Duplicate pairs stay separate rows here;
 * src/graph/edge-list-network.ts merges them and says so.
 *
 * Hand-written over bytes: the file is read in 4 MB chunks into a Buffer
 * and lines and fields are found by byte search, so no line is ever a
 * string; only each field that is a node id is decoded (and kept once per
 * distinct node). On the 1M-node / 5M-edge bench file this took the read
 * from ~9 s (string chunks split into line strings) to ~3 s. A line holding
 * a quote goes through parseCsvRecords as text (joined with the following
 * lines while a quoted field is still open, since it may hold a newline).
 */
import { Buffer, isUtf8 } from 'node:buffer';
import { closeSync, openSync, readSync } from 'node:fs';
import { CsvError, parseCsvRecords } from '../formats/csv.ts';
import { detectUtf16, firstInvalidUtf8, notUtf8Error, utf16Error } from '../formats/decode-text.ts';
import { InputError } from '../formats/input-error.ts';
import { NameNormaliser } from '../formats/normalise-names.ts';
import { detectDelimiter, type Delimiter } from '../formats/read-edge-list.ts';
import type { EdgeListRows } from '../graph/edge-list-network.ts';
import { resolveOptions } from '../options/resolve-options.ts';
import { NodeIdTable } from './node-id-table.ts';

/** The rows as read, before merging (see src/graph/edge-list-network.ts). */
export type EdgeListArrays = EdgeListRows;

export interface ReadEdgeListStreamOptions {
  /** Name used in error messages (defaults to the path). */
  file: string | undefined;
  /** Force a delimiter instead of detecting it from the header line. */
  delimiter: Delimiter | undefined;
  /** Node ids known before the edges (a node table's, in its order): they take the first indices. */
  knownNodes: readonly string[];
  /** Keep the cells of columns other than source, target and weight. */
  keepColumns: boolean;
}

const DEFAULTS: ReadEdgeListStreamOptions = { file: undefined, delimiter: undefined, knownNodes: [], keepColumns: false };

const INITIAL_CAPACITY = 1 << 16;
const CHUNK_BYTES = 4 << 20;
const NEWLINE = 10;
const RETURN = 13;
const QUOTE = 34;
const SPACE = 32;
const TAB = 9;

export async function readEdgeListStream(path: string, options?: Partial<ReadEdgeListStreamOptions>): Promise<EdgeListArrays> {
  const o = resolveOptions('readEdgeListStream', DEFAULTS, options);
  return readEdgeListFile(path, o);
}

function readEdgeListFile(path: string, o: ReadEdgeListStreamOptions): EdgeListArrays {
  const file = o.file ?? path;
  const ids = new NodeIdTable();
  for (const id of o.knownNodes) ids.indexOfString(id);

  // Unicode: ids are NFC (normalise-names.ts), so two spellings of "é" are one
  // node. A table entry is one spelling as bytes; a spelling that is not NFC
  // is an alias of its NFC form's entry, and the entries are renumbered into
  // nodes at the end when any alias exists. Only new non-ASCII spellings are
  // normalised, so ASCII ids cost two comparisons.
  const names = new NameNormaliser(file, { trackAscii: false });
  const aliasOf = new Map<number, number>();
  // NFC forms entered for another spelling, not yet seen as written themselves.
  const notYetWritten = new Set<number>();
  let checked = ids.size;
  const node = (i: number, line: number): number => {
    if (i < 0) return i;
    if (i >= checked) {
      checked = ids.size;
      const key = ids.keys[i]!;
      if (!/[^\u0000-\u007f]/.test(key)) return i;
      const nfc = names.id(key, line);
      if (nfc === key) return i;
      const j = ids.indexOfString(nfc);
      if (j >= checked) {
        checked = ids.size;
        notYetWritten.add(j);
      }
      aliasOf.set(i, j);
      return j;
    }
    if (aliasOf.size > 0) {
      const j = aliasOf.get(i);
      if (j !== undefined) return j;
    }
    if (notYetWritten.size > 0 && notYetWritten.delete(i)) names.id(ids.keys[i]!, line);
    return i;
  };
  let capacity = INITIAL_CAPACITY;
  let sources = new Int32Array(capacity);
  let targets = new Int32Array(capacity);
  let weights = new Float64Array(capacity);
  let lines = new Int32Array(capacity);
  let edgeCount = 0;

  let header: string[] | undefined;
  let delimiter: Delimiter = o.delimiter ?? ',';
  let delimiterByte = delimiter.charCodeAt(0);
  let sourceAt = -1;
  let targetAt = -1;
  let weightAt = -1;
  let weightName = 'weight';
  let otherAt: number[] = [];
  let ignoredColumns: string[] = [];
  let columnCells: string[][] | null = null;
  let lineNumber = 0;
  // An open quoted field: the text so far and the line it started on.
  let pending: { text: string; line: number } | undefined;

  /** A row's edge; source and target are node indices, or -1 for an empty cell. */
  const addEdge = (source: number, target: number, weightCell: string | undefined, line: number) => {
    if (source < 0 || target < 0) {
      throw new InputError(file, line, `expected a ${source < 0 ? 'source' : 'target'} node id, found an empty cell`);
    }
    let weight = 1;
    if (weightCell !== undefined) {
      const cell = weightCell.trim();
      if (cell !== '') {
        weight = Number(cell);
        if (!Number.isFinite(weight)) throw new InputError(file, line, `expected a number in the "${weightName}" column, found ${JSON.stringify(cell)}`);
      }
    }
    if (edgeCount === capacity) {
      capacity *= 2;
      sources = grow(sources, new Int32Array(capacity));
      targets = grow(targets, new Int32Array(capacity));
      weights = grow(weights, new Float64Array(capacity));
      lines = grow(lines, new Int32Array(capacity));
    }
    sources[edgeCount] = source;
    targets[edgeCount] = target;
    weights[edgeCount] = weight;
    lines[edgeCount] = line;
    edgeCount++;
  };

  const setHeader = (fields: string[], line: number) => {
    header = fields.map((h) => h.trim());
    const lower = header.map((h) => h.toLowerCase());
    lower.forEach((h, k) => {
      if (lower.indexOf(h) !== k) throw new InputError(file, line, `the header names the column "${header![k]}" twice`);
    });
    sourceAt = lower.indexOf('source');
    targetAt = lower.indexOf('target');
    weightAt = lower.indexOf('weight');
    for (const [name, at] of [['source', sourceAt], ['target', targetAt]] as const) {
      if (at < 0) throw new InputError(file, line, `expected a column named "${name}" in the header (found: ${header.join(', ')})`);
    }
    if (weightAt >= 0) weightName = header[weightAt]!;
    otherAt = header.map((_h, k) => k).filter((k) => k !== sourceAt && k !== targetAt && k !== weightAt);
    ignoredColumns = otherAt.map((k) => header![k]!);
    if (o.keepColumns) columnCells = otherAt.map(() => []);
  };

  /** A row already split into fields (the header, or a line with quotes). */
  const addFields = (fields: string[], line: number) => {
    if (header === undefined) return setHeader(fields, line);
    if (fields.length !== header.length) {
      throw new CsvError(file, line, `expected ${header.length} fields as in the header, found ${fields.length}`);
    }
    const stringId = (cell: string) => {
      const id = cell.trim();
      return id === '' ? -1 : node(ids.indexOfString(id), line);
    };
    addEdge(stringId(fields[sourceAt]!), stringId(fields[targetAt]!), weightAt >= 0 ? fields[weightAt]! : undefined, line);
    if (columnCells) otherAt.forEach((k, c) => columnCells![c]!.push(fields[k]!));
  };

  const addQuoted = (text: string, firstLine: number) => {
    let records;
    try {
      records = parseCsvRecords(text, { file, delimiter });
    } catch (error) {
      // parseCsvRecords counts lines from 1 within this snippet.
      if (error instanceof CsvError && error.line !== undefined) throw new CsvError(file, error.line + firstLine - 1, error.reason);
      throw error;
    }
    for (const record of records) addFields(record.fields, record.line + firstLine - 1);
  };

  // Field bounds of the current line, reused for every line.
  const fieldStart: number[] = [];
  const fieldEnd: number[] = [];

  // Field k of the current line (bounds in fieldStart/fieldEnd), and the node index of an id field.
  const field = (buffer: Buffer, k: number) => buffer.toString('utf8', fieldStart[k]!, fieldEnd[k]!);
  const id = (buffer: Buffer, k: number) => {
    let s = fieldStart[k]!;
    let e = fieldEnd[k]!;
    while (s < e && (buffer[s] === SPACE || buffer[s] === TAB)) s++;
    while (e > s && (buffer[e - 1] === SPACE || buffer[e - 1] === TAB)) e--;
    if (s === e) return -1;
    // Other white space String.prototype.trim removes (as read-edge-list.ts does) can only
    // start or end with these bytes; such ids go through the string path.
    const first = buffer[s]!;
    const last = buffer[e - 1]!;
    if (first >= 0x80 || last >= 0x80 || (first >= 10 && first <= 13) || (last >= 10 && last <= 13)) {
      const text = buffer.toString('utf8', s, e).trim();
      return text === '' ? -1 : node(ids.indexOfString(text), lineNumber);
    }
    return node(ids.indexOf(buffer, s, e), lineNumber);
  };

  /** One line of bytes [start, end) (without its line break). */
  const handleLine = (buffer: Buffer, start: number, end: number) => {
    lineNumber++;
    if (lineNumber === 1 && end - start >= 3 && buffer[start] === 0xef && buffer[start + 1] === 0xbb && buffer[start + 2] === 0xbf) start += 3;
    if (pending !== undefined) {
      pending.text += '\n' + buffer.toString('utf8', start, end);
      if (countQuotes(pending.text) % 2 === 0) {
        const { text, line: first } = pending;
        pending = undefined;
        addQuoted(text, first);
      }
      return;
    }
    if (start === end) return;
    // One pass over the bytes: field bounds, and whether the line holds a quote.
    let count = 0;
    let from = start;
    let quoted = false;
    for (let p = start; p < end; p++) {
      const b = buffer[p]!;
      if (b === delimiterByte) {
        fieldStart[count] = from;
        fieldEnd[count++] = p;
        from = p + 1;
      } else if (b === QUOTE) {
        quoted = true;
        break;
      }
    }
    if (header === undefined || quoted) {
      const text = buffer.toString('utf8', start, end);
      if (header === undefined && o.delimiter === undefined) {
        delimiter = detectDelimiter(text);
        delimiterByte = delimiter.charCodeAt(0);
      }
      if (text.includes('"')) {
        if (countQuotes(text) % 2 === 1) pending = { text, line: lineNumber };
        else addQuoted(text, lineNumber);
      } else {
        addFields(text.split(delimiter), lineNumber);
      }
      return;
    }
    // The common case: split on the delimiter byte, decode only the fields used.
    fieldStart[count] = from;
    fieldEnd[count++] = end;
    if (count !== header.length) throw new CsvError(file, lineNumber, `expected ${header.length} fields as in the header, found ${count}`);
    addEdge(id(buffer, sourceAt), id(buffer, targetAt), weightAt >= 0 ? field(buffer, weightAt) : undefined, lineNumber);
    if (columnCells) otherAt.forEach((k, c) => columnCells![c]!.push(field(buffer, k)));
  };

  const fd = openSync(path, 'r');
  try {
    // `carry` holds the unfinished last line of the previous chunk.
    let buffer: Buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    let carry = 0;
    for (;;) {
      if (carry === buffer.length) buffer = grow8(buffer, carry);
      const read = readSync(fd, buffer, carry, buffer.length - carry, null);
      const filled = carry + read;
      if (carry === 0 && lineNumber === 0) {
        const utf16 = detectUtf16(buffer.subarray(0, filled));
        if (utf16) throw utf16Error(file, utf16);
      }
      // Refuse bytes that are not UTF-8 (decode-text.ts says why) before any
      // field is decoded: the complete lines read so far, or all at the end.
      const complete = read === 0 ? filled : buffer.lastIndexOf(NEWLINE, filled - 1) + 1;
      if (complete > 0 && !isUtf8(buffer.subarray(0, complete))) {
        const bytes = buffer.subarray(0, complete);
        throw notUtf8Error(file, bytes, Math.max(0, firstInvalidUtf8(bytes)), lineNumber + 1);
      }
      let start = 0;
      for (let nl = buffer.indexOf(NEWLINE, 0); nl >= 0 && nl < filled; nl = buffer.indexOf(NEWLINE, start)) {
        handleLine(buffer, start, nl > start && buffer[nl - 1] === RETURN ? nl - 1 : nl);
        start = nl + 1;
      }
      if (read === 0) {
        if (start < filled) handleLine(buffer, start, buffer[filled - 1] === RETURN ? filled - 1 : filled);
        break;
      }
      carry = filled - start;
      buffer.copy(buffer, 0, start, filled);
    }
  } finally {
    closeSync(fd);
  }
  // The quoted field never closed: let the CSV parser name the line.
  if (pending !== undefined) addQuoted(pending.text, pending.line);
  if (header === undefined) throw new CsvError(file, 1, 'expected a header row, found an empty file');

  let keys = ids.keys;
  if (aliasOf.size > 0) {
    // Renumber table entries into nodes: an alias takes its NFC form's node.
    const nodeOf = new Int32Array(ids.size);
    keys = [];
    for (let i = 0; i < ids.size; i++) {
      if (aliasOf.has(i)) continue;
      nodeOf[i] = keys.length;
      keys.push(ids.keys[i]!);
    }
    for (let r = 0; r < edgeCount; r++) {
      sources[r] = nodeOf[sources[r]!]!;
      targets[r] = nodeOf[targets[r]!]!;
    }
  }
  return {
    keys,
    unicode: names.report(),
    sources: sources.subarray(0, edgeCount),
    targets: targets.subarray(0, edgeCount),
    weights: weights.subarray(0, edgeCount),
    lines: lines.subarray(0, edgeCount),
    edgeCount,
    weighted: weightAt >= 0,
    ignoredColumns,
    columnCells,
  };
}

function grow<T extends Int32Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** A buffer twice as large holding the first `used` bytes (a line longer than the chunk). */
function grow8(from: Buffer, used: number): Buffer {
  const to = Buffer.allocUnsafe(from.length * 2);
  from.copy(to, 0, 0, used);
  return to;
}

function countQuotes(text: string): number {
  let n = 0;
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) n++;
  return n;
}
