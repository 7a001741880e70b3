/// <reference lib="webworker" />
/**
 * Off-main-thread work: fetching and parsing the network bundle, and turning
 * a user's own file into a bundle (parse + metrics + communities + layout).
 * The page then asks for one network at a time, streamed in chunks.
 */
import type { BundledNetwork, NetworkBundle, NetworkName } from '../../../src/graph/network-bundle.ts';
import { NETWORK_NAMES } from '../../../src/graph/network-bundle.ts';
import { bundleNetwork } from '../../../src/graph/build-network-bundle.ts';
import type { BundleMeta, FromWorker, ToWorker } from './protocol.ts';
import { readOwnFile } from './read-own-file.ts';

declare const self: DedicatedWorkerGlobalScope;

let bundle: NetworkBundle | null = null;
let fileName: string | null = null;
/** What the reader had to say about the user's file (merged parallel edges, directed read as undirected…). */
let notes: string[] = [];

function post(message: FromWorker): void {
  self.postMessage(message);
}

function metaOf(b: NetworkBundle): BundleMeta {
  const networks = NETWORK_NAMES.flatMap((name) => {
    const network = b.networks[name];
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
  return { title: b.title, networks, sourceLines: b.sourceLines, fileName, notes };
}

function checkBundle(data: unknown, source: string): NetworkBundle {
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

async function loadUrl(request: number, url: string): Promise<void> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`could not load ${url}: HTTP ${response.status}`);
  const text = await response.text();
  // Static servers answer unknown paths with their index page: say so instead of a JSON syntax error.
  if (/^\s*</.test(text)) throw new Error(`${url} is not a vennskap network bundle (the server returned an HTML page: wrong path?)`);
  post({ type: 'progress', request, step: 'parse', done: 1, total: 2 });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${url} is not valid JSON: ${(error as Error).message}`);
  }
  bundle = checkBundle(data, url);
  fileName = null;
  notes = [];
  post({ type: 'meta', request, meta: metaOf(bundle) });
}

function openFile(request: number, name: string, text: string, seed: number): void {
  post({ type: 'progress', request, step: 'read', done: 0, total: 5 });
  const { graph, notes: readNotes } = readOwnFile(text, name);
  if (graph.order === 0) throw new Error(`${name}: the file has no nodes`);
  const steps = ['metrics', 'communities', 'layout', 'export'];
  const network: BundledNetwork = bundleNetwork(graph, {
    name: 'twin',
    seed,
    onProgress: (step, done) => post({ type: 'progress', request, step, done: 1 + Math.max(done, steps.indexOf(step)), total: 5 }),
  });
  // Replace the current bundle only once the new one is complete: a bad file keeps the old graph.
  bundle = { format: 'vennskap-network-bundle', version: 1, title: name, networks: { twin: network }, sourceLines: {} };
  fileName = name;
  notes = readNotes;
  post({ type: 'meta', request, meta: metaOf(bundle) });
}

function streamNetwork(request: number, name: NetworkName, chunkSize: number): void {
  const network = bundle?.networks[name];
  if (!network) throw new Error(`the bundle has no "${name}" network`);
  const { nodes, edges } = network.graph;
  for (let i = 0; i < nodes.length; i += chunkSize) post({ type: 'nodes', request, nodes: nodes.slice(i, i + chunkSize) });
  for (let i = 0; i < edges.length; i += chunkSize) post({ type: 'edges', request, edges: edges.slice(i, i + chunkSize) });
  post({ type: 'done', request });
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  const run = async () => {
    if (message.type === 'load-url') await loadUrl(message.request, message.url);
    else if (message.type === 'open-file') openFile(message.request, message.fileName, message.text, message.seed);
    else streamNetwork(message.request, message.name, message.chunkSize);
  };
  run().catch((error: unknown) => {
    post({ type: 'error', request: message.request, message: error instanceof Error ? error.message : String(error) });
  });
};
