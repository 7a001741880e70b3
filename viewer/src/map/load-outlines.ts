/**
 * Country outlines for the map layout, loaded once and only when the map is
 * first shown: Natural Earth's 1:50m countries from the world-atlas package,
 * shipped with the viewer as an asset (no tile server: the map works offline).
 */
import atlasUrl from 'world-atlas/countries-50m.json?url';
import { indexOutlines, type OutlineSet } from './outline-layer.ts';
import type { OutlinesReply } from './outlines.worker.ts';

let pending: Promise<OutlineSet> | null = null;

export function loadOutlines(): Promise<OutlineSet> {
  if (pending) return pending;
  pending = new Promise<OutlineSet>((resolve, reject) => {
    const worker = new Worker(new URL('./outlines.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<OutlinesReply>) => {
      worker.terminate();
      if (event.data.type === 'outlines') resolve(indexOutlines(event.data.lines));
      else reject(new Error(`could not load the country outlines: ${event.data.message}`));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`could not load the country outlines: ${event.message}`));
    };
    worker.postMessage({ url: new URL(atlasUrl, document.baseURI).href });
  });
  // A failed load may be retried the next time the map is chosen.
  pending.catch(() => { pending = null; });
  return pending;
}
