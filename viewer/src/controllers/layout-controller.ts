/**
 * Live layout: ForceAtlas2 in a web worker (graphology-layout-forceatlas2/worker)
 * with the same settings the bundle's layout used, and a one-shot
 * "remove overlap" pass. Both move nodes by writing x/y — positions are
 * data, and sigma follows the graph's attribute events.
 */
import type Graph from 'graphology';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import type Sigma from 'sigma';
import { inferLayoutSettings } from '../../../src/layout/compute-layout.ts';
import { removeOverlap } from '../../../src/layout/remove-overlap.ts';

export class LayoutController {
  private supervisor: FA2Layout | null = null;
  private graph: Graph | null = null;
  onChange: (running: boolean) => void = () => {};

  isRunning(): boolean {
    return this.supervisor?.isRunning() ?? false;
  }

  start(graph: Graph): void {
    if (this.graph !== graph) this.kill();
    if (!this.supervisor) {
      this.graph = graph;
      this.supervisor = new FA2Layout(graph, { settings: inferLayoutSettings(graph.order) });
    }
    this.supervisor.start();
    this.onChange(true);
  }

  stop(): void {
    this.supervisor?.stop();
    this.onChange(false);
  }

  kill(): void {
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
    const graph = renderer.getGraph();
    this.stop();
    const a = renderer.viewportToGraph({ x: 0, y: 0 });
    const b = renderer.viewportToGraph({ x: 100, y: 0 });
    const unitsPerPixel = Math.hypot(b.x - a.x, b.y - a.y) / 100;
    removeOverlap.assign(graph, {
      maxIterations: graph.order > 5000 ? 50 : 300,
      margin: 2 * unitsPerPixel,
      getSize: (node) => renderer.scaleSize(renderer.getNodeDisplayData(node)?.size ?? 1) * unitsPerPixel,
    });
  }
}
