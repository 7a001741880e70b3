/**
 * The graph every reader returns, and the rules that make files of different
 * formats read alike:
 *
 * - One undirected simple graph (`type: 'undirected'`, `multi: false`,
 *   self-loops allowed). Our analyses are undirected; a directed edge is read
 *   as undirected and the reader says so in a note.
 * - Parallel edges (duplicate rows of one pair, a→b next to b→a, GEXF
 *   parallel edges) are merged into one edge: `weight` is the sum of the
 *   weights, `count` the number of input edges merged (an edge without
 *   `count` stands for one input edge; an input `count` is summed), other
 *   attributes keep the first edge's value. Merging rather than keeping a
 *   multigraph is what the metrics expect (strength = summed weight), and the
 *   count keeps the information that several agreements were listed.
 * - Every node has a string `label` (the id when the input has none), every
 *   edge a finite numeric `weight` (1 when the input has none).
 * - Edge keys are explicit: graphology's generated keys include a random
 *   per-process prefix, which would make exports differ between runs.
 */
import Graph from 'graphology';
import { PrototypeSafeGraph } from './prototype-safe-graph.ts';
import type { Attributes } from 'graphology-types';
import { InputError } from './input-error.ts';
import { NameNormaliser } from './normalise-names.ts';

export interface NetworkRead {
  graph: Graph;
  /** Things the user should know about how the file was read (one sentence each). */
  notes: string[];
  /**
   * The notes that say the data was changed in a way the user may not
   * expect (nodes merged by Unicode normalisation); the CLI also prints
   * them on stderr. Every warning is also in `notes`.
   */
  warnings?: string[];
}

export function createNetworkGraph(): Graph {
  return new PrototypeSafeGraph({ type: 'undirected', multi: false, allowSelfLoops: true });
}

/** graphology's generated keys look like "geid_<instance>_<counter>". */
export function isGeneratedEdgeKey(key: string): boolean {
  return /^geid_\d+_\d+$/.test(key);
}

/** A key not yet used in the graph: the preferred one if free, else e<n>. */
export function freeEdgeKey(graph: Graph, preferred?: string): string {
  if (preferred !== undefined && preferred !== '' && !graph.hasEdge(preferred)) return preferred;
  let n = graph.size;
  while (graph.hasEdge(`e${n}`)) n++;
  return `e${n}`;
}

/**
 * Add an undirected edge, or merge it into the existing edge of the same
 * pair (see the file comment). Both endpoints must exist. Returns true when
 * the edge was merged.
 */
export function addOrMergeEdge(
  graph: Graph,
  source: string,
  target: string,
  attributes: Attributes & { weight: number },
  preferredKey?: string,
): boolean {
  const existing = graph.edge(source, target);
  if (existing === undefined) {
    graph.addEdgeWithKey(freeEdgeKey(graph, preferredKey), source, target, attributes);
    return false;
  }
  const current = graph.getEdgeAttributes(existing);
  const merged: Attributes = { ...attributes, ...current };
  merged.weight = (current.weight as number) + attributes.weight;
  merged.count = countOf(current) + countOf(attributes);
  graph.replaceEdgeAttributes(existing, merged);
  return true;
}

function countOf(attributes: Attributes): number {
  const count = attributes.count;
  return typeof count === 'number' && Number.isFinite(count) ? count : 1;
}

/** The message of an error thrown by graphology or its format libraries, without their prefix. */
export function libraryMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^graphology-\w+\/\w+:\s*/, '').replace(/^Graph\.\w+:\s*/, '');
}

/** A finite number from a number or numeric text; undefined for anything else. */
export function toFiniteNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value.trim());
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

/** The label rule shared by all readers: label, else name, else the id. */
export function labelOf(key: string, attributes: Attributes): string {
  for (const candidate of [attributes.label, attributes.name]) {
    if (typeof candidate === 'string' && candidate.trim() !== '') return candidate;
    if (typeof candidate === 'number') return String(candidate);
  }
  return key;
}

/**
 * Bring a graph produced by a format library (any type, possibly multi,
 * possibly directed) to the conventions above. `file` names the input in
 * errors. `x`/`y` are kept as numbers when numeric and dropped otherwise
 * (a position that is not a number would break every layout).
 */
export function normaliseNetwork(source: Graph, file: string): NetworkRead {
  const graph = createNetworkGraph();
  const notes: string[] = [];
  const names = new NameNormaliser(file);
  const keyOf = new Map<string, string>();
  graph.replaceAttributes({ ...source.getAttributes() });
  let position = 0;
  source.forEachNode((raw, attributes) => {
    const key = names.id(raw, `node #${++position}`);
    keyOf.set(raw, key);
    // Two spellings of one id (NFC): the first node's attributes stand.
    if (graph.hasNode(key)) return;
    const normalised: Attributes = { ...attributes, label: names.name(labelOf(key, attributes)) };
    if (typeof attributes.name === 'string') normalised.name = names.name(attributes.name);
    for (const axis of ['x', 'y'] as const) {
      if (axis in attributes) {
        const n = toFiniteNumber(attributes[axis]);
        if (n === undefined) delete normalised[axis];
        else normalised[axis] = n;
      }
    }
    graph.addNode(key, normalised);
  });
  let directed = 0;
  let merged = 0;
  source.forEachEdge((key, attributes, rawSource, rawTarget, _sa, _ta, undirected) => {
    const s = keyOf.get(rawSource)!;
    const t = keyOf.get(rawTarget)!;
    if (!undirected) directed++;
    let weight = 1;
    if (attributes.weight !== undefined && attributes.weight !== '') {
      const n = toFiniteNumber(attributes.weight);
      if (n === undefined) {
        throw new InputError(file, undefined, `edge "${key}" (${s} – ${t}) has a weight that is not a number: ${JSON.stringify(attributes.weight)}`);
      }
      weight = n;
    }
    const preferred = isGeneratedEdgeKey(key) ? undefined : key;
    if (addOrMergeEdge(graph, s, t, { ...attributes, weight }, preferred)) merged++;
  });
  if (directed > 0) {
    notes.push(`${directed} directed edge${directed === 1 ? ' was' : 's were'} read as undirected (the analyses are undirected).`);
  }
  if (merged > 0) {
    notes.push(`${merged} parallel edge${merged === 1 ? ' was' : 's were'} merged into an existing edge of the same pair (weights summed, "count" records how many).`);
  }
  const unicode = names.report();
  return { graph, notes: [...notes, ...unicode.notes], warnings: unicode.warnings };
}
