/// <reference lib="webworker" />
/**
 * A user's own file → bundle, off the main thread: read (the shared
 * readNetworkFile), then metrics, communities and layout (bundleNetwork),
 * reporting progress; then streams it like a loaded bundle. Started only when
 * a file is opened, since it carries all the analysis code.
 */
import type { NetworkBundle } from '../../../src/graph/network-bundle.ts';
import { bundleNetwork } from '../../../src/graph/build-network-bundle.ts';
import { readNetworkFile } from '../../../src/formats/read-network-file.ts';
import { describeBundle } from '../data/bundle-format.ts';
import { post, serve, streamNetwork } from './worker-bundle.ts';

let bundle: NetworkBundle | null = null;

const STEPS = ['read', 'metrics', 'communities', 'layout', 'export'];

serve((message) => {
  if (message.type === 'open-file') {
    const { request, fileName, text, seed } = message;
    post({ type: 'progress', request, step: 'read', done: 0, total: STEPS.length });
    const { graph, notes } = readNetworkFile(text, { file: fileName });
    if (graph.order === 0) throw new Error(`${fileName}: the file has no nodes`);
    const network = bundleNetwork(graph, {
      name: 'twin',
      seed,
      onProgress: (step) => post({ type: 'progress', request, step, done: STEPS.indexOf(step), total: STEPS.length }),
    });
    // The previous bundle is replaced only once the new one is complete: a bad file keeps the old graph.
    bundle = { format: 'vennskap-network-bundle', version: 1, title: fileName, networks: { twin: network }, sourceLines: {} };
    post({ type: 'meta', request, meta: describeBundle(bundle, fileName, notes) });
  } else if (message.type === 'stream-network') {
    streamNetwork(bundle, message.request, message.name, message.chunkSize);
  } else {
    throw new Error(`the file worker cannot handle "${message.type}"`);
  }
});
