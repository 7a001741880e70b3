/**
 * The map layout: follows the view state's `layout` and `curvedEdges` and
 * turns them into positions, outlines and an edge program.
 *
 * Positions are data, owned by the layout (as with "Continue layout"): going
 * to the map writes each node's projected town to x/y, and the force layout's
 * positions are kept aside per network until they are written back. They are
 * kept by network, not by graph object, because a graph built from a bundle
 * on the page shares its node attribute objects with the bundle: the next
 * graph of the same network starts wherever this one was left.
 *
 * Everything geographic is loaded when the map is first chosen: the projection
 * code (d3-geo) as a chunk, the outlines in a worker.
 */
import type Sigma from 'sigma';
import type { EdgeProgramType } from 'sigma/rendering';
import type { NetworkMeta } from '../workers/protocol.ts';
import type { NetworkModel } from '../data/network-model.ts';
import type { LayoutController } from '../controllers/layout-controller.ts';
import { resetCamera, zoomToNode } from '../controllers/camera.ts';
import type { LayoutMode, ViewState, ViewStore } from '../state.ts';
import { MapControls } from './map-controls.ts';
import { OutlineLayer, outlinesSvg, readAffine } from './outline-layer.ts';
import { loadOutlines } from './load-outlines.ts';
import { placeNodes, tweenPositions, type Point, type Tween } from './tween-positions.ts';

type Geo = typeof import('../../../src/geo/map-projection.ts');

let geo: Geo | null = null;
const loadGeo = async (): Promise<Geo> => (geo ??= await import('../../../src/geo/map-projection.ts'));

let curveProgram: EdgeProgramType | null = null;
const loadCurveProgram = async (): Promise<EdgeProgramType> =>
  (curveProgram ??= (await import('@sigma/edge-curve')).default);

const TWEEN_MS = 700;

export interface MapHost {
  store: ViewStore;
  layout: LayoutController;
  /** "Continue layout": ForceAtlas2 would pull the places off their towns, so it waits while the map is shown. */
  layoutButton: HTMLButtonElement;
  /** The toolbar element the layout switch follows. */
  toolbarAnchor: Element;
  /** Where the map's credits are shown (over the drawing). */
  overlay: HTMLElement;
  showError: (message: string) => void;
}

function hasCoordinates(model: NetworkModel): boolean {
  return model.graph.someNode((_node, a) => Number.isFinite(a.lat) && Number.isFinite(a.lon));
}

function readPositions(model: NetworkModel): Map<string, Point> {
  const positions = new Map<string, Point>();
  model.graph.forEachNode((node, a) => positions.set(node, { x: Number(a.x) || 0, y: Number(a.y) || 0 }));
  return positions;
}

export class MapController {
  readonly controls: MapControls;
  private renderer: Sigma | null = null;
  private model: NetworkModel | null = null;
  private outlines: OutlineLayer | null = null;
  private tween: Tween | null = null;
  private mapAvailable = false;
  private unplaced = 0;
  /** The force layout's positions of each network whose graph holds other positions now. */
  private readonly forcePositions = new WeakMap<NetworkMeta, Map<string, Point>>();

  constructor(private readonly host: MapHost) {
    this.controls = new MapControls(host.toolbarAnchor, host.overlay, {
      setLayout: (layout) => host.store.update({ layout }),
      setCurvedEdges: (curvedEdges) => host.store.update({ curvedEdges }),
    });
    host.store.subscribe((state, previous) => this.onState(state, previous));
    // A link that opens the map: fetch what it needs while the bundle downloads.
    if (host.store.get().layout === 'map') {
      void loadGeo();
      void loadOutlines().catch(() => {});
    }
    this.updateControls();
  }

  /** Called after each network is drawn (sigma's renderer is created once, then given new graphs). */
  attach(renderer: Sigma, model: NetworkModel): void {
    if (renderer !== this.renderer) {
      this.renderer = renderer;
      this.outlines = new OutlineLayer(renderer);
    }
    this.tween?.cancel();
    this.tween = null;
    this.model = model;
    this.mapAvailable = hasCoordinates(model);
    this.unplaced = 0;
    if (!this.mapAvailable && this.host.store.get().layout === 'map') {
      this.host.store.update({ layout: 'force' });
      return;
    }
    void this.apply(false);
  }

  /**
   * Options for @sigma/export-image's PNG: on the map, the outlines are drawn
   * on its temporary renderer too, and composed first so they stay under the graph.
   */
  pngExportOptions(): { layers?: string[]; withTempRenderer?: (renderer: Sigma) => void } {
    const outlines = this.outlines?.shown();
    if (!this.renderer || !outlines) return {};
    return {
      layers: ['map-outlines', ...Object.keys(this.renderer.getCanvases()).filter((id) => id !== 'map-outlines')],
      withTempRenderer: (renderer) => new OutlineLayer(renderer).show(outlines),
    };
  }

  /** The SVG export with the outlines under its edges, when the map is shown. */
  addOutlinesToSvg(svg: string): string {
    const outlines = this.outlines?.shown();
    if (!this.renderer || !outlines) return svg;
    const { width, height } = this.renderer.getDimensions();
    const group = outlinesSvg(outlines, readAffine(this.renderer), width, height);
    return group ? svg.replace('<g class="edges"', `${group}\n<g class="edges"`) : svg;
  }

  private onState(state: ViewState, previous: ViewState): void {
    if (state.layout !== previous.layout) void this.apply(true);
    else if (state.curvedEdges !== previous.curvedEdges) void this.applyEdges();
  }

  private updateControls(): void {
    const state = this.host.store.get();
    this.controls.update({
      layout: state.layout,
      curved: state.curvedEdges ?? state.layout === 'map',
      mapAvailable: this.mapAvailable,
      unplaced: this.unplaced,
    });
    this.host.layoutButton.disabled = state.layout === 'map' || this.tween !== null;
    this.host.layoutButton.title = this.host.layoutButton.disabled ? 'The force layout runs on the force view' : '';
  }

  /** Moves the nodes to the current layout mode's positions: animated after a click, at once for a new network. */
  private async apply(animate: boolean): Promise<void> {
    const { renderer, model } = this;
    if (!renderer || !model) return;
    const mode: LayoutMode = this.host.store.get().layout;
    this.tween?.cancel();
    this.tween = null;
    this.host.layout.stop();
    document.body.dataset.layout = 'moving';
    this.updateControls();
    let targets: Map<string, Point> | undefined;
    if (mode === 'map') {
      try {
        const { mapPositions } = geo ?? (await loadGeo());
        // Superseded while the projection code loaded.
        if (this.model !== model || this.host.store.get().layout !== 'map') return;
        if (!this.forcePositions.has(model.meta)) this.forcePositions.set(model.meta, readPositions(model));
        const { positions, unplaced } = mapPositions(model.graph);
        targets = new Map(Object.entries(positions));
        this.unplaced = unplaced.length;
        void this.showOutlines();
      } catch (error) {
        this.host.showError(`The map could not be shown: ${error instanceof Error ? error.message : String(error)}`);
        this.host.store.update({ layout: 'force' });
        return;
      }
    } else {
      targets = this.forcePositions.get(model.meta);
      this.outlines?.hide();
    }
    void this.applyEdges();
    if (targets && animate && !matchMedia('(prefers-reduced-motion: reduce)').matches) {
      const selected = this.host.store.get().selected;
      if (selected === null) void resetCamera(renderer, TWEEN_MS);
      const tween = tweenPositions(model.graph, targets, TWEEN_MS);
      this.tween = tween;
      this.updateControls();
      if (!(await tween.done) || this.tween !== tween) return;
      this.tween = null;
      if (selected !== null && model.graph.hasNode(selected)) void zoomToNode(renderer, selected);
    } else if (targets) {
      placeNodes(model.graph, targets);
      // Re-index now, so that a camera move to the selection (here or by the app) sees the new positions.
      renderer.refresh();
      const selected = this.host.store.get().selected;
      if (selected !== null && model.graph.hasNode(selected)) void zoomToNode(renderer, selected, 0);
    }
    if (mode === 'force') this.forcePositions.delete(model.meta);
    document.body.dataset.layout = mode;
    this.updateControls();
  }

  private async showOutlines(): Promise<void> {
    try {
      const outlines = await loadOutlines();
      if (this.host.store.get().layout === 'map') this.outlines?.show(outlines);
    } catch (error) {
      // The places are still on the map; only the background is missing.
      this.host.showError(error instanceof Error ? error.message : String(error));
    }
  }

  /** Curved edges (sigma's edge-curve program) unless the state says otherwise; by default only on the map. */
  private async applyEdges(): Promise<void> {
    this.updateControls();
    const renderer = this.renderer;
    if (!renderer) return;
    const state = this.host.store.get();
    const type = (state.curvedEdges ?? state.layout === 'map') ? 'curved' : 'line';
    if (renderer.getSetting('defaultEdgeType') === type) return;
    const classes = renderer.getSetting('edgeProgramClasses');
    if (type === 'curved' && !classes.curved) {
      const program = await loadCurveProgram();
      if (this.renderer !== renderer) return;
      renderer.setSettings({ edgeProgramClasses: { ...renderer.getSetting('edgeProgramClasses'), curved: program } });
    }
    // Re-read: the state may have changed while the program loaded.
    const now = this.host.store.get();
    renderer.setSettings({ defaultEdgeType: (now.curvedEdges ?? now.layout === 'map') ? 'curved' : 'line' });
  }
}
