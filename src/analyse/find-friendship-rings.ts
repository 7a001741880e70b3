/**
 * Friendship rings: groups of places that are all twinned with one another,
 * as Nordic twinning works (a Norwegian, a Swedish, a Danish, a Finnish and
 * an Icelandic town, each linked to every other).
 *
 * A ring is a maximal clique (maximal-cliques.ts: Bron–Kerbosch with Tomita
 * pivoting; graphology has no clique finder) of at least `minSize` places in
 * at least `minCountries` countries that contains a place of `country`.
 *
 * A near-ring is a group that would be a ring but for exactly ONE missing
 * link a–b. Precisely: a set S = {a, b} ∪ K where a and b are not linked and
 * K is a maximal clique of their common neighbours, so that S is a maximal
 * clique of the network with the one link a–b added. S must meet the ring
 * conditions (size, countries, a place of `country`). Every such S is found,
 * each once (keyed by its members), and none is inside a ring (S is not a
 * clique, and a ring's subsets are). Both parts of S without a or without b
 * are complete: those may be listed as rings of their own when they are
 * maximal and large enough, and the near-ring then says which one link would
 * join them into a larger ring.
 *
 * Works on any graphology graph (directions ignored) whose nodes carry `country` and
 * whose edges may carry `sources` (file:line strings, an array or "a|b"); it
 * looks only at the two ends of each link, never at which end is Norwegian.
 * Only the neighbourhoods of `country`'s places are searched, so the cost
 * follows those places, not the size of the network. Pure, browser-safe.
 */
import type Graph from 'graphology';
import { resolveOptions } from '../options/resolve-options.ts';
import { findMaximalCliques, findMaximalCliquesContaining, type Adjacency } from './maximal-cliques.ts';

export interface FriendshipRingOptions {
  /** A ring must contain a place of this country (node attribute `country`). */
  country: string;
  /** Fewest places in a ring. */
  minSize: number;
  /** Fewest distinct countries in a ring. */
  minCountries: number;
}

export const FRIENDSHIP_RING_DEFAULTS: FriendshipRingOptions = { country: 'NO', minSize: 4, minCountries: 3 };

export interface RingMember {
  id: string;
  name: string;
  country: string;
}

export interface RingLink {
  /** The two ends, in the members' order. */
  a: string;
  b: string;
  /** file:line of every statement of the link (empty when the network has none). */
  sources: string[];
}

export interface FriendshipRing {
  /** `country`'s places first, then by country, name and id. */
  members: RingMember[];
  /** Distinct countries of the members, in the members' order. */
  countries: string[];
  /** Every pair of members that is linked, in the members' order. */
  links: RingLink[];
  /** null for a complete ring; for a near-ring, the one pair that is not linked. */
  missing: { a: string; b: string } | null;
}

export interface FriendshipRingsResult {
  options: FriendshipRingOptions;
  /** Complete rings: largest first, then by member ids. */
  rings: FriendshipRing[];
  /** Rings but for one missing link: largest first, then by member ids. */
  nearRings: FriendshipRing[];
  /** Places of `country` in the network (the seeds of the search). */
  seeds: number;
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The `sources` edge attribute as a list of file:line strings. */
export function edgeSources(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'string' && value !== '') return value.split('|').map((s) => s.trim()).filter(Boolean);
  return [];
}

function checkOptions(o: FriendshipRingOptions): void {
  if (typeof o.country !== 'string' || o.country === '') throw new Error(`findFriendshipRings: country must be a country code, got "${String(o.country)}"`);
  if (!Number.isInteger(o.minSize) || o.minSize < 2) throw new Error(`findFriendshipRings: minSize must be an integer >= 2, got ${o.minSize}`);
  if (!Number.isInteger(o.minCountries) || o.minCountries < 1) throw new Error(`findFriendshipRings: minCountries must be an integer >= 1, got ${o.minCountries}`);
}

/** The graph's adjacency (undirected view; self-loops ignored). */
function graphAdjacency(graph: Graph): Map<string, Set<string>> {
  const adjacency = new Map<string, Set<string>>();
  graph.forEachNode((n) => adjacency.set(n, new Set()));
  graph.forEachEdge((_e, _a, s, t) => {
    if (s === t) return;
    adjacency.get(s)!.add(t);
    adjacency.get(t)!.add(s);
  });
  return adjacency;
}

/** Pairs (a < b) of unlinked places that could be the missing link of a near-ring containing a seed. */
function candidatePairs(adjacency: Adjacency, seeds: readonly string[]): [string, string][] {
  const pairs = new Map<string, [string, string]>();
  const add = (a: string, b: string) => {
    if (a === b || adjacency.get(a)!.has(b)) return;
    const [x, y] = a < b ? [a, b] : [b, a];
    pairs.set(`${x}\u0000${y}`, [x, y]);
  };
  for (const v of seeds) {
    const nv = [...adjacency.get(v)!].sort(compareText);
    // The seed inside K: both ends of the missing link are its neighbours.
    for (let i = 0; i < nv.length; i++) for (let j = i + 1; j < nv.length; j++) add(nv[i]!, nv[j]!);
    // The seed is an end: the other end is two steps away.
    for (const u of nv) for (const w of adjacency.get(u)!) add(v, w);
  }
  return [...pairs.values()].sort((p, q) => compareText(p[0], q[0]) || compareText(p[1], q[1]));
}

/** Find the friendship rings and near-rings that contain a place of `country`. */
export function findFriendshipRings(graph: Graph, options?: Partial<FriendshipRingOptions>): FriendshipRingsResult {
  const o = resolveOptions('findFriendshipRings', FRIENDSHIP_RING_DEFAULTS, options);
  checkOptions(o);
  const adjacency = graphAdjacency(graph);
  const countryOf = (id: string) => String(graph.getNodeAttribute(id, 'country') ?? '');
  const nameOf = (id: string) => String(graph.getNodeAttribute(id, 'name') ?? graph.getNodeAttribute(id, 'label') ?? id);
  const seeds = graph.filterNodes((id) => countryOf(id) === o.country).sort(compareText);
  const qualifies = (ids: readonly string[]) => {
    if (ids.length < o.minSize || !ids.some((id) => countryOf(id) === o.country)) return false;
    return new Set(ids.map(countryOf).filter((c) => c !== '')).size >= o.minCountries;
  };
  const describe = (ids: readonly string[], missing: [string, string] | null): FriendshipRing => {
    const members = ids
      .map((id) => ({ id, name: nameOf(id), country: countryOf(id) }))
      .sort(
        (x, y) =>
          Number(y.country === o.country) - Number(x.country === o.country) ||
          compareText(x.country, y.country) ||
          compareText(x.name, y.name) ||
          compareText(x.id, y.id),
      );
    const links: RingLink[] = [];
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const a = members[i]!.id;
        const b = members[j]!.id;
        if (!adjacency.get(a)!.has(b)) continue;
        const sources = new Set<string>();
        // graphology's edges(a, b) gives the edges either way round, also in a directed graph, in the order they were added.
        for (const e of graph.edges(a, b)) for (const s of edgeSources(graph.getEdgeAttribute(e, 'sources'))) sources.add(s);
        links.push({ a, b, sources: [...sources] });
      }
    }
    const order = new Map(members.map((m, i) => [m.id, i]));
    const gap = missing ? (order.get(missing[0])! <= order.get(missing[1])! ? { a: missing[0], b: missing[1] } : { a: missing[1], b: missing[0] }) : null;
    return { members, countries: [...new Set(members.map((m) => m.country))], links, missing: gap };
  };

  const rings = findMaximalCliquesContaining(adjacency, seeds)
    .filter(qualifies)
    .map((ids) => describe(ids, null));

  const near = new Map<string, string[]>();
  const nearMissing = new Map<string, [string, string]>();
  for (const [a, b] of candidatePairs(adjacency, seeds)) {
    const na = adjacency.get(a)!;
    const common = [...adjacency.get(b)!].filter((u) => na.has(u));
    if (common.length + 2 < o.minSize) continue;
    const sub = new Map<string, Set<string>>();
    const inCommon = new Set(common);
    for (const u of common) sub.set(u, new Set([...adjacency.get(u)!].filter((w) => inCommon.has(w))));
    for (const k of findMaximalCliques(sub)) {
      const ids = [a, b, ...k].sort(compareText);
      if (!qualifies(ids)) continue;
      const key = ids.join('\u0000');
      near.set(key, ids);
      nearMissing.set(key, [a, b]);
    }
  }
  const nearRings = [...near.entries()]
    .sort(([x, p], [y, q]) => q.length - p.length || compareText(x, y))
    .map(([key, ids]) => describe(ids, nearMissing.get(key)!));

  return { options: o, rings: sortRings(rings), nearRings, seeds: seeds.length };
}

function sortRings(rings: FriendshipRing[]): FriendshipRing[] {
  const key = (r: FriendshipRing) => r.members.map((m) => m.id).sort(compareText).join('\u0000');
  return rings.sort((x, y) => y.members.length - x.members.length || compareText(key(x), key(y)));
}
