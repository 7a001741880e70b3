/**
 * Wires the one-way flow: bundle → network model → (view state → derived
 * view) → reducers → sigma, plus panels that show the derived view and
 * controllers that turn input into state changes.
 */
import Sigma from 'sigma';
import type { NetworkName } from '../../src/graph/network-bundle.ts';
import { BundleClient } from './data/bundle-client.ts';
import { createNetworkModel, type NetworkModel } from './data/network-model.ts';
import type { BundleMeta } from './workers/protocol.ts';
import { EMPTY_FILTERS, type ViewState, ViewStore } from './state.ts';
import { deriveView, type DerivedView } from './view/derive-view.ts';
import { createEdgeReducer, createNodeReducer } from './view/reducers.ts';
import { rendererSettings } from './view/renderer-settings.ts';
import { resetCamera, zoomToNode, zoomToNodes } from './controllers/camera.ts';
import { LayoutController, preloadLayoutCode } from './controllers/layout-controller.ts';
import { exportSvg, downloadText } from './export/export-svg.ts';
import { SearchBox } from './panels/search-box.ts';
import { NodePanel } from './panels/node-panel.ts';
import { AppearancePanel } from './panels/appearance-panel.ts';
import { FiltersPanel } from './panels/filters-panel.ts';
import { ClustersPanel } from './panels/clusters-panel.ts';
import { Toolbar } from './panels/toolbar.ts';
import { MessageBar } from './panels/message-bar.ts';
import { MapController } from './map/map-controller.ts';
import { describeCommunities, type CommunityAlgorithm } from '../../src/analyse/communities/index.ts';
import { CommunityRunner } from './controllers/community-runner.ts';
import { DataCredit } from './panels/data-credit.ts';
import { datasetUrl } from './start-fetch.ts';

export interface AppElements {
  header: HTMLElement;
  left: HTMLElement;
  right: HTMLElement;
  graph: HTMLElement;
  status: HTMLElement;
  error: HTMLElement;
  title: HTMLElement;
}

interface SidePanels {
  appearance: AppearancePanel;
  filters: FiltersPanel;
  clusters: ClustersPanel;
  nodePanel: NodePanel;
}

/** Seed for laying out and clustering a user's own file (same file → same picture). */
const OWN_FILE_SEED = 1;

/** Resolves after the next frame has been produced (a task queued from requestAnimationFrame runs after it). */
function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

export class App {
  readonly store: ViewStore;
  readonly client = new BundleClient();
  readonly layout = new LayoutController();
  meta: BundleMeta | null = null;
  model: NetworkModel | null = null;
  view: DerivedView | null = null;
  renderer: Sigma | null = null;
  /** Incremented after each network is drawn; tests wait on it. */
  loads = 0;
  firstRenderAt: number | null = null;

  private readonly search: SearchBox;
  private panels: SidePanels | null = null;
  readonly toolbar: Toolbar;
  readonly map: MapController;
  private readonly credit: DataCredit;
  private switching: Promise<void> = Promise.resolve();

  constructor(private readonly elements: AppElements, initial: ViewState) {
    this.store = new ViewStore(initial);
    this.messages = new MessageBar(elements.status, elements.error);
    this.search = new SearchBox(elements.header, {
      entries: () => this.model?.searchEntries() ?? [],
      onChoose: (node) => this.jumpTo(node),
    });
    this.toolbar = new Toolbar(elements.header, {
      // A place or community of one dataset means nothing in the other.
      setDataset: (dataset) => this.store.update({ dataset, selected: null, focusedCommunity: null }),
      setNetwork: (network) => this.store.update({ network }),
      toggleLayout: () => this.toggleLayout(),
      removeOverlap: () => this.renderer && this.layout.removeOverlap(this.renderer),
      resetCamera: () => this.renderer && void resetCamera(this.renderer),
      zoomToSelection: () => {
        const selected = this.store.get().selected;
        if (this.renderer && selected) void zoomToNode(this.renderer, selected);
      },
      exportPng: () => void this.exportPng(),
      exportSvg: () =>
        this.renderer && downloadText(this.map.addOutlinesToSvg(exportSvg(this.renderer)), `${this.fileStem()}.svg`, 'image/svg+xml'),
      togglePanels: () => document.body.classList.toggle('panels-open'),
    });
    this.layout.onChange = (running) => this.toolbar.setLayoutRunning(running);
    this.layout.onError = (message) => this.showError(message);
    this.map = new MapController({
      store: this.store,
      layout: this.layout,
      layoutButton: this.toolbar.layoutButton,
      toolbarAnchor: this.toolbar.networkSelect,
      overlay: elements.graph.parentElement ?? elements.graph,
      showError: (message) => this.showError(message),
    });
    this.credit = new DataCredit(elements.graph.parentElement ?? elements.graph);
    this.toolbar.datasetSelect.value = initial.dataset;
    this.store.subscribe((state, previous) => this.onState(state, previous));
  }

  /** The side panels, built with their first content (after the first frame: nothing in them is needed to draw). */
  private buildPanels(): SidePanels {
    const { left, right } = this.elements;
    return {
      appearance: new AppearancePanel(left, {
        setColourMode: (colourMode) => this.store.update({ colourMode }),
        setSizeMetric: (sizeMetric) => this.store.update({ sizeMetric }),
      }),
      filters: new FiltersPanel(left, {
        update: (patch) => this.store.updateFilters(patch),
        clear: () => this.store.update({ filters: EMPTY_FILTERS }),
      }),
      clusters: new ClustersPanel(left, {
        focusCommunity: (community) => this.focusCommunity(community),
        select: (node) => this.jumpTo(node),
        setAlgorithm: (algorithm) => void this.detectCommunities(algorithm),
      }),
      nodePanel: new NodePanel(right, {
        select: (node) => this.jumpTo(node),
        focusCommunity: (community) => this.focusCommunity(community),
        zoomTo: (node) => this.renderer && void zoomToNode(this.renderer, node),
        close: () => this.store.update({ selected: null }),
      }),
    };
  }

  private fileStem(): string {
    return `vennskap-${this.store.get().network}`;
  }

  /** @sigma/export-image (with file-saver) is loaded on the first PNG export, not with the page. */
  private async exportPng(): Promise<void> {
    const renderer = this.renderer;
    if (!renderer) return;
    try {
      const { downloadAsPNG } = await import('@sigma/export-image');
      await downloadAsPNG(renderer, { fileName: this.fileStem(), backgroundColor: '#ffffff', ...this.map.pngExportOptions() });
    } catch (error) {
      this.showError(`The PNG export failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  focusSearch(): void {
    this.search.focus();
  }

  /** Select a node and move the camera to it. */
  jumpTo(node: string): void {
    this.store.update({ selected: node });
    if (this.renderer) void zoomToNode(this.renderer, node);
  }

  private readonly communities = new CommunityRunner();

  /**
   * Reruns community detection on the shown network with `algorithm`, in a
   * worker, then recolours the nodes and rebuilds the cluster panel from the
   * new partition (hubs by degree, as the bundle's). A network switched or a
   * newer request meanwhile discards the answer.
   */
  async detectCommunities(algorithm: CommunityAlgorithm): Promise<void> {
    const model = this.model;
    if (!model) return;
    const reply = await this.communities.run(model.graph, algorithm);
    if (reply?.type === 'error') return this.showError(`Community detection failed: ${reply.message}`);
    if (!reply || this.model !== model) return;
    const { graph } = model;
    graph.updateEachNodeAttributes((node, attributes) => ({ ...attributes, community: reply.communities[node] }), { attributes: ['community'] });
    const hubMetric: Record<string, number> = {};
    graph.forEachNode((node, attributes) => (hubMetric[node] = Number(attributes.degree ?? graph.degree(node))));
    const summaries = describeCommunities(graph, reply.communities, { hubMetric, hubCount: 5 });
    const updated = createNetworkModel({ ...model.meta, algorithm, communities: summaries, modularity: reply.modularity }, graph);
    this.model = updated;
    if (this.store.get().focusedCommunity !== null) this.store.update({ focusedCommunity: null });
    this.view = deriveView(updated, this.store.get(), null);
    this.renderer?.refresh();
    this.updatePanels();
    document.body.dataset.communityAlgorithm = algorithm;
  }

  /** Highlights a community (clearing the selection, which would take precedence) and frames it. */
  focusCommunity(community: number | null): void {
    this.store.update({ focusedCommunity: community, selected: community === null ? this.store.get().selected : null });
    if (this.renderer && community !== null && this.view?.focus?.reason === 'community') {
      void zoomToNodes(this.renderer, this.view.focus.nodes);
    }
  }

  private toggleLayout(): void {
    if (!this.renderer) return;
    if (this.layout.isRunning()) this.layout.stop();
    else this.layout.start(this.renderer.getGraph());
  }

  // ——— status and errors ———

  private readonly messages: MessageBar;

  showError(message: string): void {
    this.messages.show(message, 'error');
  }

  /** Errors and reader notes share the message bar; its text is always plain text. */
  showMessage(message: string, kind: 'error' | 'note'): void {
    this.messages.show(message, kind);
  }

  // ——— loading ———

  /** Loads the state's dataset (after any switch under way); `response`: its fetch, already started. */
  loadDataset(response?: Promise<Response>): Promise<void> {
    const dataset = this.store.get().dataset;
    this.toolbar.datasetSelect.value = dataset;
    this.switching = this.switching.then(() => this.loadUrl(datasetUrl(dataset), response));
    return this.switching;
  }

  /** `response`: a fetch of `url` already under way (see start-fetch.ts). */
  async loadUrl(url: string, response?: Promise<Response>): Promise<void> {
    try {
      const meta = await this.client.loadUrl(url, this.messages.progress, response);
      performance.mark('vennskap:bundle-loaded');
      await this.useBundle(meta);
    } catch (error) {
      this.messages.hideProgress();
      this.showError(error instanceof Error ? error.message : String(error));
    }
  }

  async openFile(file: File): Promise<void> {
    try {
      const meta = await this.client.openFile(file, OWN_FILE_SEED, this.messages.progress);
      this.messages.clear();
      this.store.update({ selected: null, focusedCommunity: null, hovered: null, filters: EMPTY_FILTERS });
      await this.useBundle(meta);
      if (meta.notes.length > 0) this.showMessage(`${file.name}: ${meta.notes.join(' ')}`, 'note');
    } catch (error) {
      this.messages.hideProgress();
      // The worker keeps its previous bundle, and the page its graph: only the message changes.
      this.showError(`Could not open ${file.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private async useBundle(meta: BundleMeta): Promise<void> {
    this.meta = meta;
    this.credit.update(meta);
    this.elements.title.textContent = meta.fileName ?? meta.title;
    this.elements.title.title = meta.fileName ?? meta.title;
    document.title = `${meta.fileName ?? meta.title} · vennskap`;
    const wanted = this.store.get().network;
    const network = meta.networks.find((n) => n.name === wanted) ?? meta.networks[0];
    if (!network) {
      this.messages.hideProgress();
      this.showError('The bundle contains no networks.');
      return;
    }
    this.toolbar.setNetworks(meta.networks, network.name);
    await this.showNetwork(network.name, true);
  }

  private async showNetwork(name: NetworkName, force = false): Promise<void> {
    const meta = this.meta?.networks.find((n) => n.name === name);
    if (!meta) return;
    if (!force && this.model?.meta === meta) return;
    const graph = await this.client.streamNetwork(meta, this.messages.progress);
    performance.mark('vennskap:graph-built');
    this.layout.kill();
    const model = createNetworkModel(meta, graph);
    this.model = model;
    const state = this.store.get();
    if (state.network !== name) this.store.update({ network: name });
    if (state.selected !== null && !graph.hasNode(state.selected)) this.store.update({ selected: null });
    this.view = deriveView(model, this.store.get(), null);
    performance.mark('vennskap:view-derived');
    const view = () => this.view!;
    if (!this.renderer) {
      performance.mark('vennskap:construct-start');
      this.renderer = new Sigma(graph, this.elements.graph, {
        ...rendererSettings(model),
        nodeReducer: createNodeReducer(view),
        edgeReducer: createEdgeReducer(view),
      });
      this.firstRenderAt = performance.now();
      performance.mark('vennskap:first-render');
      requestAnimationFrame(() => performance.mark('vennskap:first-frame'));
      this.bindRendererEvents(this.renderer);
      this.followContainerSize(this.renderer);
    } else {
      // Keep edge programs registered since (the map's curved one); sigma re-registers only changed programs.
      const settings = rendererSettings(model);
      this.renderer.setSettings({ ...settings, edgeProgramClasses: { ...this.renderer.getSetting('edgeProgramClasses'), ...settings.edgeProgramClasses } });
      this.renderer.setGraph(graph);
      this.renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    }
    // Map mode: places go to their towns before the panels and the camera look at them.
    this.map.attach(this.renderer, model);
    this.toolbar.networkSelect.value = name;
    this.messages.hideProgress();
    const selected = this.store.get().selected;
    if (selected !== null) void zoomToNode(this.renderer, selected, 0);
    else if (this.view.focus?.reason === 'community') void zoomToNodes(this.renderer, this.view.focus.nodes, 0);
    // The panels (legend, filters with their facet counts, communities, the
    // selected place) are not needed to draw the graph: building them after
    // the frame is shown takes their cost off the first render.
    await afterNextFrame();
    this.updatePanels();
    this.loads++;
    document.body.dataset.loads = String(this.loads);
    // The layout buttons' code, fetched now so that it is there when they are pressed.
    void preloadLayoutCode().catch(() => {});
  }

  /**
   * sigma only listens to window resizes; the container also changes size when
   * the side panel opens or the layout collapses, and stale canvases would
   * then overflow onto the panel.
   */
  private followContainerSize(renderer: Sigma): void {
    // The observer reports the initial size once; redrawing then would repeat the first render.
    const container = this.elements.graph;
    let last = `${container.clientWidth}x${container.clientHeight}`;
    new ResizeObserver(() => {
      const size = `${container.clientWidth}x${container.clientHeight}`;
      if (size === last) return;
      last = size;
      renderer.scheduleRefresh();
    }).observe(container);
  }

  private bindRendererEvents(renderer: Sigma): void {
    renderer.on('enterNode', ({ node }) => this.store.update({ hovered: node }));
    renderer.on('leaveNode', () => this.store.update({ hovered: null }));
    renderer.on('clickNode', ({ node }) => this.store.update({ selected: node }));
    renderer.on('clickStage', () => this.store.update({ selected: null }));
  }

  // ——— state changes ———

  private onState(state: ViewState, previous: ViewState): void {
    if (state.dataset !== previous.dataset) {
      void this.loadDataset();
      return;
    }
    if (state.network !== previous.network && this.model?.meta.name !== state.network) {
      this.switching = this.switching.then(() => this.showNetwork(state.network)).catch((error: unknown) => {
        this.showError(error instanceof Error ? error.message : String(error));
      });
      return;
    }
    const model = this.model;
    const renderer = this.renderer;
    const before = this.view;
    if (!model || !renderer || !before) return;
    const after = deriveView(model, state, before);
    this.view = after;
    this.refresh(renderer, before, after);
    this.updatePanels();
  }

  private refresh(renderer: Sigma, before: DerivedView, after: DerivedView): void {
    if (before.visibility !== after.visibility || before.sizing !== after.sizing) {
      // Sizes and hidden nodes change the label grid and program buffers: full re-index.
      renderer.refresh();
      return;
    }
    const selectionChanged = before.state.selected !== after.state.selected;
    if (before.colouring === after.colouring && before.focus === after.focus && !selectionChanged) return;
    if (!after.model.large || before.colouring !== after.colouring) {
      renderer.refresh({ skipIndexation: true });
      return;
    }
    // Large graphs: a hover or selection only re-processes the nodes and edges whose look changed.
    const nodes = new Set<string>();
    const edges = new Set<string>();
    for (const focus of [before.focus, after.focus]) {
      if (!focus) continue;
      for (const node of focus.nodes) nodes.add(node);
      for (const edge of focus.edges) edges.add(edge);
    }
    for (const node of [before.state.selected, after.state.selected]) {
      if (node !== null && renderer.getGraph().hasNode(node)) nodes.add(node);
    }
    renderer.refresh({ partialGraph: { nodes: [...nodes], edges: [...edges] }, skipIndexation: true });
  }

  private updatePanels(): void {
    const view = this.view;
    if (!view || !this.meta) return;
    const panels = (this.panels ??= this.buildPanels());
    panels.appearance.update(view);
    panels.filters.update(view.model, view.state.filters);
    panels.clusters.update(view.model, view.state.focusedCommunity);
    panels.nodePanel.show(view.model, view.state.selected, this.meta.sourceLines);
    document.body.classList.toggle('has-selection', view.state.selected !== null);
  }
}
