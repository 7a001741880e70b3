/// <reference lib="webworker" />
/**
 * Parses a large bundle off the main thread (the page hands over the bytes it
 * downloaded), then streams the networks the page asks for.
 * Small and light: it imports no analysis code.
 */
import type { NetworkBundle } from '../../../src/graph/network-bundle.ts';
import { describeBundle, parseBundleText } from '../data/bundle-format.ts';
import { post, serve, streamNetwork } from './worker-bundle.ts';

let bundle: NetworkBundle | null = null;

serve(async (message) => {
  if (message.type === 'load-bytes') {
    const text = await new Blob(message.chunks).text();
    post({ type: 'progress', request: message.request, step: 'parse', done: 1, total: 2 });
    bundle = parseBundleText(text, message.url);
    post({ type: 'meta', request: message.request, meta: describeBundle(bundle, null, []) });
  } else if (message.type === 'stream-network') {
    streamNetwork(bundle, message.request, message.name, message.chunkSize);
  } else {
    throw new Error(`the load worker cannot handle "${message.type}"`);
  }
});
