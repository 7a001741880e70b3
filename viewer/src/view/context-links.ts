/**
 * Context links: in the Norway dataset, the links between two foreign
 * partners of Norwegian places (scope "context", see
 * src/dataset/scope-dataset.ts) are drawn lighter than links with a Norwegian
 * end, with their own legend entry. A pure step on the colouring: the graph is
 * never written to; the edge reducer reads the colour from the colouring.
 *
 * Only where context links are the exception: in the world dataset most links
 * have neither a Norwegian end nor are between partners (scope "world"), so
 * nothing is marked there.
 */
import type Graph from 'graphology';
import type { LegendEntry, NodeColouring } from './appearance.ts';
import { CONTEXT_EDGE_COLOUR, EDGE_COLOUR } from './palette.ts';

/** The context edges of a network, or null when it has none or also has "world" links. */
export function findContextEdges(graph: Graph): Set<string> | null {
  const context = new Set<string>();
  let world = false;
  graph.forEachEdge((edge, attributes) => {
    if (attributes.scope === 'context') context.add(edge);
    else if (attributes.scope === 'world') world = true;
  });
  return context.size > 0 && !world ? context : null;
}

/**
 * Context edges get the lighter colour and a legend entry. Colouring by link
 * status keeps the status colours (which say more), and adds no entry.
 */
export function markContextLinks(colouring: NodeColouring, context: Set<string> | null, totalEdges: number): NodeColouring {
  if (!context || colouring.edgeColours !== null) return colouring;
  const edgeColours = new Map<string, string>();
  for (const edge of context) edgeColours.set(edge, CONTEXT_EDGE_COLOUR);
  const edgeLegend: LegendEntry[] = [
    { label: 'link with a Norwegian place', colour: EDGE_COLOUR, count: totalEdges - context.size },
    { label: 'context link (between partners of Norwegian places)', colour: CONTEXT_EDGE_COLOUR, count: context.size },
  ];
  return { ...colouring, edgeColours, edgeLegend };
}
