/// <reference lib="webworker" />
/**
 * "Remove overlap" off the main thread for large graphs: noverlap needs only
 * positions and radii, so the page sends them as typed arrays, this worker
 * runs the shared removeOverlap (src/layout/remove-overlap.ts) on a nodes-only
 * graph, and sends the new positions back. At 100k nodes the pass takes
 * seconds, which on the page would freeze the view.
 */
import Graph from 'graphology';
import { removeOverlap } from '../../../src/layout/remove-overlap.ts';

export interface RemoveOverlapRequest {
  xs: Float64Array;
  ys: Float64Array;
  /** Radii in graph units. */
  sizes: Float64Array;
  margin: number;
  maxIterations: number;
}

export type RemoveOverlapReply = { type: 'positions'; xs: Float64Array; ys: Float64Array } | { type: 'error'; message: string };

self.onmessage = (event: MessageEvent<RemoveOverlapRequest>) => {
  try {
    const { xs, ys, sizes, margin, maxIterations } = event.data;
    const graph = new Graph({ type: 'undirected' });
    for (let i = 0; i < xs.length; i++) graph.addNode(String(i), { x: xs[i], y: ys[i], size: sizes[i] });
    const positions = removeOverlap(graph, { margin, maxIterations });
    const outX = new Float64Array(xs.length);
    const outY = new Float64Array(xs.length);
    for (let i = 0; i < xs.length; i++) {
      const p = positions[String(i)]!;
      outX[i] = p.x;
      outY[i] = p.y;
    }
    const reply: RemoveOverlapReply = { type: 'positions', xs: outX, ys: outY };
    (self as unknown as Worker).postMessage(reply, [outX.buffer, outY.buffer]);
  } catch (error) {
    const reply: RemoveOverlapReply = { type: 'error', message: error instanceof Error ? error.message : String(error) };
    (self as unknown as Worker).postMessage(reply);
  }
};
