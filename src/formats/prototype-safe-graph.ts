/**
 * A graphology Graph that holds node ids which are JavaScript object keys
 * ("__proto__", "constructor", "toString", "hasOwnProperty") like any other id.
 *
 * graphology 0.26 keeps each node's neighbours in plain `{}` objects, so a
 * neighbour called "constructor" is found on the prototype ("an edge linking
 * … already exists"), "__proto__" cannot be stored at all, and a neighbour
 * called "hasOwnProperty" shadows the method `hasEdge` calls. A user's file
 * may name a place anything, so every graph built from a file is this class.
 *
 * Hand-written because graphology has no option for it (checked 0.26.0, the
 * latest release). Three changes, through subclassing and graphology's
 * private but writable `NodeDataClass` property:
 * - neighbour indexes are prototype-less objects (`Object.create(null)`);
 * - `hasEdge`/`hasUndirectedEdge`/`hasDirectedEdge` with two endpoints look
 *   the neighbour up with `Object.hasOwn` instead of `index.hasOwnProperty`;
 * - copies (`nullCopy`, used by `copy` and `emptyCopy`) stay of this class.
 */
import Graph from 'graphology';
import type { AbstractGraph, Attributes, GraphOptions } from 'graphology-types';

interface NodeDataLike {
  in?: Record<string, unknown>;
  out?: Record<string, unknown>;
  undirected?: Record<string, unknown>;
  clear(): void;
}

type NodeDataClass = new (key: string, attributes: Attributes) => NodeDataLike;

/** A subclass of one of graphology's node records whose neighbour indexes have no prototype. */
function prototypeSafe(base: NodeDataClass): NodeDataClass {
  const safe = class extends base {
    override clear(): void {
      super.clear();
      for (const index of ['in', 'out', 'undirected'] as const) {
        if (this[index] !== undefined) this[index] = Object.create(null) as Record<string, unknown>;
      }
    }
  };
  return safe;
}

const safeClasses = new WeakMap<NodeDataClass, NodeDataClass>();

interface GraphInternals {
  NodeDataClass: NodeDataClass;
  _nodes: Map<string, NodeDataLike>;
  _options: GraphOptions;
}

export class PrototypeSafeGraph extends Graph {
  constructor(options?: GraphOptions) {
    super(options);
    const internals = this as unknown as GraphInternals;
    const base = internals.NodeDataClass;
    let safe = safeClasses.get(base);
    if (safe === undefined) {
      safe = prototypeSafe(base);
      safeClasses.set(base, safe);
    }
    internals.NodeDataClass = safe;
  }

  override nullCopy(options?: GraphOptions): this {
    const graph = new PrototypeSafeGraph({ ...(this as unknown as GraphInternals)._options, ...options });
    graph.replaceAttributes({ ...this.getAttributes() });
    return graph as this;
  }

  override hasEdge(...args: unknown[]): boolean {
    if (args.length !== 2) return super.hasEdge(args[0]);
    return this.hasNeighbourIn(['out', 'undirected'], String(args[0]), String(args[1]));
  }

  override hasUndirectedEdge(...args: unknown[]): boolean {
    if (args.length !== 2) return super.hasUndirectedEdge(args[0]);
    return this.hasNeighbourIn(['undirected'], String(args[0]), String(args[1]));
  }

  override hasDirectedEdge(...args: unknown[]): boolean {
    if (args.length !== 2) return super.hasDirectedEdge(args[0]);
    return this.hasNeighbourIn(['out'], String(args[0]), String(args[1]));
  }

  private hasNeighbourIn(indexes: readonly ('out' | 'undirected')[], source: string, target: string): boolean {
    const data = (this as unknown as GraphInternals)._nodes.get(source);
    if (data === undefined) return false;
    return indexes.some((index) => data[index] !== undefined && Object.hasOwn(data[index], target));
  }
}

/**
 * An empty record keyed by node id (or by any name a user's file chose) that
 * stores "__proto__" and finds nothing it was not given ("constructor" is
 * undefined until set). Assign to it like to `{}`.
 */
export function nodeRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/**
 * For graphology libraries that index nodes in plain objects (Louvain,
 * ForceAtlas2, noverlap), where a node "__proto__" cannot be a key: when the
 * graph has such a node, a copy keyed by position ("0", "1", …, same order,
 * same attributes, same edges in the same order, so the same result), and
 * `restore` to map a per-node result back to the real keys. Otherwise the
 * graph itself and an identity `restore`.
 */
export function positionKeyed(graph: AbstractGraph): { graph: AbstractGraph; restore: <T>(byPosition: Record<string, T>) => Record<string, T> } {
  if (!graph.hasNode('__proto__')) return { graph, restore: (record) => record };
  const keys = graph.nodes();
  const position = new Map(keys.map((key, i) => [key, String(i)]));
  const copy = graph.nullCopy();
  graph.forEachNode((key, attributes) => copy.addNode(position.get(key)!, { ...attributes }));
  graph.forEachEdge((edge, attributes, source, target, _s, _t, undirected) => {
    if (undirected) copy.addUndirectedEdgeWithKey(edge, position.get(source)!, position.get(target)!, { ...attributes });
    else copy.addDirectedEdgeWithKey(edge, position.get(source)!, position.get(target)!, { ...attributes });
  });
  const restore = <T,>(byPosition: Record<string, T>): Record<string, T> => {
    const record = nodeRecord<T>();
    keys.forEach((key, i) => {
      if (Object.hasOwn(byPosition, String(i))) record[key] = byPosition[String(i)]!;
    });
    return record;
  };
  return { graph: copy, restore };
}
