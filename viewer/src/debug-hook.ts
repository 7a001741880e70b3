/**
 * A read-only window into the running viewer, for the browser tests and the
 * benchmark: what the reducers produce (visible nodes, colours), where a node
 * is on screen (to click it), and the SVG export. It exposes nothing that
 * lets a page script change state that the UI could not.
 */
import type { App } from './app.ts';
import { exportSvg } from './export/export-svg.ts';
import { measureCameraFrames, type FrameStats } from './measure-camera.ts';

export interface DebugHook {
  loads(): number;
  /** Where the bundle was parsed: 'local' (page), 'loader' (worker), 'opener' (own file). */
  bundleSource(): string | null;
  firstRenderAt(): number | null;
  state(): unknown;
  networkSize(): { order: number; size: number } | null;
  visibleNodes(): string[];
  visibleEdges(): string[];
  nodeDisplay(node: string): { color: string; size: number; hidden: boolean; label: string | null; highlighted: boolean } | null;
  edgeDisplay(edge: string): { color: string; size: number; hidden: boolean } | null;
  /** Graph coordinates (the x/y attributes layouts write). */
  nodePositions(): Record<string, { x: number; y: number }>;
  /** Viewport position relative to the graph container, to click or hover a node. */
  nodeViewport(node: string): { x: number; y: number } | null;
  rendererSettings(): Record<string, unknown> | null;
  cameraState(): { x: number; y: number; ratio: number; angle: number } | null;
  exportSvg(): string | null;
  displayedLabels(): string[];
  /** For the benchmark: scripted camera moves, timed (moves the camera, changes no view state). */
  measureCameraFrames(duration?: number): Promise<FrameStats | null>;
}

export function installDebugHook(app: App): void {
  const hook: DebugHook = {
    loads: () => app.loads,
    bundleSource: () => app.client.sourceKind,
    firstRenderAt: () => app.firstRenderAt,
    state: () => structuredClone(app.store.get()),
    networkSize: () => (app.model ? { order: app.model.graph.order, size: app.model.graph.size } : null),
    visibleNodes: () => {
      const renderer = app.renderer;
      if (!renderer) return [];
      return renderer.getGraph().filterNodes((node) => renderer.getNodeDisplayData(node)?.hidden === false);
    },
    visibleEdges: () => {
      const renderer = app.renderer;
      if (!renderer) return [];
      return renderer.getGraph().filterEdges((edge) => renderer.getEdgeDisplayData(edge)?.hidden === false);
    },
    nodeDisplay: (node) => {
      const data = app.renderer?.getNodeDisplayData(node);
      if (!data) return null;
      return { color: data.color, size: data.size, hidden: data.hidden, label: data.label, highlighted: data.highlighted };
    },
    edgeDisplay: (edge) => {
      const data = app.renderer?.getEdgeDisplayData(edge);
      return data ? { color: data.color, size: data.size, hidden: data.hidden } : null;
    },
    nodePositions: () => {
      const positions: Record<string, { x: number; y: number }> = {};
      app.renderer?.getGraph().forEachNode((node, attributes) => {
        positions[node] = { x: attributes.x, y: attributes.y };
      });
      return positions;
    },
    rendererSettings: () => {
      const settings = app.renderer?.getSettings();
      if (!settings) return null;
      const { hideEdgesOnMove, hideLabelsOnMove, labelRenderedSizeThreshold, labelDensity, labelGridCellSize, zIndex } = settings;
      return { hideEdgesOnMove, hideLabelsOnMove, labelRenderedSizeThreshold, labelDensity, labelGridCellSize, zIndex };
    },
    nodeViewport: (node) => {
      const renderer = app.renderer;
      const data = renderer?.getNodeDisplayData(node);
      if (!renderer || !data) return null;
      return renderer.framedGraphToViewport(data);
    },
    cameraState: () => app.renderer?.getCamera().getState() ?? null,
    exportSvg: () => (app.renderer ? exportSvg(app.renderer) : null),
    displayedLabels: () => (app.renderer ? [...app.renderer.getNodeDisplayedLabels()] : []),
    measureCameraFrames: async (duration) => (app.renderer ? measureCameraFrames(app.renderer, duration) : null),
  };
  Object.defineProperty(window, '__vennskap', { value: Object.freeze(hook), configurable: false, writable: false });
}
