/**
 * Appearance as pure functions: (graph, colour mode | size metric) → a colour
 * or size per node, plus the legend that explains it. Computed once per
 * change, so the reducers only do map look-ups on every frame.
 */
import type Graph from 'graphology';
import type { CommunitySummary } from '../../../src/graph/network-bundle.ts';
import type { ColourMode } from '../state.ts';
import { CATEGORY_PALETTE, EDGE_COLOUR, KIND_COLOURS, OTHER_COLOUR, STATUS_COLOURS, colorForCommunity } from './palette.ts';

export interface LegendEntry {
  label: string;
  colour: string;
  count: number;
}

export interface NodeColouring {
  mode: ColourMode;
  nodeColours: Map<string, string>;
  /** null: every edge uses EDGE_COLOUR. */
  edgeColours: Map<string, string> | null;
  legend: LegendEntry[];
  edgeLegend: LegendEntry[];
}

function countBy(graph: Graph, read: (node: string) => string): Map<string, number> {
  const counts = new Map<string, number>();
  graph.forEachNode((node) => {
    const value = read(node);
    counts.set(value, (counts.get(value) ?? 0) + 1);
  });
  return counts;
}

/** The most frequent values get palette colours, the rest share "other". */
function colourCategories(counts: Map<string, number>): { colourOf: Map<string, string>; legend: LegendEntry[] } {
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const colourOf = new Map<string, string>();
  const legend: LegendEntry[] = [];
  let others = 0;
  ranked.forEach(([value, count], i) => {
    const colour = i < CATEGORY_PALETTE.length && value !== '' ? CATEGORY_PALETTE[i]! : OTHER_COLOUR;
    colourOf.set(value, colour);
    if (colour === OTHER_COLOUR) others += count;
    else legend.push({ label: value, colour, count });
  });
  if (others > 0) legend.push({ label: 'other', colour: OTHER_COLOUR, count: others });
  return { colourOf, legend };
}

function communityLabel(graph: Graph, summary: CommunitySummary): string {
  const hub = summary.hubs[0];
  const name = hub !== undefined && graph.hasNode(hub) ? String(graph.getNodeAttribute(hub, 'label') ?? hub) : '';
  return name ? `${summary.id} · ${name}` : `community ${summary.id}`;
}

/** Communities are numbered largest first, and the palette repeats past its end (as in the GEXF export). */
export function communityColour(community: unknown): string {
  const id = Number(community);
  return Number.isInteger(id) ? colorForCommunity(id) : OTHER_COLOUR;
}

export function colourNodes(graph: Graph, mode: ColourMode, communities: CommunitySummary[]): NodeColouring {
  const nodeColours = new Map<string, string>();
  let legend: LegendEntry[] = [];
  let edgeColours: Map<string, string> | null = null;
  let edgeLegend: LegendEntry[] = [];

  if (mode === 'community') {
    graph.forEachNode((node, attributes) => nodeColours.set(node, communityColour(attributes.community)));
    const shown = communities.slice(0, CATEGORY_PALETTE.length);
    legend = shown.map((summary) => ({
      label: communityLabel(graph, summary),
      colour: communityColour(summary.id),
      count: summary.size,
    }));
    const rest = communities.slice(CATEGORY_PALETTE.length).reduce((sum, summary) => sum + summary.size, 0);
    if (rest > 0) legend.push({ label: 'smaller communities (colours repeat)', colour: OTHER_COLOUR, count: rest });
  } else if (mode === 'country' || mode === 'kind') {
    const read = (node: string) => String(graph.getNodeAttribute(node, mode) ?? '');
    const counts = countBy(graph, read);
    if (mode === 'country') {
      const { colourOf, legend: categories } = colourCategories(counts);
      graph.forEachNode((node) => nodeColours.set(node, colourOf.get(read(node)) ?? OTHER_COLOUR));
      legend = categories;
    } else {
      graph.forEachNode((node) => nodeColours.set(node, KIND_COLOURS[read(node)] ?? OTHER_COLOUR));
      legend = [...counts.entries()]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .map(([kind, count]) => ({ label: kind || 'unknown', colour: KIND_COLOURS[kind] ?? OTHER_COLOUR, count }));
    }
  } else {
    // A place is "active" when at least one of its links is; edges carry their own status.
    edgeColours = new Map();
    const edgeCounts = new Map<string, number>();
    const nodeStatus = new Map<string, string>();
    graph.forEachEdge((edge, attributes, source, target) => {
      const status = typeof attributes.status === 'string' ? attributes.status : '';
      edgeColours!.set(edge, STATUS_COLOURS[status] ?? EDGE_COLOUR);
      edgeCounts.set(status, (edgeCounts.get(status) ?? 0) + 1);
      for (const end of [source, target]) {
        if (statusRank(status) > statusRank(nodeStatus.get(end) ?? '')) nodeStatus.set(end, status);
      }
    });
    const counts = new Map<string, number>();
    graph.forEachNode((node) => {
      const status = nodeStatus.get(node) ?? '';
      nodeColours.set(node, STATUS_COLOURS[status] ?? OTHER_COLOUR);
      counts.set(status, (counts.get(status) ?? 0) + 1);
    });
    const describe = (status: string) => (status === 'active' ? 'has an active link' : status === 'ended' ? 'all links ended' : 'no status');
    legend = [...counts.entries()].map(([status, count]) => ({
      label: describe(status),
      colour: STATUS_COLOURS[status] ?? OTHER_COLOUR,
      count,
    }));
    edgeLegend = [...edgeCounts.entries()].map(([status, count]) => ({
      label: status ? `${status} link` : 'link without status',
      colour: STATUS_COLOURS[status] ?? EDGE_COLOUR,
      count,
    }));
  }
  return { mode, nodeColours, edgeColours, legend, edgeLegend };
}

/** A place shows its "best" link status: active over ended over none. */
function statusRank(status: string): number {
  return status === 'active' ? 2 : status === 'ended' ? 1 : 0;
}

export interface NodeSizing {
  metric: string;
  sizes: Map<string, number>;
  /** Smallest and largest metric value, for the legend. */
  domain: [number, number];
  range: [number, number];
}

/**
 * Area grows with the metric (radius ∝ √value), the honest encoding for a
 * quantity drawn as a disc; a constant size when the metric is "none" or absent.
 */
export function sizeNodes(graph: Graph, metric: string, range: [number, number]): NodeSizing {
  const sizes = new Map<string, number>();
  let lo = Infinity;
  let hi = -Infinity;
  const values = new Map<string, number>();
  if (metric !== 'none') {
    graph.forEachNode((node, attributes) => {
      const value = Number(attributes[metric]);
      if (!Number.isFinite(value)) return;
      values.set(node, value);
      if (value < lo) lo = value;
      if (value > hi) hi = value;
    });
  }
  const [small, large] = range;
  const middle = small + (large - small) / 4;
  graph.forEachNode((node) => {
    const value = values.get(node);
    if (value === undefined || !(hi > lo)) sizes.set(node, middle);
    else sizes.set(node, small + (large - small) * Math.sqrt((value - lo) / (hi - lo)));
  });
  return { metric, sizes, domain: values.size > 0 ? [lo, hi] : [0, 0], range };
}

export function edgeColourOf(colouring: NodeColouring, edge: string): string {
  return colouring.edgeColours?.get(edge) ?? EDGE_COLOUR;
}
