/// <reference lib="webworker" />
/**
 * Fetches and parses a large bundle off the main thread, then streams the
 * networks the page asks for. Small and light: it imports no analysis code.
 */
import type { NetworkBundle } from '../../../src/graph/network-bundle.ts';
import { describeBundle, parseBundleText } from '../data/bundle-format.ts';
import { post, serve, streamNetwork } from './worker-bundle.ts';

let bundle: NetworkBundle | null = null;

serve(async (message) => {
  if (message.type === 'load-url') {
    const response = await fetch(message.url);
    if (!response.ok) throw new Error(`could not load ${message.url}: HTTP ${response.status}`);
    const text = await response.text();
    post({ type: 'progress', request: message.request, step: 'parse', done: 1, total: 2 });
    bundle = parseBundleText(text, message.url);
    post({ type: 'meta', request: message.request, meta: describeBundle(bundle, null, []) });
  } else if (message.type === 'stream-network') {
    streamNetwork(bundle, message.request, message.name, message.chunkSize);
  } else {
    throw new Error(`the load worker cannot handle "${message.type}"`);
  }
});
