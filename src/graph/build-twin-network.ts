/**
 * The twin network: places are nodes, links are edges. Built from the
 * dataset's mentions, so every option (view, sources, relations, ended
 * partnerships) re-merges exactly the statements it keeps: dropping the
 * China page also drops the signing dates it contributed.
 *
 * Node attributes: label, name, country, kind, municipalityNumber?, county?, lat?, lon?.
 * Edge attributes: weight (1), relations, status, since?, until?, signed?,
 * level?, tags, sources ("file:line"), documents (the raw files that state
 * the link), scope ("norwegian", "context" or "world": see scope-dataset.ts).
 */
import Graph from 'graphology';
import type { Dataset, MentionRecord } from '../dataset/build-dataset.ts';
import { SOURCE_FILES } from '../ingest/source-registry.ts';
import { mergeMentionsIntoLinks } from '../dataset/merge-mentions.ts';
import type { Link, Place, RelationKind } from '../dataset/types.ts';
import { resolveOptions } from '../options/resolve-options.ts';

export interface TwinNetworkOptions {
  /** 'resolved' (2024 municipalities and counties) or 'as-written' (names exactly as the sources spell them). */
  view: 'resolved' | 'as-written';
  /** Keep partnerships the sources say have ended. */
  includeEnded: boolean;
  /** Source documents to use (file names under data/raw/). */
  sources: readonly string[];
  /** Relations to keep. Membership of the Oslo Region office is not a partnership, so it is left out unless asked for. */
  relations: readonly RelationKind[];
}

export const TWIN_NETWORK_DEFAULTS: TwinNetworkOptions = {
  view: 'resolved',
  includeEnded: false,
  sources: SOURCE_FILES,
  relations: ['twin', 'friendship'],
};

export interface PlaceNodeAttributes {
  label: string;
  name: string;
  country: string;
  kind: string;
  municipalityNumber?: string;
  county?: string;
  lat?: number;
  lon?: number;
  [key: string]: unknown;
}

/** Places of the as-written view: one per name as written (and country). */
function asWrittenPlaces(mentions: readonly MentionRecord[], resolved: ReadonlyMap<string, Place>): Map<string, Place> {
  const places = new Map<string, Place>();
  for (const m of mentions) {
    for (const [end, id, resolvedId] of [[m.a, m.asWrittenAId, m.aId], [m.b, m.asWrittenBId, m.bId]] as const) {
      if (places.has(id)) continue;
      if (end.country !== 'NO') {
        places.set(id, { id, name: end.name, country: end.country, kind: end.kind ?? 'city', aliases: [], sources: [] });
        continue;
      }
      const target = resolved.get(resolvedId);
      // A name as written keeps its resolved attributes only when it is that place's own 2024 name.
      const exact = target && target.name === end.name;
      places.set(id, {
        id,
        name: end.name,
        country: 'NO',
        kind: exact ? target.kind : (end.kind ?? 'locality'),
        ...(exact && target.municipalityNumber ? { municipalityNumber: target.municipalityNumber } : {}),
        ...(exact && target.county ? { county: target.county } : {}),
        aliases: [],
        sources: [],
      });
    }
  }
  return places;
}

export function placeNodeAttributes(place: Place): PlaceNodeAttributes {
  return {
    label: place.name,
    name: place.name,
    country: place.country,
    kind: place.kind,
    ...(place.municipalityNumber ? { municipalityNumber: place.municipalityNumber } : {}),
    ...(place.county ? { county: place.county } : {}),
    ...(place.lat !== undefined && place.lon !== undefined ? { lat: place.lat, lon: place.lon } : {}),
  };
}

export function linkEdgeAttributes(link: Link): Record<string, unknown> {
  return {
    weight: 1,
    relations: link.relations,
    status: link.status,
    ...(link.since !== undefined ? { since: link.since } : {}),
    ...(link.until !== undefined ? { until: link.until } : {}),
    ...(link.signed ? { signed: link.signed } : {}),
    ...(link.level ? { level: link.level } : {}),
    tags: link.tags,
    sources: link.sources,
    documents: link.documents,
    scope: link.scope,
  };
}

/**
 * The links the kept mentions make in the resolved view. When every link's
 * mentions are all kept or all dropped (the default: all documents, and
 * memberships are links of their own), those are exactly the dataset's own
 * links, in the same order, so re-merging (a third of `rank --dataset world`'s
 * time on 26,000 mentions, measured with --cpu-prof) is skipped. Otherwise
 * the kept mentions are merged again.
 */
function keptLinks(dataset: Dataset, kept: readonly MentionRecord[], places: ReadonlyMap<string, Place>): Link[] {
  const keptRefs = new Set(kept.map((m) => `${m.file}:${m.line}`));
  const links: Link[] = [];
  for (const link of dataset.links) {
    const count = link.sources.reduce((n, ref) => n + (keptRefs.has(ref) ? 1 : 0), 0);
    if (count === link.sources.length) links.push(link);
    else if (count > 0) return withDatasetScope(dataset, mergeMentionsIntoLinks(kept, places).links);
  }
  return links;
}

/** Re-merged links keep the scope the dataset gave them (a context link stays context when only some documents are used). */
function withDatasetScope(dataset: Dataset, links: Link[]): Link[] {
  const scope = new Map(dataset.links.map((l) => [`${l.sourceId}\u0000${l.targetId}`, l.scope]));
  return links.map((l) => {
    const s = scope.get(`${l.sourceId}\u0000${l.targetId}`) ?? scope.get(`${l.targetId}\u0000${l.sourceId}`);
    return s && s !== l.scope ? { ...l, scope: s } : l;
  });
}

/** Build the twin network from the dataset. */
export function buildTwinNetwork(dataset: Dataset, options?: Partial<TwinNetworkOptions>): Graph {
  const o = resolveOptions('buildTwinNetwork', TWIN_NETWORK_DEFAULTS, options);
  if (o.view !== 'resolved' && o.view !== 'as-written') throw new Error(`buildTwinNetwork: view must be "resolved" or "as-written", got "${String(o.view)}"`);
  const kept = dataset.mentions.filter((m) => o.sources.includes(m.file) && o.relations.includes(m.relation));
  const resolved = new Map(dataset.places.map((p) => [p.id, p]));
  const asWritten = o.view === 'as-written';
  const places = asWritten ? asWrittenPlaces(kept, resolved) : resolved;
  const mentions = asWritten ? kept.map((m) => ({ ...m, aId: m.asWrittenAId, bId: m.asWrittenBId })) : kept;
  const links = asWritten ? mergeMentionsIntoLinks(mentions, places).links : keptLinks(dataset, kept, places);
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  graph.setAttribute('name', 'twin');
  graph.setAttribute('view', o.view);
  for (const link of links) {
    if (link.status === 'ended' && !o.includeEnded) continue;
    for (const id of [link.sourceId, link.targetId]) if (!graph.hasNode(id)) graph.addNode(id, placeNodeAttributes(places.get(id)!));
    graph.addEdgeWithKey(`${link.sourceId}--${link.targetId}`, link.sourceId, link.targetId, linkEdgeAttributes(link));
  }
  return graph;
}

/** Neighbours of `node` in the twin network joined by a link that `file` (a raw document) states. */
export function partnersStatedBy(graph: Graph, node: string, file: string): number {
  let count = 0;
  graph.forEachEdge(node, (_edge, attributes) => {
    if ((attributes.documents as readonly string[] | undefined)?.includes(file)) count++;
  });
  return count;
}
