/**
 * A network read from an edge list, kept as arrays: node ids, one row per
 * distinct undirected pair (sources, targets, summed weights, row counts),
 * node attributes from a node table and, when asked for, edge attributes.
 * The analyses run on its CSR snapshot (csrOfEdgeList); a graphology graph
 * is built from it only where one is needed (writing GEXF/GraphML/JSON,
 * reports, the viewer), by graphOfEdgeList.
 *
 * How rows become edges — the rules of readEdgeList and network-graph.ts,
 * counted and reported instead of applied silently:
 * - a self-loop (a,a) is kept: one edge, adding 2 to a's degree and left out
 *   of clustering and shortest paths, as in NetworkX's Graph and igraph;
 * - a row repeating a pair already listed (a,b again) and a reversed
 *   duplicate (b,a after a,b) are merged into the pair's edge, weights
 *   summed and `count` recording how many rows it stands for: the network
 *   is undirected and simple, as a NetworkX Graph (which keeps one edge per
 *   pair) or igraph after simplify(combine_edges="sum") would have it.
 * Edges keep the order of each pair's first row, so the same file always
 * gives the same graph, and the same graph as readEdgeList builds.
 *
 * Browser-safe: no file access here (src/cli/read-edge-list-stream.ts reads).
 */
import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import { csrFromEdgeArrays, type Csr } from '../analyse/csr/csr.ts';
import { isPlainNumber } from '../formats/attribute-values.ts';
import { createNetworkGraph } from '../formats/network-graph.ts';

/** The rows read from an edge list (src/cli/read-edge-list-stream.ts), one entry per row. */
export interface EdgeListRows {
  /** Node ids, in order of first appearance (node-table ids first); an index into this array is a node. */
  keys: string[];
  /** Source node index of each row (length edgeCount). */
  sources: Int32Array;
  targets: Int32Array;
  /** Weight of each row (1 where the file has no weight column or an empty cell). */
  weights: Float64Array;
  /** 1-based line on which each row starts. */
  lines: Int32Array;
  edgeCount: number;
  /** Whether the header has a weight column. */
  weighted: boolean;
  /** Header columns other than source, target and weight. */
  ignoredColumns: string[];
  /** With keepColumns: per column of ignoredColumns, the raw cell of each row. */
  columnCells: string[][] | null;
  /** Unicode normalisation of the ids (src/formats/normalise-names.ts): merges (warnings, also in notes) and notes. */
  unicode?: { warnings: string[]; notes: string[] };
}

/** Rows of one kind, with the lines of the first few. */
export interface RowTally {
  count: number;
  /** Lines of the first LINES_SHOWN rows of this kind. */
  lines: number[];
}

export interface EdgeListNetwork {
  /** Node ids by index. */
  keys: string[];
  /** Attributes of each node (label at least), by index. */
  nodeAttributes: Attributes[] | null;
  /** One entry per edge (distinct unordered pair), in order of the pair's first row. */
  sources: Int32Array;
  targets: Int32Array;
  /** Summed weight per edge. */
  weights: Float64Array;
  /** Rows merged into each edge, or null when every edge is one row. */
  counts: Int32Array | null;
  /** Whether the file had a weight column (else every row weighs 1). */
  weighted: boolean;
  /** Per edge, the other columns of its first row (only when kept). */
  edgeAttributes: Attributes[] | null;
  /** How the rows were read. */
  rows: number;
  selfLoops: RowTally;
  repeated: RowTally;
  reversed: RowTally;
}

/** How many line numbers a note names. */
export const LINES_SHOWN = 5;

/**
 * Merge the rows into edges, counting self-loops, repeated rows and
 * reversed duplicates. `nodeAttributes` are the node table's, for the first
 * nodes; the rest get their id as label.
 */
export function edgeListNetwork(rows: EdgeListRows, nodeAttributes: Attributes[] | null = null): EdgeListNetwork {
  const { keys, sources, targets, weights, lines, edgeCount } = rows;
  const first = firstRowOfPair(sources, targets, edgeCount, keys.length);
  const tally = (): RowTally => ({ count: 0, lines: [] });
  const selfLoops = tally();
  const repeated = tally();
  const reversed = tally();
  const note = (t: RowTally, line: number) => {
    if (t.count++ < LINES_SHOWN) t.lines.push(line);
  };
  const edgeOf = new Int32Array(edgeCount);
  let edges = 0;
  for (let i = 0; i < edgeCount; i++) {
    const f = first[i]!;
    if (f === i) {
      edgeOf[i] = edges++;
      if (sources[i] === targets[i]) note(selfLoops, lines[i]!);
    } else {
      edgeOf[i] = edgeOf[f]!;
      if (sources[i] === sources[f]) note(repeated, lines[i]!);
      else note(reversed, lines[i]!);
    }
  }
  let edgeSources = sources;
  let edgeTargets = targets;
  let edgeWeights = weights;
  let counts: Int32Array | null = null;
  let firstRows: Int32Array | null = null;
  if (edges < edgeCount) {
    edgeSources = new Int32Array(edges);
    edgeTargets = new Int32Array(edges);
    edgeWeights = new Float64Array(edges);
    counts = new Int32Array(edges);
    firstRows = new Int32Array(edges);
    for (let i = 0; i < edgeCount; i++) {
      const k = edgeOf[i]!;
      if (first[i] === i) {
        edgeSources[k] = sources[i]!;
        edgeTargets[k] = targets[i]!;
        firstRows[k] = i;
      }
      edgeWeights[k]! += weights[i]!;
      counts[k]!++;
    }
  }
  let edgeAttributes: Attributes[] | null = null;
  if (rows.columnCells && rows.ignoredColumns.length > 0) {
    edgeAttributes = edgeColumnAttributes(rows.ignoredColumns, rows.columnCells, firstRows, edges);
  }
  return {
    keys,
    nodeAttributes,
    sources: edgeSources,
    targets: edgeTargets,
    weights: edgeWeights,
    counts,
    weighted: rows.weighted,
    edgeAttributes,
    rows: edgeCount,
    selfLoops,
    repeated,
    reversed,
  };
}

/** Each edge's other columns from its first row; a column of plain numbers is read as numbers (read-edge-list.ts's rule). */
function edgeColumnAttributes(columns: string[], cells: string[][], firstRows: Int32Array | null, edges: number): Attributes[] {
  const numeric = columns.map((_c, k) => {
    let seen = false;
    for (const cell of cells[k]!) {
      const t = cell.trim();
      if (t === '') continue;
      seen = true;
      if (!isPlainNumber(t)) return false;
    }
    return seen;
  });
  const result: Attributes[] = new Array<Attributes>(edges);
  for (let e = 0; e < edges; e++) {
    const row = firstRows ? firstRows[e]! : e;
    const attributes: Attributes = {};
    columns.forEach((column, k) => {
      const cell = cells[k]![row]!;
      if (cell.trim() !== '') attributes[column] = numeric[k] ? Number(cell.trim()) : cell;
    });
    result[e] = attributes;
  }
  return result;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const lineList = (t: RowTally) => `line${t.count === 1 ? '' : 's'} ${t.lines.join(', ')}${t.count > t.lines.length ? ', …' : ''}`;

/** One sentence per kind of row that is not a plain new edge, for stderr and the report. */
export function edgeListNotes(network: EdgeListNetwork, file: string): string[] {
  const notes: string[] = [];
  const { selfLoops, repeated, reversed } = network;
  const edges = network.sources.length;
  // A clean file (one row per edge, no self-loop) has nothing to note.
  if (selfLoops.count + repeated.count + reversed.count === 0) return notes;
  notes.push(`${file}: ${plural(network.rows, 'row', 'rows')} read as ${plural(edges, 'edge', 'edges')} between ${plural(network.keys.length, 'node', 'nodes')} (undirected; a repeated pair is one edge).`);
  if (selfLoops.count > 0) {
    notes.push(`${plural(selfLoops.count, 'self-loop', 'self-loops')} kept (${lineList(selfLoops)}): each is an edge and adds 2 to its node's degree, as in NetworkX and igraph.`);
  }
  if (repeated.count > 0) {
    notes.push(`${plural(repeated.count, 'row repeats', 'rows repeat')} a pair already listed (${lineList(repeated)}), merged into its edge (weights summed, "count" records how many rows).`);
  }
  if (reversed.count > 0) {
    notes.push(`${plural(reversed.count, 'row lists', 'rows list')} a pair already listed the other way round (${lineList(reversed)}), merged into its edge: the network is undirected.`);
  }
  return notes;
}

/** The CSR snapshot the analyses run on, weighted by the summed weights (as csrFromGraph with 'weight' on graphOfEdgeList). */
export function csrOfEdgeList(network: EdgeListNetwork): Csr {
  return csrFromEdgeArrays(network.sources, network.targets, network.keys.length, network.weights, network.keys);
}

/**
 * Degree per node (a self-loop counts 2), from the edge arrays: what
 * csrDegrees gives on csrOfEdgeList, without building the snapshot.
 */
export function edgeListDegrees(network: EdgeListNetwork): Float64Array {
  const degrees = new Float64Array(network.keys.length);
  const { sources, targets } = network;
  for (let e = 0; e < sources.length; e++) {
    degrees[sources[e]!]!++;
    degrees[targets[e]!]!++;
  }
  return degrees;
}

/**
 * Strength per node, from the edge arrays, summed in csrStrengths' order
 * on csrOfEdgeList (other edges in edge order, then twice the self-loop
 * weight), so the floats are the same bits.
 */
export function edgeListStrengths(network: EdgeListNetwork): Float64Array {
  const n = network.keys.length;
  const strengths = new Float64Array(n);
  const { sources, targets, weights } = network;
  let loops: Float64Array | null = null;
  for (let e = 0; e < sources.length; e++) {
    const s = sources[e]!;
    const t = targets[e]!;
    const w = weights[e]!;
    if (s === t) {
      loops ??= new Float64Array(n);
      loops[s]! += w;
    } else {
      strengths[s]! += w;
      strengths[t]! += w;
    }
  }
  if (loops) for (let i = 0; i < n; i++) strengths[i]! += 2 * loops[i]!;
  return strengths;
}

/** The label of node i: the node table's label, else the id. */
export function edgeListLabel(network: EdgeListNetwork, i: number): string {
  const label: unknown = network.nodeAttributes?.[i]?.label;
  return typeof label === 'string' ? label : network.keys[i]!;
}

/**
 * The graphology graph readEdgeList builds for the same file: nodes
 * labelled (node-table attributes first), edge keys e0, e1, … in order of
 * each pair's first row, `weight` summed and `count` on merged edges.
 */
export function graphOfEdgeList(network: EdgeListNetwork): Graph {
  const graph = createNetworkGraph();
  const { keys, sources, targets, weights, counts, edgeAttributes, nodeAttributes } = network;
  for (let i = 0; i < keys.length; i++) graph.addNode(keys[i]!, nodeAttributes?.[i] ?? { label: keys[i]! });
  for (let k = 0; k < sources.length; k++) {
    const count = counts ? counts[k]! : 1;
    const attributes: Attributes = edgeAttributes ? { ...edgeAttributes[k]!, weight: weights[k]! } : { weight: weights[k]! };
    if (count > 1) attributes.count = count;
    graph.addEdgeWithKey(`e${k}`, keys[sources[k]!]!, keys[targets[k]!]!, attributes);
  }
  return graph;
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
