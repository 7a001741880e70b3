/**
 * Downloads the world-atlas topology and projects its country outlines off
 * the main thread: 80,000 vertices through d3-geo take about a quarter of a
 * second, which on the page would stall the animation into the map.
 */
import type { Topology } from 'topojson-specification';
import { countryOutlines } from '../../../src/geo/map-projection.ts';

export type OutlinesReply = { type: 'outlines'; lines: Float32Array[] } | { type: 'error'; message: string };

self.onmessage = async (event: MessageEvent<{ url: string }>) => {
  try {
    const response = await fetch(event.data.url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const lines = countryOutlines((await response.json()) as Topology);
    const reply: OutlinesReply = { type: 'outlines', lines };
    (self as unknown as Worker).postMessage(reply, lines.map((line) => line.buffer));
  } catch (error) {
    const reply: OutlinesReply = { type: 'error', message: error instanceof Error ? error.message : String(error) };
    (self as unknown as Worker).postMessage(reply);
  }
};
