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
   * (pixels) are converted to graph units through the camera.
   */
  removeOverlap(renderer: Sigma): void {
    this.stop();
    if (code) this.removeOverlapNow(code, renderer);
    else
      preloadLayoutCode().then(
        (loaded) => this.removeOverlapNow(loaded, renderer),
        (error: unknown) => this.fail(error),
      );
  }

  private removeOverlapNow(loaded: LayoutCode, renderer: Sigma): void {
    const graph = renderer.getGraph();
    const a = renderer.viewportToGraph({ x: 0, y: 0 });
    const b = renderer.viewportToGraph({ x: 100, y: 0 });
    const unitsPerPixel = Math.hypot(b.x - a.x, b.y - a.y) / 100;
    loaded.removeOverlap.assign(graph, {
      maxIterations: graph.order > 5000 ? 50 : 300,
      margin: 2 * unitsPerPixel,
      getSize: (node) => renderer.scaleSize(renderer.getNodeDisplayData(node)?.size ?? 1) * unitsPerPixel,
    });
  }
}
