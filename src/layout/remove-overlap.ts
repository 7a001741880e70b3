/**
 * Pushes overlapping nodes apart (graphology-layout-noverlap), as a separate
 * step after ForceAtlas2: FA2 with `adjustSizes` would need display sizes,
 * which are a viewer choice (size-by metric) and not part of the layout.
 * Deterministic: noverlap has no randomness.
 */
import type Graph from 'graphology';
import noverlap from 'graphology-layout-noverlap';
import { checkOptionKeys } from './check-options.ts';
import type { LayoutMapping } from './compute-layout.ts';
import { positionKeyed } from '../formats/node-keyed.ts';

export interface RemoveOverlapOptions {
  maxIterations: number;
  /** Node radius in graph units; null reads the `size` attribute (default 1). */
  getSize: ((node: string) => number) | null;
  /** Extra gap kept between nodes, in graph units. */
  margin: number;
  /** Multiplier applied to sizes before testing for overlap. */
  ratio: number;
}

export const DEFAULTS: RemoveOverlapOptions = {
  maxIterations: 500,
  getSize: null,
  margin: 1,
  ratio: 1,
};

function runRemoveOverlap(graph: Graph, options: Partial<RemoveOverlapOptions>): LayoutMapping {
  checkOptionKeys('removeOverlap', DEFAULTS, options);
  const opts = { ...DEFAULTS, ...options };
  if (graph.order === 0) return {};
  const getSize = opts.getSize;
  // noverlap indexes nodes in plain objects: see positionKeyed.
  const input = positionKeyed(graph);
  const keys = input.graph === graph ? undefined : graph.nodes();
  return input.restore(noverlap(input.graph, {
    maxIterations: opts.maxIterations,
    settings: { margin: opts.margin, ratio: opts.ratio },
    inputReducer: (key, attributes) => ({
      x: attributes.x,
      y: attributes.y,
      size: getSize ? getSize(keys === undefined ? key : keys[Number(key)]!) : Number(attributes.size ?? 1),
    }),
  }));
}

/** New positions with overlaps removed; reads the graph's current `x`/`y`. */
export function removeOverlap(graph: Graph, options: Partial<RemoveOverlapOptions> = {}): LayoutMapping {
  return runRemoveOverlap(graph, options);
}

/** Writes the new `x` and `y` node attributes. */
removeOverlap.assign = function assignRemoveOverlap(graph: Graph, options: Partial<RemoveOverlapOptions> = {}): void {
  const positions = runRemoveOverlap(graph, options);
  for (const [node, { x, y }] of Object.entries(positions)) graph.mergeNodeAttributes(node, { x, y });
};
