/**
 * Checking a parsed bundle and describing it (BundleMeta), shared by the page
 * (small bundles are parsed on the main thread) and the workers (large ones).
 */
import { NETWORK_NAMES, type NetworkBundle } from '../../../src/graph/network-bundle.ts';
import type { BundleMeta } from '../workers/protocol.ts';

export function checkBundle(data: unknown, source: string): NetworkBundle {
  const b = data as Partial<NetworkBundle> | null;
  if (!b || typeof b !== 'object' || b.format !== 'vennskap-network-bundle') {
    throw new Error(`${source} is not a vennskap network bundle (no "format": "vennskap-network-bundle")`);
  }
  if (b.version !== 1) throw new Error(`${source}: unsupported bundle version ${String(b.version)}`);
  const networks = b.networks ?? {};
  for (const [name, network] of Object.entries(networks)) {
    if (!network || !Array.isArray(network.graph?.nodes) || !Array.isArray(network.graph?.edges)) {
      throw new Error(`${source}: network "${name}" has no graph`);
    }
  }
  return { ...(b as NetworkBundle), sourceLines: b.sourceLines ?? {}, networks };
}

/** Static servers answer unknown paths with their index page: say so instead of a JSON syntax error. */
export function parseBundleText(text: string, source: string): NetworkBundle {
  if (/^\s*</.test(text)) {
    throw new Error(`${source} is not a vennskap network bundle (the server returned an HTML page: wrong path?)`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${source} is not valid JSON: ${(error as Error).message}`);
  }
  return checkBundle(data, source);
}

export function describeBundle(bundle: NetworkBundle, fileName: string | null, notes: string[]): BundleMeta {
  const networks = NETWORK_NAMES.flatMap((name) => {
    const network = bundle.networks[name];
    if (!network) return [];
    return [{
      name,
      metricNames: network.metricNames,
      communities: network.communities,
      modularity: network.modularity,
      order: network.graph.nodes.length,
      size: network.graph.edges.length,
      options: network.graph.options,
      attributes: network.graph.attributes,
    }];
  });
  return { title: bundle.title, networks, sourceLines: bundle.sourceLines, fileName, notes };
}
