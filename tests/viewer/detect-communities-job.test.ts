/**
 * The cluster panel's worker job, run in Node as it is (it uses no worker
 * globals): on a network of the built-in bundle's kind it gives exactly
 * detectCommunities' partition, ids and modularity for both algorithms, and
 * Leiden's communities are connected.
 */
import { describe, expect, it } from 'vitest';
import { detectCommunities } from '../../src/analyse/communities/index.ts';
import { csrFromGraph } from '../../src/analyse/csr/csr-from-graph.ts';
import { loadDataset } from '../../src/cli/load-dataset.ts';
import { buildNetworks } from '../../src/graph/build-networks.ts';
import { communityRequest, runDetectCommunities } from '../../viewer/src/workers/detect-communities-job.ts';
import { disconnectedCommunities } from '../helpers/community-parts.ts';
import { loadReference } from '../helpers/load-reference.ts';

const networks = buildNetworks(loadDataset());

describe('the community worker job', () => {
  for (const name of ['municipality-country', 'country'] as const) {
    for (const algorithm of ['louvain', 'leiden'] as const) {
      it(`gives detectCommunities' answer on the ${name} network with ${algorithm}`, () => {
        const graph = networks[name];
        const reply = runDetectCommunities(communityRequest(graph, { request: 7, algorithm, seed: 1, resolution: 1 }));
        const expected = detectCommunities(graph, { algorithm, seed: 1, resolution: 1 });
        expect(reply).toEqual({ type: 'communities', request: 7, ...expected });
      });
    }
  }

  it('returns connected communities with Leiden where Louvain splits one (Les Misérables, γ = 2)', () => {
    const graph = loadReference('lesmis').graph;
    const csr = csrFromGraph(graph, { getEdgeWeight: 'weight' });
    const parts = (communities: Record<string, number>) => disconnectedCommunities(csr, csr.keys.map((key) => communities[key]!)).size;
    const louvain = runDetectCommunities(communityRequest(graph, { request: 1, algorithm: 'louvain', seed: 2, resolution: 2 }));
    const leiden = runDetectCommunities(communityRequest(graph, { request: 2, algorithm: 'leiden', seed: 2, resolution: 2 }));
    if (louvain.type !== 'communities' || leiden.type !== 'communities') throw new Error('detection failed');
    expect(parts(louvain.communities)).toBe(1);
    expect(parts(leiden.communities)).toBe(0);
  });

  it('reports a bad request as an error reply, not a throw', () => {
    const reply = runDetectCommunities({
      request: 3, algorithm: 'leiden', seed: 1, resolution: -1, keys: ['a', 'b'],
      sources: Int32Array.of(0), targets: Int32Array.of(1), weights: null,
    });
    expect(reply).toEqual({ type: 'error', request: 3, message: expect.stringMatching(/resolution/) });
  });
});
