/**
 * The shareable part of the view state as a URL hash:
 * #data=world&net=twin&node=oslo&colour=country&size=pagerank&country=NO,SE&min=2&layout=map&edges=straight …
 * Parsing is forgiving (unknown or malformed values fall back to defaults) because
 * URLs are typed and edited by hand; serialising omits defaults so links stay short.
 */
import { NETWORK_NAMES, type NetworkName } from '../../src/graph/network-bundle.ts';
import { VIEWER_DATASETS, type ViewerDataset } from './datasets.ts';
import {
  COLOUR_MODES,
  DEFAULT_STATE,
  EMPTY_FILTERS,
  LAYOUT_MODES,
  LINK_STATUSES,
  type ColourMode,
  type LayoutMode,
  type Filters,
  type LinkStatusFilter,
  type ViewState,
} from './state.ts';

export type SharedState = Pick<
  ViewState,
  'dataset' | 'network' | 'colourMode' | 'sizeMetric' | 'filters' | 'selected' | 'focusedCommunity' | 'layout' | 'curvedEdges'
>;

// List values are joined with "|", which cannot occur in country codes or kinds and is rare in file names.
const LIST_SEPARATOR = '|';

function writeList(params: URLSearchParams, key: string, values: readonly (string | number)[]): void {
  if (values.length > 0) params.set(key, values.join(LIST_SEPARATOR));
}

function readList(params: URLSearchParams, key: string): string[] {
  const raw = params.get(key);
  if (!raw) return [];
  return raw.split(LIST_SEPARATOR).filter((value) => value !== '');
}

export function serialiseState(state: SharedState): string {
  const params = new URLSearchParams();
  if (state.dataset !== DEFAULT_STATE.dataset) params.set('data', state.dataset);
  if (state.network !== DEFAULT_STATE.network) params.set('net', state.network);
  if (state.selected !== null) params.set('node', state.selected);
  if (state.colourMode !== DEFAULT_STATE.colourMode) params.set('colour', state.colourMode);
  if (state.sizeMetric !== DEFAULT_STATE.sizeMetric) params.set('size', state.sizeMetric);
  if (state.focusedCommunity !== null) params.set('focus', String(state.focusedCommunity));
  const f = state.filters;
  writeList(params, 'country', f.countries);
  writeList(params, 'kind', f.kinds);
  writeList(params, 'status', f.statuses);
  writeList(params, 'source', f.sources);
  writeList(params, 'community', f.communities);
  if (f.minDegree > 0) params.set('min', String(f.minDegree));
  if (state.layout !== DEFAULT_STATE.layout) params.set('layout', state.layout);
  if (state.curvedEdges !== null) params.set('edges', state.curvedEdges ? 'curved' : 'straight');
  return params.toString();
}

function readInteger(raw: string | null): number | null {
  if (raw === null || !/^-?\d+$/.test(raw)) return null;
  return Number(raw);
}

export function parseState(hash: string): SharedState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const net = params.get('net');
  const data = params.get('data');
  const colour = params.get('colour');
  const layout = params.get('layout');
  const edges = params.get('edges');
  const filters: Filters = {
    countries: readList(params, 'country'),
    kinds: readList(params, 'kind'),
    statuses: readList(params, 'status').filter((s): s is LinkStatusFilter =>
      (LINK_STATUSES as readonly string[]).includes(s),
    ),
    sources: readList(params, 'source'),
    communities: readList(params, 'community')
      .map((value) => readInteger(value))
      .filter((value): value is number => value !== null),
    minDegree: Math.max(0, readInteger(params.get('min')) ?? EMPTY_FILTERS.minDegree),
  };
  return {
    dataset: data && (VIEWER_DATASETS as readonly string[]).includes(data) ? (data as ViewerDataset) : DEFAULT_STATE.dataset,
    network: net && (NETWORK_NAMES as readonly string[]).includes(net) ? (net as NetworkName) : DEFAULT_STATE.network,
    colourMode:
      colour && (COLOUR_MODES as readonly string[]).includes(colour) ? (colour as ColourMode) : DEFAULT_STATE.colourMode,
    sizeMetric: params.get('size') || DEFAULT_STATE.sizeMetric,
    filters,
    selected: params.get('node'),
    focusedCommunity: readInteger(params.get('focus')),
    layout: layout && (LAYOUT_MODES as readonly string[]).includes(layout) ? (layout as LayoutMode) : DEFAULT_STATE.layout,
    curvedEdges: edges === 'curved' ? true : edges === 'straight' ? false : DEFAULT_STATE.curvedEdges,
  };
}
