/**
 * The network bundle the viewer opens (data/network-bundle.json): the four
 * networks of the dataset with metrics, communities and layout precomputed,
 * and the text of every source statement an edge refers to. Pure.
 */
import { bundleNetworks } from '../graph/build-network-bundle.ts';
import { buildNetworks } from '../graph/build-networks.ts';
import type { NetworkBundle } from '../graph/network-bundle.ts';
import type { Dataset } from './build-dataset.ts';

export const VIEWER_BUNDLE_FILE = 'network-bundle.json';

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
