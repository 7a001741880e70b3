/**
 * Imported first by main.ts (the small entry chunk), so the bundle download
 * starts before the app's chunk (sigma, graphology, the app) has even been
 * downloaded. The URL is the page's `?bundle=` or the network-bundle.json
 * next to index.html.
 */
export const DEFAULT_BUNDLE_URL = 'network-bundle.json';

export const bundleUrl = new URLSearchParams(location.search).get('bundle') ?? DEFAULT_BUNDLE_URL;

/** The response, started now; a failure is left for the loader to report. */
export const earlyResponse: Promise<Response> = fetch(new URL(bundleUrl, document.baseURI).href);
earlyResponse.catch(() => {});
