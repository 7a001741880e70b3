/**
 * NODE-ONLY (uses node:fs and node:buffer; never import it from the
 * viewer). Stream a large CSV or TSV edge list from a file, line by line,
 * into compact arrays: a Map from node id to index, Int32Array sources and
 * targets and a Float64Array of weights, grown by doubling. A 1M-edge,
 * 30 MB file then costs about 16 MB of arrays plus the node ids, instead of
 * the whole text plus one object per edge.
 *
 * Same rules and errors as read-edge-list.ts (header with source and target
 * in any case, optional weight, delimiter detected from the header, ids
 * trimmed, empty lines skipped, errors name file:line). Only source, target
 * and weight are read; other columns are listed in `ignoredColumns`.
 * Duplicate pairs stay separate rows here; `edgeListToGraph` merges them as
 * readEdgeList does. Lines are split directly on the delimiter; a line with
 * a quote goes through parseCsvRecords (joined with the following lines
 * while a quoted field is still open, since it may hold a newline).
 */
import { Buffer } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { CsvError, parseCsvRecords } from '../formats/csv.ts';
import { utf8ChunkDecoder } from '../formats/decode-text.ts';
import { InputError } from '../formats/input-error.ts';
import { createNetworkGraph, type NetworkRead } from '../formats/network-graph.ts';
import { NameNormaliser } from '../formats/normalise-names.ts';
import { detectDelimiter, type Delimiter } from '../formats/read-edge-list.ts';
import { resolveOptions } from '../options/resolve-options.ts';

export interface EdgeListArrays {
  /** Node ids, in order of first appearance; an index into this array is a node. */
  keys: string[];
  /** Source node index of each edge (length ≥ edgeCount; use the first edgeCount entries). */
  sources: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  edgeCount: number;
  /** Header columns other than source, target and weight, which are not read. */
  ignoredColumns: string[];
  /** Unicode normalisation of the ids (normalise-names.ts): merges (warnings) and notes. */
  unicode?: { warnings: string[]; notes: string[] };
}

export interface ReadEdgeListStreamOptions {
  /** Name used in error messages (defaults to the path). */
  file: string | undefined;
  /** Force a delimiter instead of detecting it from the header line. */
  delimiter: Delimiter | undefined;
}

const DEFAULTS: ReadEdgeListStreamOptions = { file: undefined, delimiter: undefined };

const INITIAL_CAPACITY = 1 << 16;

export async function readEdgeListStream(path: string, options?: Partial<ReadEdgeListStreamOptions>): Promise<EdgeListArrays> {
  const o = resolveOptions('readEdgeListStream', DEFAULTS, options);
  const file = o.file ?? path;
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  const decode = utf8ChunkDecoder(file);

  const index = new Map<string, number>();
  const keys: string[] = [];
  let capacity = INITIAL_CAPACITY;
  let sources = new Int32Array(capacity);
  let targets = new Int32Array(capacity);
  let weights = new Float64Array(capacity);
  let edgeCount = 0;

  let header: string[] | undefined;
  let delimiter: Delimiter = o.delimiter ?? ',';
  let sourceAt = -1;
  let targetAt = -1;
  let weightAt = -1;
  let weightName = 'weight';
  let ignoredColumns: string[] = [];
  let lineNumber = 0;
  // An open quoted field: the text so far and the line it started on.
  let pending: { text: string; line: number } | undefined;

  const names = new NameNormaliser(file, { trackAscii: false });
  // NFC forms entered for another spelling, not yet seen as written themselves.
  const notYetWritten = new Set<string>();
  // A copy, not a slice: V8 keeps the whole 1 MB chunk a sliced string came
  // from alive for as long as the slice lives.
  const own = (text: string) => Buffer.from(text, 'utf8').toString('utf8');
  const nodeIndex = (raw: string, line: number): number => {
    let i = index.get(raw);
    if (i !== undefined) {
      if (notYetWritten.size > 0 && notYetWritten.delete(raw)) names.id(raw, line);
      return i;
    }
    // A new spelling: ids are NFC, and another spelling of a known id is that node.
    const id = names.id(raw, line);
    i = id === raw ? undefined : index.get(id);
    if (i === undefined) {
      i = keys.length;
      const key = own(id);
      index.set(key, i);
      keys.push(key);
      if (id !== raw) notYetWritten.add(key);
    }
    if (id !== raw) index.set(own(raw), i);
    return i;
  };

  const addRow = (fields: string[], line: number) => {
    if (header === undefined) {
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
      ignoredColumns = header.filter((_h, k) => k !== sourceAt && k !== targetAt && k !== weightAt);
      return;
    }
    if (fields.length !== header.length) {
      throw new CsvError(file, line, `expected ${header.length} fields as in the header, found ${fields.length}`);
    }
    const source = fields[sourceAt]!.trim();
    const target = fields[targetAt]!.trim();
    if (source === '' || target === '') {
      throw new InputError(file, line, `expected a ${source === '' ? 'source' : 'target'} node id, found an empty cell`);
    }
    let weight = 1;
    if (weightAt >= 0) {
      const cell = fields[weightAt]!.trim();
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
    }
    sources[edgeCount] = nodeIndex(source, line);
    targets[edgeCount] = nodeIndex(target, line);
    weights[edgeCount] = weight;
    edgeCount++;
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
    for (const record of records) addRow(record.fields, record.line + firstLine - 1);
  };

  const handleLine = (raw: string) => {
    lineNumber++;
    const line = lineNumber === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    if (pending !== undefined) {
      pending.text += '\n' + line;
      if (countQuotes(pending.text) % 2 === 0) {
        const { text, line: first } = pending;
        pending = undefined;
        addQuoted(text, first);
      }
      return;
    }
    if (line === '') return;
    if (header === undefined && o.delimiter === undefined) delimiter = detectDelimiter(line);
    if (line.includes('"')) {
      if (countQuotes(line) % 2 === 1) pending = { text: line, line: lineNumber };
      else addQuoted(line, lineNumber);
      return;
    }
    addRow(line.split(delimiter), lineNumber);
  };

  // Split chunks on "\n" by hand: node:readline's async iterator costs
  // several times more per line, which shows at a million lines.
  let rest = '';
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const text = rest + decode(chunk);
      let start = 0;
      for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
        handleLine(text.slice(start, nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl));
        start = nl + 1;
      }
      rest = text.slice(start);
    }
    rest += decode();
  } finally {
    stream.destroy();
  }
  if (rest !== '') handleLine(rest.endsWith('\r') ? rest.slice(0, -1) : rest);
  // The quoted field never closed: let the CSV parser name the line.
  if (pending !== undefined) addQuoted(pending.text, pending.line);
  if (header === undefined) throw new CsvError(file, 1, 'expected a header row, found an empty file');

  return {
    keys,
    sources: sources.subarray(0, edgeCount),
    targets: targets.subarray(0, edgeCount),
    weights: weights.subarray(0, edgeCount),
    edgeCount,
    ignoredColumns,
    unicode: names.report(),
  };
}

function grow<T extends Int32Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

function countQuotes(text: string): number {
  let n = 0;
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) n++;
  return n;
}

/**
 * The network graph for streamed arrays, with the rules of readEdgeList:
 * nodes labelled with their id, repeated pairs merged (weights summed,
 * `count` recording how many rows), edge keys e0, e1, … in order of each
 * pair's first row — the graph addOrMergeEdge builds row by row.
 *
 * Repeated pairs are found first over the typed arrays (firstRowOfPair),
 * so each edge is added once by addEdgeWithKey with its final attributes,
 * instead of a graph.edge lookup, a free-key search and, for a repeat, an
 * attribute merge per row. Measured on the 100k-node bench graph with every
 * pair listed twice (1M rows): 5.4–6.8 s CPU and 657 MiB peak before,
 * 4.0–5.4 s and 541 MiB after; without repeats both take ~4 s, which is
 * graphology's own addEdge and its garbage collection (no faster way to
 * fill a graphology graph was found: see tests/bench/README.md).
 */
export function edgeListToGraph(arrays: EdgeListArrays): NetworkRead {
  const graph = createNetworkGraph();
  const { keys, sources, targets, weights, edgeCount } = arrays;
  for (const key of keys) graph.addNode(key, { label: key });
  const first = firstRowOfPair(sources, targets, edgeCount, keys.length);
  // Per edge (numbered by first row): its first row, summed weight and row count.
  const edgeOf = new Int32Array(edgeCount);
  const rowOf = new Int32Array(edgeCount);
  const summed = new Float64Array(edgeCount);
  const counts = new Int32Array(edgeCount);
  let edges = 0;
  for (let i = 0; i < edgeCount; i++) {
    const f = first[i]!;
    if (f === i) {
      edgeOf[i] = edges;
      rowOf[edges] = i;
      summed[edges] = weights[i]!;
      counts[edges] = 1;
      edges++;
    } else {
      const k = edgeOf[f]!;
      edgeOf[i] = k;
      summed[k]! += weights[i]!;
      counts[k]!++;
    }
  }
  for (let k = 0; k < edges; k++) {
    const row = rowOf[k]!;
    const count = counts[k]!;
    graph.addEdgeWithKey(
      `e${k}`,
      keys[sources[row]!]!,
      keys[targets[row]!]!,
      count > 1 ? { weight: summed[k]!, count } : { weight: summed[k]! },
    );
  }
  const merged = edgeCount - edges;
  const notes: string[] = [];
  if (merged > 0) {
    notes.push(`${merged} of ${edgeCount} rows repeated a pair already listed and were merged into its edge (weights summed, "count" records how many rows).`);
  }
  if (arrays.ignoredColumns.length > 0) notes.push(`columns not read by the streaming reader: ${arrays.ignoredColumns.join(', ')}.`);
  return { graph, notes: [...notes, ...(arrays.unicode?.notes ?? [])], warnings: arrays.unicode?.warnings ?? [] };
}

/**
 * For each of the first `count` rows, the first row with the same
 * unordered pair of ends (itself when it is the first). Rows are bucketed
 * by their smaller end (a stable counting sort), then within a bucket a
 * stamp array keyed by the larger end finds repeats: O(rows + nodes).
 */
export function firstRowOfPair(sources: Int32Array, targets: Int32Array, count: number, n: number): Int32Array {
  const start = new Int32Array(n + 1);
  for (let i = 0; i < count; i++) start[Math.min(sources[i]!, targets[i]!) + 1]!++;
  for (let v = 0; v < n; v++) start[v + 1]! += start[v]!;
  const fill = start.slice(0, n);
  const byLow = new Int32Array(count);
  for (let i = 0; i < count; i++) byLow[fill[Math.min(sources[i]!, targets[i]!)]!++] = i;
  const first = new Int32Array(count);
  const stamp = new Int32Array(n).fill(-1);
  const seen = new Int32Array(n);
  for (let low = 0; low < n; low++) {
    for (let p = start[low]!; p < start[low + 1]!; p++) {
      const i = byLow[p]!;
      const high = Math.max(sources[i]!, targets[i]!);
      if (stamp[high] === low) {
        first[i] = seen[high]!;
      } else {
        stamp[high] = low;
        seen[high] = i;
        first[i] = i;
      }
    }
  }
  return first;
}
