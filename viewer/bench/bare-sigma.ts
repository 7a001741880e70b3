/**
 * The benchmark's baseline: sigma with its defaults and no app code,
 * rendering the same bundle file as the viewer (?bundle=<url>&network=<name>).
 * Not part of the viewer build; tests/bench/run-viewer-bench.mjs bundles it.
 */
import Graph from 'graphology';
import Sigma from 'sigma';
import type { NetworkBundle } from '../../src/graph/network-bundle.ts';
import { measureCameraFrames } from '../src/measure-camera.ts';

performance.mark('bare:script-start');
const params = new URLSearchParams(location.search);
const response = await fetch(params.get('bundle') ?? 'network-bundle.json');
const bundle = (await response.json()) as NetworkBundle;
const name = (params.get('network') ?? 'twin') as keyof NetworkBundle['networks'];
const graph = Graph.from(bundle.networks[name]!.graph);
const container = document.getElementById('graph')!;
const constructStart = performance.now();
performance.mark('bare:construct-start');
const renderer = new Sigma(graph, container);
performance.mark('bare:first-render');
const constructMs = performance.now() - constructStart;
requestAnimationFrame(() => {
  performance.mark('bare:first-frame');
  Object.assign(window, {
    __bare: { constructMs, order: graph.order, size: graph.size, measureCameraFrames: (duration?: number) => measureCameraFrames(renderer, duration) },
  });
});
