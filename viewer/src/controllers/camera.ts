/**
 * Camera moves. Positions come from sigma's display data, which is in the
 * "framed graph" space the camera works in (the whole graph spans about 0..1).
 */
import type Sigma from 'sigma';

const DURATION = 400;
/** Zoomed-in enough to read a node's neighbourhood, but never zooming out to get there. */
const NODE_RATIO = 0.25;
const MIN_RATIO = 0.03;

export function zoomToNode(renderer: Sigma, node: string, duration = DURATION): Promise<void> {
  const data = renderer.getNodeDisplayData(node);
  if (!data) return Promise.resolve();
  const camera = renderer.getCamera();
  return camera.animate({ x: data.x, y: data.y, ratio: Math.min(camera.ratio, NODE_RATIO) }, { duration });
}

/** Frames a set of nodes (a community), with a margin. */
export function zoomToNodes(renderer: Sigma, nodes: Iterable<string>, duration = DURATION): Promise<void> {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const node of nodes) {
    const data = renderer.getNodeDisplayData(node);
    if (!data) continue;
    minX = Math.min(minX, data.x); maxX = Math.max(maxX, data.x);
    minY = Math.min(minY, data.y); maxY = Math.max(maxY, data.y);
  }
  if (!Number.isFinite(minX)) return Promise.resolve();
  const ratio = Math.min(1.2, Math.max(MIN_RATIO, 1.3 * Math.max(maxX - minX, maxY - minY)));
  return renderer.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration });
}

export function resetCamera(renderer: Sigma, duration = DURATION): Promise<void> {
  return renderer.getCamera().animatedReset({ duration });
}
