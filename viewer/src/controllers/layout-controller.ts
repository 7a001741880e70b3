/**
 * Live layout: ForceAtlas2 in a web worker (graphology-layout-forceatlas2/worker)
 * with the same settings the bundle's layout used, and a one-shot
 * "remove overlap" pass. Both move nodes by writing x/y — positions are
 * data, and sigma follows the graph's attribute events.
 *
 * The layout code is a separate chunk (layout-code.ts), fetched after the
 * first frame (App calls preloadLayoutCode) or on first use; the controller's
 * state changes at once, and the layout starts when the code is there.
 */
import type Graph from 'graphology';
import type Sigma from 'sigma';
import { LARGE_GRAPH_NODES } from '../data/network-model.ts';
import type { RemoveOverlapReply, RemoveOverlapRequest } from '../workers/remove-overlap.worker.ts';

type LayoutCode = typeof import('./layout-code.ts');
type Supervisor = InstanceType<LayoutCode['FA2Layout']>;

let code: LayoutCode | null = null;
let loading: Promise<LayoutCode> | null = null;

export function preloadLayoutCode(): Promise<LayoutCode> {
  loading ??= import('./layout-code.ts').then((loaded) => (code = loaded));
  // A failed download may be retried by the next call.
  loading.catch(() => { loading = null; });
  return loading;
}

export class LayoutController {
  private supervisor: Supervisor | null = null;
  private graph: Graph | null = null;
  private running = false;
  onChange: (running: boolean) => void = () => {};
  onError: (message: string) => void = () => {};

  isRunning(): boolean {
    return this.running;
  }

  start(graph: Graph): void {
    if (this.graph !== graph) this.kill();
    this.graph = graph;
    this.running = true;
    this.onChange(true);
    if (code) this.run(code, graph);
    else
      preloadLayoutCode().then(
        (loaded) => this.run(loaded, graph),
        (error: unknown) => this.fail(error),
      );
  }

  private run(loaded: LayoutCode, graph: Graph): void {
    // Stopped, killed or given another graph while the code loaded.
    if (!this.running || this.graph !== graph) return;
    this.supervisor ??= new loaded.FA2Layout(graph, { settings: loaded.inferLayoutSettings(graph.order) });
    this.supervisor.start();
  }

  private fail(error: unknown): void {
    this.running = false;
    this.onChange(false);
    this.onError(`The layout code could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
  }

  stop(): void {
    this.running = false;
    this.supervisor?.stop();
    this.onChange(false);
  }

  kill(): void {
    this.running = false;
    this.supervisor?.kill();
    this.supervisor = null;
    this.graph = null;
    this.onChange(false);
  }

  /**
   * Pushes apart nodes that overlap on screen at the current zoom: drawn radii
   * (pixels) are converted to graph units through the camera. Large graphs
   * run it in a worker (seconds at 100k nodes), small ones at once.
   */
  removeOverlap(renderer: Sigma): void {
    this.stop();
    if (renderer.getGraph().order > LARGE_GRAPH_NODES) this.removeOverlapInWorker(renderer);
    else if (code) this.removeOverlapNow(code, renderer);
    else
      preloadLayoutCode().then(
        (loaded) => this.removeOverlapNow(loaded, renderer),
        (error: unknown) => this.fail(error),
      );
  }

  private removeOverlapNow(loaded: LayoutCode, renderer: Sigma): void {
    const graph = renderer.getGraph();
    const unitsPerPixel = graphUnitsPerPixel(renderer);
    loaded.removeOverlap.assign(graph, {
      maxIterations: 300,
      margin: 2 * unitsPerPixel,
      getSize: (node) => renderer.scaleSize(renderer.getNodeDisplayData(node)?.size ?? 1) * unitsPerPixel,
    });
  }

  private overlapWorker: Worker | null = null;

  private removeOverlapInWorker(renderer: Sigma): void {
    if (this.overlapWorker) return; // one pass at a time
    const graph = renderer.getGraph();
    const unitsPerPixel = graphUnitsPerPixel(renderer);
    const keys = graph.nodes();
    const request: RemoveOverlapRequest = {
      xs: new Float64Array(keys.length),
      ys: new Float64Array(keys.length),
      sizes: new Float64Array(keys.length),
      margin: 2 * unitsPerPixel,
      maxIterations: 50,
    };
    keys.forEach((node, i) => {
      const attributes = graph.getNodeAttributes(node);
      request.xs[i] = attributes.x;
      request.ys[i] = attributes.y;
      request.sizes[i] = renderer.scaleSize(renderer.getNodeDisplayData(node)?.size ?? 1) * unitsPerPixel;
    });
    const worker = new Worker(new URL('../workers/remove-overlap.worker.ts', import.meta.url), { type: 'module' });
    this.overlapWorker = worker;
    const done = () => {
      worker.terminate();
      this.overlapWorker = null;
    };
    worker.onmessage = (event: MessageEvent<RemoveOverlapReply>) => {
      done();
      const reply = event.data;
      if (reply.type === 'error') return void this.onError(`Remove overlap failed: ${reply.message}`);
      // The graph may have been replaced or changed while the worker ran: then the answer is stale.
      if (renderer.getGraph() !== graph || graph.order !== keys.length) return;
      const index = new Map(keys.map((node, i) => [node, i]));
      // One update event for all nodes (sigma refreshes once), not one per node.
      graph.updateEachNodeAttributes(
        (node, attributes) => {
          const i = index.get(node);
          return i === undefined ? attributes : { ...attributes, x: reply.xs[i]!, y: reply.ys[i]! };
        },
        { attributes: ['x', 'y'] },
      );
    };
    worker.onerror = (event) => {
      done();
      this.onError(`Remove overlap failed: ${event.message}`);
    };
    worker.postMessage(request, [request.xs.buffer, request.ys.buffer, request.sizes.buffer]);
  }
}

/** Graph units per screen pixel at the current zoom. */
function graphUnitsPerPixel(renderer: Sigma): number {
  const a = renderer.viewportToGraph({ x: 0, y: 0 });
  const b = renderer.viewportToGraph({ x: 100, y: 0 });
  return Math.hypot(b.x - a.x, b.y - a.y) / 100;
}
