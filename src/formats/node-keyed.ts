/**
 * Containers keyed by node id that hold any id, "__proto__" included (see
 * prototype-safe-graph.ts for the graph itself). No graphology import: the
 * viewer's workers use these without loading graphology twice.
 */
import type { AbstractGraph } from 'graphology-types';

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
