/**
 * The network bundle the viewer opens (data/network-bundle.json): the four
 * networks of the dataset with metrics, communities and layout precomputed,
 * and the text of every source statement an edge refers to. Pure.
 */
import { bundleNetwork, bundleNetworks } from '../graph/build-network-bundle.ts';
import { buildNetworks } from '../graph/build-networks.ts';
import type { NetworkBundle } from '../graph/network-bundle.ts';
import type { Dataset } from './build-dataset.ts';

export const VIEWER_BUNDLE_FILE = 'network-bundle.json';
/** The world dataset's bundle: a separate file, so it costs the Norway page nothing until "World" is chosen. */
export const WORLD_VIEWER_BUNDLE_FILE = 'network-bundle-world.json';

/** The credit the viewer shows with the world bundle (its data are CC BY-SA 4.0). */
export const WORLD_BUNDLE_TITLE = 'The world’s twin towns and sister cities (English Wikipedia, Lists of twin towns and sister cities, via Hekman/twincities)';

/**
 * Above this many places the world bundle skips betweenness, closeness and
 * harmonic centrality: all-pairs shortest paths on ~17,800 places would make
 * `vennskap data` take minutes; degree, PageRank, eigenvector, core and
 * clustering are kept.
 */
const WORLD_PATH_METRICS_UP_TO = 5_000;

export function buildViewerBundle(dataset: Dataset, seed = 1): NetworkBundle {
  const sourceLines: Record<string, string> = {};
  for (const m of dataset.mentions) sourceLines[`${m.file}:${m.line}`] = m.text;
  // Ended partnerships are in the viewer's network, so its status filter can show or hide them.
  const networks = buildNetworks(dataset, { twin: { includeEnded: true } });
  return bundleNetworks(networks, { title: 'Norway’s twin towns, sister cities and friendship agreements', sourceLines, seed });
}

/** Deterministic text of a bundle: compact JSON and a final newline. */
export function formatViewerBundle(bundle: NetworkBundle): string {
  return `${JSON.stringify(bundle)}\n`;
}

/**
 * The world dataset's bundle: the twin network only. The derived networks
 * (municipality × country, countries, municipalities) are about Norwegian
 * municipalities, which the Norway bundle already has in full. Source lines
 * are kept so the side panel can quote the Wikipedia row behind each link.
 */
export function buildWorldViewerBundle(world: Dataset, seed = 1): NetworkBundle {
  const sourceLines: Record<string, string> = {};
  for (const m of world.mentions) sourceLines[`${m.file}:${m.line}`] = m.text;
  const twin = buildNetworks(world, { twin: { includeEnded: true } }).twin;
  const network = bundleNetwork(twin, { name: 'twin', seed, pathMetricsUpTo: WORLD_PATH_METRICS_UP_TO });
  return { format: 'vennskap-network-bundle', version: 1, title: WORLD_BUNDLE_TITLE, networks: { twin: network }, sourceLines };
}
