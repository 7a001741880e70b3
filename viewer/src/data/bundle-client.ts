/**
 * Where the page gets its bundle and graphs from. Three sources, one API:
 *
 * - a small bundle (the Norway one is ~1 MB) is fetched and parsed on the
 *   main thread: a worker's start-up would cost more than the parse;
 * - a large one is handed to the load worker, which parses it off the main
 *   thread and streams one network at a time in chunks, so building the
 *   graph never blocks the page for long;
 * - a user's file goes to the file worker (reader + metrics + layout),
 *   started on first use because it carries all the analysis code.
 */
import Graph from 'graphology';
import type { SerializedEdge, SerializedNode } from 'graphology-types';
import type { NetworkBundle, NetworkName } from '../../../src/graph/network-bundle.ts';
import type { BundleMeta, FromWorker, NetworkMeta, ToWorker } from '../workers/protocol.ts';
import { describeBundle, parseBundleText } from './bundle-format.ts';
import { decodeText } from '../../../src/formats/decode-text.ts';

export type ProgressListener = (step: string, done: number, total: number) => void;

/** Bundles up to this size are parsed on the main thread (JSON.parse runs at several hundred MB/s). */
const MAIN_THREAD_BYTES = 4_000_000;
/**
 * Nodes or edges per message: about 24 messages per network, each between
 * 5,000 and 25,000 items. Every message is one main-thread task; on a 100k /
 * 500k graph these stay far below sigma's own first render, and fewer, larger
 * messages cost less in total than many small ones.
 */
function chunkSize(items: number): number {
  return Math.min(25_000, Math.max(5000, Math.ceil(items / 24)));
}

interface Pending {
  onMessage: (message: FromWorker) => void;
  onError: (error: Error) => void;
}

/** One worker and its outstanding requests. */
class WorkerChannel {
  private worker: Worker | null = null;
  private nextRequest = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly create: () => Worker) {}

  private connect(): Worker {
    if (this.worker) return this.worker;
    const worker = this.create();
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
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
    worker.onerror = (event) => {
      const error = new Error(`a worker failed: ${event.message || 'unknown error'}`);
      for (const pending of this.pending.values()) pending.onError(error);
      this.pending.clear();
    };
    this.worker = worker;
    return worker;
  }

  request<T>(
    build: (request: number) => ToWorker,
    handle: (message: FromWorker, resolve: (value: T) => void) => void,
    onProgress?: ProgressListener,
    transfer: Transferable[] = [],
  ): Promise<T> {
    const worker = this.connect();
    const request = this.nextRequest++;
    return new Promise<T>((resolve, reject) => {
      const finish = (value: T) => {
        this.pending.delete(request);
        resolve(value);
      };
      this.pending.set(request, {
        onError: reject,
        onMessage: (message) => {
          if (message.type === 'progress') {
            onProgress?.(message.step, message.done, message.total);
            return;
          }
          try {
            handle(message, finish);
          } catch (error) {
            this.pending.delete(request);
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        },
      });
      worker.postMessage(build(request), transfer);
    });
  }
}

const resolveMeta = (message: FromWorker, resolve: (meta: BundleMeta) => void) => {
  if (message.type === 'meta') resolve(message.meta);
};

/**
 * The body as text if it is at most `limit` bytes; otherwise all its bytes,
 * to hand to the worker (transferred, not copied). Content-Length is not
 * enough to decide: compressed responses omit it. Reading is cheap (no
 * parsing), and the page reads at full speed: an earlier version handed the
 * rest of the download to the worker as a transferred stream, and each chunk's
 * round trip between the threads made a 45 MB download about twice as slow.
 */
async function readUpTo(
  response: Response,
  limit: number,
  onProgress?: ProgressListener,
): Promise<{ text: string } | { chunks: Uint8Array<ArrayBuffer>[] }> {
  if (!response.body) return { text: '' };
  const expected = Number(response.headers.get('Content-Length')) || 0;
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let total = 0;
  let reported = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    total += value.byteLength;
    if (total > limit && total - reported >= 2_000_000) {
      reported = total;
      onProgress?.('download', total, Math.max(expected, total));
    }
  }
  if (total > limit) return { chunks };
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { text: new TextDecoder().decode(bytes) };
}

function emptyGraph(meta: NetworkMeta): Graph {
  const graph = new Graph(meta.options);
  graph.replaceAttributes(meta.attributes ?? {});
  return graph;
}

export class BundleClient {
  private readonly loader = new WorkerChannel(
    () => new Worker(new URL('../workers/load-bundle.worker.ts', import.meta.url), { type: 'module' }),
  );
  private readonly opener = new WorkerChannel(
    () => new Worker(new URL('../workers/open-file.worker.ts', import.meta.url), { type: 'module' }),
  );
  /** Where the current bundle lives (the debug hook reports it, so tests can check the path taken). */
  get sourceKind(): 'local' | 'loader' | 'opener' | null {
    return this.source?.kind ?? null;
  }

  /** Which source holds the current bundle. */
  private source: { kind: 'local'; bundle: NetworkBundle } | { kind: 'loader' } | { kind: 'opener' } | null = null;

  async loadUrl(url: string, onProgress?: ProgressListener, started?: Promise<Response>): Promise<BundleMeta> {
    const absolute = new URL(url, document.baseURI).href;
    const response = await (started ?? fetch(absolute));
    if (!response.ok) throw new Error(`could not load ${url}: HTTP ${response.status}`);
    const body = await readUpTo(response, MAIN_THREAD_BYTES, onProgress);
    if ('text' in body) {
      const bundle = parseBundleText(body.text, url);
      this.source = { kind: 'local', bundle };
      return describeBundle(bundle, null, []);
    }
    // Too large to parse on the main thread: the worker gets the bytes and parses them.
    const buffers = [...new Set(body.chunks.map((chunk) => chunk.buffer))];
    const meta = await this.loader.request<BundleMeta>(
      (request) => ({ type: 'load-bytes', request, url, chunks: body.chunks }),
      resolveMeta,
      onProgress,
      buffers,
    );
    this.source = { kind: 'loader' };
    return meta;
  }

  async openFile(file: File, seed: number, onProgress?: ProgressListener): Promise<BundleMeta> {
    // UTF-8 only, as on the command line: another encoding is named, not replaced with "�".
    const text = decodeText(new Uint8Array(await file.arrayBuffer()), file.name);
    const meta = await this.opener.request<BundleMeta>(
      (request) => ({ type: 'open-file', request, fileName: file.name, text, seed }),
      resolveMeta,
      onProgress,
    );
    this.source = { kind: 'opener' };
    return meta;
  }

  async streamNetwork(meta: NetworkMeta, onProgress?: ProgressListener): Promise<Graph> {
    const source = this.source;
    if (!source) throw new Error('no bundle is loaded');
    const graph = emptyGraph(meta);
    if (source.kind === 'local') {
      const network = source.bundle.networks[meta.name];
      if (!network) throw new Error(`the bundle has no "${meta.name}" network`);
      graph.import({ nodes: network.graph.nodes, edges: network.graph.edges });
      return graph;
    }
    const channel = source.kind === 'loader' ? this.loader : this.opener;
    const total = meta.order + meta.size;
    let done = 0;
    return channel.request<Graph>(
      (request) => ({ type: 'stream-network', request, name: meta.name as NetworkName, chunkSize: chunkSize(total) }),
      (message, resolve) => {
        if (message.type === 'nodes') {
          graph.import({ nodes: JSON.parse(message.json) as SerializedNode[] });
          done += message.count;
          onProgress?.('graph', done, total);
        } else if (message.type === 'edges') {
          graph.import({ edges: JSON.parse(message.json) as SerializedEdge[] });
          done += message.count;
          onProgress?.('graph', done, total);
        } else if (message.type === 'done') {
          resolve(graph);
        }
      },
      onProgress,
    );
  }
}
