/**
 * Filters → which nodes and edges are shown. A pure function of the graph and
 * the filter data; the reducers only look the answer up, and nothing is
 * written into the graph.
 *
 * Place filters (country, kind, community, minimum degree) hide places and
 * their links. Link filters (status, source document) hide links; a place
 * left with no shown link is then hidden too, because "active links only"
 * means "the places with an active link".
 *
 * On the map, places without coordinates are hidden too (`hidden`): at world
 * scale, a place drawn at its partners' centre would sit in an ocean or a
 * wrong country. The map's credit line says how many.
 */
import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import type { Filters } from '../state.ts';

export interface Visibility {
  /** null: every node is visible. */
  nodes: Set<string> | null;
  /** null: every edge is visible. */
  edges: Set<string> | null;
}

export const ALL_VISIBLE: Visibility = { nodes: null, edges: null };

/** "file.txt:12" → "file.txt" (file names may contain ":" only before the line number). */
export function sourceFile(reference: string): string {
  const at = reference.lastIndexOf(':');
  return at > 0 ? reference.slice(0, at) : reference;
}

function placePredicate(filters: Filters, hidden: ReadonlySet<string> | null): ((node: string, attributes: Attributes, degree: number) => boolean) | null {
  const countries = filters.countries.length > 0 ? new Set(filters.countries) : null;
  const kinds = filters.kinds.length > 0 ? new Set(filters.kinds) : null;
  const communities = filters.communities.length > 0 ? new Set(filters.communities) : null;
  const minDegree = filters.minDegree;
  const excluded = hidden && hidden.size > 0 ? hidden : null;
  if (!countries && !kinds && !communities && minDegree <= 0 && !excluded) return null;
  return (node, attributes, degree) =>
    (!excluded || !excluded.has(node)) &&
    (!countries || countries.has(String(attributes.country ?? ''))) &&
    (!kinds || kinds.has(String(attributes.kind ?? ''))) &&
    (!communities || communities.has(Number(attributes.community))) &&
    degree >= minDegree;
}

function linkPredicate(filters: Filters): ((attributes: Attributes) => boolean) | null {
  const statuses = filters.statuses.length > 0 ? new Set<string>(filters.statuses) : null;
  const sources = filters.sources.length > 0 ? new Set(filters.sources) : null;
  if (!statuses && !sources) return null;
  return (attributes) => {
    if (statuses && !statuses.has(String(attributes.status ?? ''))) return false;
    if (sources) {
      const refs: unknown = attributes.sources;
      if (!Array.isArray(refs) || !refs.some((ref) => typeof ref === 'string' && sources.has(sourceFile(ref)))) {
        return false;
      }
    }
    return true;
  };
}

/** `hidden`: places hidden whatever the filters say (on the map, those without coordinates). */
export function computeVisibility(graph: Graph, filters: Filters, hidden: ReadonlySet<string> | null = null): Visibility {
  const placeOk = placePredicate(filters, hidden);
  const linkOk = linkPredicate(filters);
  if (!placeOk && !linkOk) return ALL_VISIBLE;

  let places: Set<string> | null = null;
  if (placeOk) {
    places = new Set();
    graph.forEachNode((node, attributes) => {
      if (placeOk(node, attributes, graph.degree(node))) places!.add(node);
    });
  }
  const edges = new Set<string>();
  const linked = new Set<string>();
  graph.forEachEdge((edge, attributes, source, target) => {
    if (places && (!places.has(source) || !places.has(target))) return;
    if (linkOk && !linkOk(attributes)) return;
    edges.add(edge);
    linked.add(source);
    linked.add(target);
  });
  return { nodes: linkOk ? linked : places, edges };
}

export function isNodeVisible(visibility: Visibility, node: string): boolean {
  return visibility.nodes === null || visibility.nodes.has(node);
}

export function isEdgeVisible(visibility: Visibility, edge: string): boolean {
  return visibility.edges === null || visibility.edges.has(edge);
}
