/**
 * Imported first by main.ts (the small entry chunk), so the bundle download
 * starts before the app's chunk (sigma, graphology, the app) has even been
 * downloaded. Two built-in datasets, each its own bundle file next to
 * index.html: Norway (the default; `?bundle=` replaces it) and the world
 * (`?world=` replaces it), fetched only when the hash asks for it (#data=world)
 * or the user chooses it, so it costs the Norway page nothing.
 */
export const DEFAULT_BUNDLE_URL = 'network-bundle.json';
export const DEFAULT_WORLD_BUNDLE_URL = 'network-bundle-world.json';

import type { ViewerDataset } from './datasets.ts';

const query = new URLSearchParams(location.search);
export const bundleUrl = query.get('bundle') ?? DEFAULT_BUNDLE_URL;
const worldBundleUrl = query.get('world') ?? DEFAULT_WORLD_BUNDLE_URL;

export function datasetUrl(dataset: ViewerDataset): string {
  return dataset === 'world' ? worldBundleUrl : bundleUrl;
}

/** The dataset the URL hash names (url-state.ts parses the same key with the rest of the state). */
export const initialDataset: ViewerDataset =
  new URLSearchParams(location.hash.replace(/^#/, '')).get('data') === 'world' ? 'world' : 'norway';

/** The response, started now; a failure is left for the loader to report. */
export const earlyResponse: Promise<Response> = fetch(new URL(datasetUrl(initialDataset), document.baseURI).href);
earlyResponse.catch(() => {});
