/**
 * Fixture bundles for the viewer tests, built with the real bundle builder
 * (bundleNetwork) from hand-written data, the NetworkX reference graphs and a
 * planted-partition graph. Written to a temp directory per run, never committed.
 *
 * The "places" fixture is hand-written so that tests can state expected
 * answers (who is whose partner, which places are Swedish, which links ended)
 * straight from the tables below, independently of the viewer's code.
 */
import { UndirectedGraph } from 'graphology';
import type Graph from 'graphology';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleNetwork, bundleNetworks } from '../../src/graph/build-network-bundle.ts';
import type { NetworkBundle } from '../../src/graph/network-bundle.ts';
import { generatePlantedPartition } from '../../src/analyse/synthetic/index.ts';
import { loadReference } from '../helpers/load-reference.ts';

export interface PlaceRow {
  key: string;
  name: string;
  country: string;
  kind: string;
  county?: string;
}

export interface LinkRow {
  source: string;
  target: string;
  status: 'active' | 'ended';
  since?: number;
  until?: number;
  relation: 'twin' | 'friendship';
  tags: string[];
  /** "file:line" */
  sources: string[];
}

const TWIN = 'norway-twin-towns.txt';
const CHINA = 'norway-china-friendship.txt';

export const PLACES: PlaceRow[] = [
  { key: 'tromso', name: 'Tromsø', country: 'NO', kind: 'municipality', county: 'Troms' },
  { key: 'bergen', name: 'Bergen', country: 'NO', kind: 'municipality', county: 'Vestland' },
  { key: 'oslo', name: 'Oslo', country: 'NO', kind: 'municipality', county: 'Oslo' },
  { key: 'alesund', name: 'Ålesund', country: 'NO', kind: 'municipality', county: 'Møre og Romsdal' },
  { key: 'bodo', name: 'Bodø', country: 'NO', kind: 'municipality', county: 'Nordland' },
  { key: 'trondheim', name: 'Trondheim', country: 'NO', kind: 'municipality', county: 'Trøndelag' },
  { key: 'stavanger', name: 'Stavanger', country: 'NO', kind: 'municipality', county: 'Rogaland' },
  { key: 'hammerfest', name: 'Hammerfest', country: 'NO', kind: 'municipality', county: 'Finnmark' },
  { key: 'vestland', name: 'Vestland', country: 'NO', kind: 'county' },
  { key: 'roros', name: 'Røros', country: 'NO', kind: 'municipality', county: 'Trøndelag' },
  { key: 'goteborg', name: 'Göteborg', country: 'SE', kind: 'city' },
  { key: 'lulea', name: 'Luleå', country: 'SE', kind: 'city' },
  { key: 'umea', name: 'Umeå', country: 'SE', kind: 'city' },
  { key: 'aarhus', name: 'Aarhus', country: 'DK', kind: 'city' },
  { key: 'aalborg', name: 'Aalborg', country: 'DK', kind: 'city' },
  { key: 'oulu', name: 'Oulu', country: 'FI', kind: 'city' },
  { key: 'turku', name: 'Turku', country: 'FI', kind: 'city' },
  { key: 'kiel', name: 'Kiel', country: 'DE', kind: 'city' },
  { key: 'rostock', name: 'Rostock', country: 'DE', kind: 'city' },
  { key: 'murmansk', name: 'Murmansk', country: 'RU', kind: 'city' },
  { key: 'arkhangelsk', name: 'Arkhangelsk', country: 'RU', kind: 'city' },
  { key: 'seattle', name: 'Seattle', country: 'US', kind: 'city' },
  { key: 'anchorage', name: 'Anchorage', country: 'US', kind: 'city' },
  { key: 'qingdao', name: 'Qingdao', country: 'CN', kind: 'city' },
  { key: 'shandong', name: 'Shandong', country: 'CN', kind: 'province' },
  { key: 'isafjordur', name: 'Ísafjörður', country: 'IS', kind: 'city' },
  { key: 'aberdeen', name: 'Aberdeen', country: 'GB-SCT', kind: 'city' },
];

let line = 10;
const twin = (source: string, target: string, status: 'active' | 'ended', since?: number, until?: number, tags: string[] = []): LinkRow => ({
  source, target, status, since, until, relation: 'twin', tags, sources: [`${TWIN}:${line++}`],
});
const friendship = (source: string, target: string, since: number, tags: string[]): LinkRow => ({
  source, target, status: 'active', since, relation: 'friendship', tags, sources: [`${CHINA}:${line++}`],
});

export const LINKS: LinkRow[] = [
  twin('tromso', 'murmansk', 'ended', 1972, 2022),
  twin('tromso', 'arkhangelsk', 'ended', 1989, 2022),
  twin('tromso', 'anchorage', 'active', 1969),
  twin('tromso', 'lulea', 'active', 1950),
  twin('tromso', 'oulu', 'active', 1953),
  twin('tromso', 'isafjordur', 'active', 1985, undefined, ['culture']),
  twin('bergen', 'seattle', 'active', 1967),
  twin('bergen', 'goteborg', 'active', 1946),
  twin('bergen', 'aarhus', 'active', 1946),
  twin('bergen', 'turku', 'active', 1946),
  twin('bergen', 'rostock', 'ended', 1965, 1990),
  twin('bergen', 'aberdeen', 'active', 1978, undefined, ['education', 'trade']),
  friendship('bergen', 'qingdao', 2007, ['trade']),
  friendship('vestland', 'shandong', 2005, ['education']),
  twin('oslo', 'goteborg', 'active', 1946),
  twin('oslo', 'aarhus', 'active', 1946),
  twin('oslo', 'turku', 'active', 1946),
  twin('oslo', 'seattle', 'ended', 1980, 2000),
  twin('alesund', 'aalborg', 'active', 1948),
  twin('alesund', 'umea', 'active', 1950),
  twin('alesund', 'kiel', 'ended', 1960, 2010),
  twin('bodo', 'murmansk', 'ended', 1990, 2022),
  twin('bodo', 'lulea', 'active', 1980),
  twin('bodo', 'oulu', 'active', 1980),
  twin('trondheim', 'aarhus', 'active', 1946),
  twin('trondheim', 'goteborg', 'active', 1946),
  twin('trondheim', 'kiel', 'active', 1951),
  twin('stavanger', 'aberdeen', 'active', 1990),
  twin('stavanger', 'anchorage', 'active', 1987),
  twin('hammerfest', 'murmansk', 'ended', 1990, 2022),
  twin('hammerfest', 'isafjordur', 'active', 1970),
];

export function placesSourceLines(): Record<string, string> {
  const names = new Map(PLACES.map((p) => [p.key, p.name]));
  const lines: Record<string, string> = {};
  for (const link of LINKS) {
    const text = `${names.get(link.source)} – ${names.get(link.target)}${link.since ? ` (since ${link.since})` : ''}`;
    for (const ref of link.sources) lines[ref] = text;
  }
  return lines;
}

export function placesGraph(): Graph {
  const graph = new UndirectedGraph();
  for (const { key, ...attributes } of PLACES) graph.addNode(key, { ...attributes, label: attributes.name });
  for (const { source, target, ...attributes } of LINKS) {
    graph.addEdgeWithKey(`${source}--${target}`, source, target, { ...attributes, weight: 1 });
  }
  return graph;
}

/** The same links aggregated by country pair: the bundle's "country" network. */
export function countriesGraph(): Graph {
  const countryOf = new Map(PLACES.map((p) => [p.key, p.country]));
  const graph = new UndirectedGraph();
  for (const country of new Set(PLACES.map((p) => p.country))) graph.addNode(country, { label: country, name: country, country, kind: 'country' });
  for (const link of LINKS) {
    const a = countryOf.get(link.source)!;
    const b = countryOf.get(link.target)!;
    graph.updateEdge(a, b, (attributes) => ({ weight: (Number(attributes.weight) || 0) + 1 }));
  }
  return graph;
}

/** Neighbours of a place in the fixture, straight from LINKS. */
export function partnersOf(key: string): string[] {
  return LINKS.flatMap((l) => (l.source === key ? [l.target] : l.target === key ? [l.source] : [])).sort();
}

export const XSS_LABELS = ['<script>window.__xss=1</script>', '<img src=x onerror="window.__xss=1">'] as const;

/** Labels, tags, counties and source lines that are HTML; the viewer must show them as text. */
export function xssGraph(): { graph: Graph; sourceLines: Record<string, string> } {
  const graph = new UndirectedGraph();
  graph.addNode('script', { label: XSS_LABELS[0], name: XSS_LABELS[0], country: '<b>NO</b>', kind: 'municipality', county: XSS_LABELS[1] });
  graph.addNode('img', { label: XSS_LABELS[1], name: XSS_LABELS[1], country: 'SE', kind: 'city' });
  graph.addNode('plain', { label: 'Plain', name: 'Plain', country: 'DK', kind: 'city' });
  graph.addEdgeWithKey('e1', 'script', 'img', { weight: 1, status: 'active', tags: [XSS_LABELS[1]], sources: ['evil.txt:1'] });
  graph.addEdgeWithKey('e2', 'script', 'plain', { weight: 1, status: 'active', sources: ['evil.txt:2'] });
  return { graph, sourceLines: { 'evil.txt:1': XSS_LABELS[0], 'evil.txt:2': XSS_LABELS[1] } };
}

/** `note` pads every node with text, to push a bundle past the viewer's 4 MB main-thread limit. */
function plantedGraph(nodes: number, edges: number, communities: number, seed: number, note = ''): Graph {
  const planted = generatePlantedPartition({ nodes, edges, communities, mixing: 0.1, seed });
  const graph = new UndirectedGraph();
  for (let i = 0; i < planted.nodes; i++) graph.addNode(`n${i}`, note ? { label: `Node ${i}`, note } : { label: `Node ${i}` });
  for (let i = 0; i < planted.sources.length; i++) {
    const s = `n${planted.sources[i]}`;
    const t = `n${planted.targets[i]}`;
    if (s !== t && !graph.hasEdge(s, t)) graph.addEdgeWithKey(`e${i}`, s, t, { weight: 1 });
  }
  return graph;
}

export interface FixtureSet {
  dir: string;
  /** URL paths relative to the viewer's index.html. */
  places: string;
  xss: string;
  karate: string;
  lesmis: string;
  synthetic: string;
  large: string;
  /** Fixture bundles as written, for expected values. */
  bundles: Record<'places' | 'xss' | 'karate' | 'lesmis' | 'synthetic' | 'large', NetworkBundle>;
}

function single(graph: Graph, title: string, options: Parameters<typeof bundleNetwork>[1] = {}, sourceLines: Record<string, string> = {}): NetworkBundle {
  return {
    format: 'vennskap-network-bundle',
    version: 1,
    title,
    networks: { twin: bundleNetwork(graph, { name: 'twin', seed: 1, ...options }) },
    sourceLines,
  };
}

export function writeFixtures(root: string): FixtureSet {
  const dir = join(root, 'fixtures');
  mkdirSync(dir, { recursive: true });
  const xss = xssGraph();
  const bundles: FixtureSet['bundles'] = {
    places: bundleNetworks({ twin: placesGraph(), country: countriesGraph() }, { title: 'Fixture places', sourceLines: placesSourceLines(), seed: 1 }),
    xss: single(xss.graph, 'XSS fixture', {}, xss.sourceLines),
    karate: single(loadReference('karate').graph, 'karate'),
    lesmis: single(loadReference('lesmis').graph, 'lesmis'),
    synthetic: single(plantedGraph(600, 2400, 8, 7), 'synthetic 600'),
    // Past the viewer's large-graph threshold (5,000 nodes); few layout iterations keep the fixture quick.
    // Padded past 4 MB, so that it takes the worker path (parsed off the main thread, streamed in chunks).
    large: single(plantedGraph(6000, 18000, 20, 11, 'x'.repeat(400)), 'synthetic 6000', { layoutIterations: 5, pathMetricsUpTo: 0 }),
  };
  for (const [name, bundle] of Object.entries(bundles)) writeFileSync(join(dir, `${name}.json`), JSON.stringify(bundle));
  const path = (name: string) => `fixtures/${name}.json`;
  return {
    dir,
    places: path('places'),
    xss: path('xss'),
    karate: path('karate'),
    lesmis: path('lesmis'),
    synthetic: path('synthetic'),
    large: path('large'),
    bundles,
  };
}
