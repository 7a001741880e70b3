/**
 * The one view-state object. Everything the user can change about what is
 * drawn lives here as plain data; reducers derive the picture from it and the
 * graph is never written to for display. Filters and appearance are
 * serialisable (see url-state.ts).
 */
import type { NetworkName } from '../../src/graph/network-bundle.ts';
import type { ViewerDataset } from './datasets.ts';

export const COLOUR_MODES = ['community', 'country', 'kind', 'status'] as const;
export type ColourMode = (typeof COLOUR_MODES)[number];

export const LINK_STATUSES = ['active', 'ended'] as const;
export type LinkStatusFilter = (typeof LINK_STATUSES)[number];

/** Where places are drawn: the bundle's ForceAtlas2 positions, or their towns on a map (see map/). */
export const LAYOUT_MODES = ['force', 'map'] as const;
export type LayoutMode = (typeof LAYOUT_MODES)[number];

/** Empty lists mean "no restriction". */
export interface Filters {
  countries: string[];
  kinds: string[];
  statuses: LinkStatusFilter[];
  /** Source document file names (the file part of an edge's "file:line" sources). */
  sources: string[];
  minDegree: number;
  communities: number[];
}

export interface ViewState {
  /** Which built-in bundle: Norway's (the default) or the world's (loaded when chosen). */
  dataset: ViewerDataset;
  network: NetworkName;
  colourMode: ColourMode;
  /** A metric name from the network's metricNames, or "none" for equal sizes. */
  sizeMetric: string;
  filters: Filters;
  selected: string | null;
  /** Not shared in the URL: it follows the mouse. */
  hovered: string | null;
  /** A community highlighted from the clusters panel. */
  focusedCommunity: number | null;
  layout: LayoutMode;
  /** Curved edges; null follows the layout (curved on the map, where long links would otherwise overlap). */
  curvedEdges: boolean | null;
}

export const EMPTY_FILTERS: Filters = {
  countries: [],
  kinds: [],
  statuses: [],
  sources: [],
  minDegree: 0,
  communities: [],
};

export const DEFAULT_STATE: ViewState = {
  dataset: 'norway',
  network: 'twin',
  colourMode: 'community',
  sizeMetric: 'degree',
  filters: EMPTY_FILTERS,
  selected: null,
  hovered: null,
  focusedCommunity: null,
  layout: 'force',
  curvedEdges: null,
};

export function isFilterActive(filters: Filters): boolean {
  return (
    filters.countries.length > 0 ||
    filters.kinds.length > 0 ||
    filters.statuses.length > 0 ||
    filters.sources.length > 0 ||
    filters.minDegree > 0 ||
    filters.communities.length > 0
  );
}

export type StateListener = (state: ViewState, previous: ViewState) => void;

/** A minimal store: immutable snapshots, shallow patches, synchronous listeners. */
export class ViewStore {
  private current: ViewState;
  private readonly listeners = new Set<StateListener>();

  constructor(initial: ViewState) {
    this.current = initial;
  }

  get(): ViewState {
    return this.current;
  }

  update(patch: Partial<ViewState>): void {
    const previous = this.current;
    const next = { ...previous, ...patch };
    const changed = (Object.keys(patch) as (keyof ViewState)[]).some((key) => previous[key] !== next[key]);
    if (!changed) return;
    this.current = next;
    for (const listener of this.listeners) listener(next, previous);
  }

  updateFilters(patch: Partial<Filters>): void {
    this.update({ filters: { ...this.current.filters, ...patch } });
  }

  subscribe(listener: StateListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
