/**
 * Frame timing while the camera moves, shared by the viewer's debug hook and
 * the bare-sigma benchmark page so both are measured the same way. sigma
 * treats the camera as moving only during camera.animate, so the script is
 * three animations: a pan, a zoom in and a zoom out.
 */
import type Sigma from 'sigma';

export interface FrameStats {
  frames: number;
  /** Median and 95th percentile of requestAnimationFrame intervals (what the user sees). */
  medianFrameMs: number;
  p95FrameMs: number;
  /** Median time inside sigma's render() (main-thread cost per frame). */
  medianRenderMs: number;
}

function quantile(values: number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

export async function measureCameraFrames(renderer: Sigma, duration = 3000): Promise<FrameStats> {
  const camera = renderer.getCamera();
  camera.setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const intervals: number[] = [];
  const renders: number[] = [];
  let renderStart = 0;
  const before = () => { renderStart = performance.now(); };
  const after = () => { renders.push(performance.now() - renderStart); };
  renderer.on('beforeRender', before);
  renderer.on('afterRender', after);
  let running = true;
  let last = 0;
  const tick = (time: number) => {
    if (last > 0) intervals.push(time - last);
    last = time;
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  const step = duration / 3;
  await camera.animate({ x: 0.3, y: 0.65, ratio: 1 }, { duration: step });
  await camera.animate({ x: 0.5, y: 0.5, ratio: 0.25 }, { duration: step });
  await camera.animate({ x: 0.5, y: 0.5, ratio: 1 }, { duration: step });
  running = false;
  renderer.off('beforeRender', before);
  renderer.off('afterRender', after);
  return {
    frames: intervals.length,
    medianFrameMs: quantile(intervals, 0.5),
    p95FrameMs: quantile(intervals, 0.95),
    medianRenderMs: quantile(renders, 0.5),
  };
}
