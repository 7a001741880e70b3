/// <reference lib="webworker" />
/**
 * What both workers share: the bundle they hold, and streaming one network
 * of it to the page in chunks.
 */
import type { NetworkBundle, NetworkName } from '../../../src/graph/network-bundle.ts';
import type { FromWorker, ToWorker } from './protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

export function post(message: FromWorker): void {
  self.postMessage(message);
}

export function streamNetwork(bundle: NetworkBundle | null, request: number, name: NetworkName, chunkSize: number): void {
  const network = bundle?.networks[name];
  if (!network) throw new Error(`the bundle has no "${name}" network`);
  const { nodes, edges } = network.graph;
  for (let i = 0; i < nodes.length; i += chunkSize) {
    const chunk = nodes.slice(i, i + chunkSize);
    post({ type: 'nodes', request, json: JSON.stringify(chunk), count: chunk.length });
  }
  for (let i = 0; i < edges.length; i += chunkSize) {
    const chunk = edges.slice(i, i + chunkSize);
    post({ type: 'edges', request, json: JSON.stringify(chunk), count: chunk.length });
  }
  post({ type: 'done', request });
}

/** Runs each request, turning any failure into an error message for that request. */
export function serve(handle: (message: ToWorker) => Promise<void> | void): void {
  self.onmessage = (event: MessageEvent<ToWorker>) => {
    const message = event.data;
    Promise.resolve()
      .then(() => handle(message))
      .catch((error: unknown) => {
        post({ type: 'error', request: message.request, message: error instanceof Error ? error.message : String(error) });
      });
  };
}
