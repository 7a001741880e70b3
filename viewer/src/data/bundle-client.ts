/**
 * The page's side of the bundle worker: promises for "load this URL",
 * "open this file" and "give me network X", with progress callbacks. Graphs
 * are built chunk by chunk as messages arrive, so each main-thread task stays short.
 */
import Graph from 'graphology';
import type { NetworkName } from '../../../src/graph/network-bundle.ts';
import type { BundleMeta, FromWorker, NetworkMeta, ToWorker } from '../workers/protocol.ts';

export type ProgressListener = (step: string, done: number, total: number) => void;

/** Nodes or edges per message: small enough that importing one chunk takes a few milliseconds. */
const CHUNK_SIZE = 5000;

interface Pending {
  onMessage: (message: FromWorker) => void;
  onError: (error: Error) => void;
}

export class BundleClient {
  private readonly worker: Worker;
  private nextRequest = 1;
  private readonly pending = new Map<number, Pending>();

  constructor() {
    this.worker = new Worker(new URL('../workers/bundle.worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      const pending = this.pending.get(message.request);
      if (!pending) return;
      if (message.type === 'error') {
        this.pending.delete(message.request);
        pending.onError(new Error(message.message));
      } else {
        pending.onMessage(message);
      }
    };
    this.worker.onerror = (event) => {
      const error = new Error(`the bundle worker failed: ${event.message || 'unknown error'}`);
      for (const pending of this.pending.values()) pending.onError(error);
      this.pending.clear();
    };
  }

  private request<T>(
    build: (request: number) => ToWorker,
    handle: (message: FromWorker, resolve: (value: T) => void) => void,
    onProgress?: ProgressListener,
  ): Promise<T> {
    const request = this.nextRequest++;
    return new Promise<T>((resolve, reject) => {
      const finish = (value: T) => {
        this.pending.delete(request);
        resolve(value);
      };
      this.pending.set(request, {
        onError: reject,
        onMessage: (message) => {
          if (message.type === 'progress') onProgress?.(message.step, message.done, message.total);
          else {
            try {
              handle(message, finish);
            } catch (error) {
              this.pending.delete(request);
              reject(error instanceof Error ? error : new Error(String(error)));
            }
          }
        },
      });
      this.worker.postMessage(build(request));
    });
  }

  loadUrl(url: string, onProgress?: ProgressListener): Promise<BundleMeta> {
    const absolute = new URL(url, document.baseURI).href;
    return this.request<BundleMeta>(
      (request) => ({ type: 'load-url', request, url: absolute }),
      (message, resolve) => {
        if (message.type === 'meta') resolve(message.meta);
      },
      onProgress,
    );
  }

  async openFile(file: File, seed: number, onProgress?: ProgressListener): Promise<BundleMeta> {
    const text = await file.text();
    return this.request<BundleMeta>(
      (request) => ({ type: 'open-file', request, fileName: file.name, text, seed }),
      (message, resolve) => {
        if (message.type === 'meta') resolve(message.meta);
      },
      onProgress,
    );
  }

  streamNetwork(meta: NetworkMeta, onProgress?: ProgressListener): Promise<Graph> {
    const graph = new Graph(meta.options);
    graph.replaceAttributes(meta.attributes ?? {});
    const total = meta.order + meta.size;
    let done = 0;
    return this.request<Graph>(
      (request) => ({ type: 'stream-network', request, name: meta.name as NetworkName, chunkSize: CHUNK_SIZE }),
      (message, resolve) => {
        if (message.type === 'nodes') {
          graph.import({ nodes: message.nodes });
          done += message.nodes.length;
          onProgress?.('graph', done, total);
        } else if (message.type === 'edges') {
          graph.import({ edges: message.edges });
          done += message.edges.length;
          onProgress?.('graph', done, total);
        } else if (message.type === 'done') {
          resolve(graph);
        }
      },
      onProgress,
    );
  }
}
