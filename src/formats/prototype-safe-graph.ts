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
import type { Attributes, GraphOptions } from 'graphology-types';

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
