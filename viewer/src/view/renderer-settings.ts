/**
 * Sigma's settings for a network: the same look for every graph, and the
 * large-graph choices (above LARGE_GRAPH_NODES) that the viewer benchmark
 * measured (tests/bench/VIEWER-RESULTS.md).
 */
import type { Settings } from 'sigma/settings';
import { EdgeRectangleProgram, NodeCircleProgram, NodePointProgram } from 'sigma/rendering';
import type { NetworkModel } from '../data/network-model.ts';
import { EDGE_COLOUR } from './palette.ts';

export function rendererSettings(model: NetworkModel): Partial<Settings> {
  const large = model.large;
  return {
    // Measured in headless Chromium (SwiftShader): sigma's instanced disc
    // program costs ~0.5 s per frame at 10k nodes and ~3.6 s at 100k; the
    // point program (one vertex per node, still a round antialiased disc)
    // ~0.1 s and ~0.3 s. Small graphs keep the disc program (and its look).
    nodeProgramClasses: { circle: large ? NodePointProgram : NodeCircleProgram },
    // Only straight lines: the reducers never set an edge type, so sigma's
    // default "arrow" program would be compiled at start-up and never used.
    // The map adds "curved" when it is first needed (map-controller.ts).
    edgeProgramClasses: { line: EdgeRectangleProgram },
    // Measured on the benchmark graphs: hiding edges and labels during camera
    // moves is what keeps panning smooth past a few thousand nodes.
    hideEdgesOnMove: large,
    hideLabelsOnMove: large,
    // zIndex sorting costs a sort of all nodes per refresh; only worth it when hover dimming is on.
    zIndex: !large,
    // Large graphs draw discs of 1.5–8 px: only the hubs (≥ 6 px) get labels until one zooms in.
    labelRenderedSizeThreshold: large ? 6 : 7,
    labelDensity: large ? 0.5 : 1,
    labelGridCellSize: large ? 120 : 80,
    labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    labelSize: 12,
    labelWeight: '500',
    defaultEdgeColor: EDGE_COLOUR,
    allowInvalidContainer: true,
    minCameraRatio: 0.01,
    maxCameraRatio: 20,
    stagePadding: 24,
  };
}
