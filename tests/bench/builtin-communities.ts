/**
 * Louvain vs Leiden on the built-in Norway networks: modularity, stability
 * over seeds (communityStability) and connectedness of the communities, per
 * network, seeds 1..20 at resolution 1. Run by `node tests/helpers/run-ts.mjs tests/bench/builtin-communities.ts`
 * (bundled with esbuild); prints a markdown table. The README's clusters
 * section quotes it.
 */
import { join } from 'node:path';
import { communityStability, COMMUNITY_ALGORITHMS, detectCommunities } from '../../src/analyse/communities/index.ts';
import { csrFromGraph } from '../../src/analyse/csr/csr-from-graph.ts';
import { loadDataset } from '../../src/cli/load-dataset.ts';
import { buildNetworks } from '../../src/graph/build-networks.ts';
import { NETWORK_NAMES } from '../../src/graph/network-bundle.ts';
import { disconnectedCommunities } from '../helpers/community-parts.ts';

const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);
// Run from the repository root (the wrapper sets cwd), where data/ is.
const networks = buildNetworks(loadDataset(join(process.cwd(), 'data')));
const f = (x: number) => x.toFixed(4);
const lines = [
  '| network | algorithm | modularity min / median / max | communities | mean NMI / ARI with best run | co-assignment | runs with a disconnected community | disconnected communities (all runs) |',
  '| --- | --- | --- | --- | --- | ---: | ---: | ---: |',
];
for (const name of NETWORK_NAMES) {
  const graph = networks[name];
  const csr = csrFromGraph(graph, { getEdgeWeight: 'weight' });
  for (const algorithm of COMMUNITY_ALGORITHMS) {
    const s = communityStability(graph, { algorithm, seeds: SEEDS, partnerCount: 0 });
    let runs = 0;
    let total = 0;
    for (const seed of SEEDS) {
      const { communities } = detectCommunities(graph, { algorithm, seed });
      const parts = disconnectedCommunities(csr, csr.keys.map((key) => communities[key]!)).size;
      if (parts > 0) runs++;
      total += parts;
    }
    lines.push(
      `| ${name} | ${algorithm} | ${f(s.modularity.min)} / ${f(s.modularity.median)} / ${f(s.modularity.max)} | ${s.count.min}–${s.count.max} | ${s.meanAgreement.nmi.toFixed(3)} / ${s.meanAgreement.ari.toFixed(3)} | ${s.meanConsensusCoAssignment === null ? '–' : s.meanConsensusCoAssignment.toFixed(3)} | ${runs} of ${SEEDS.length} | ${total} |`,
    );
  }
}
process.stdout.write(`${lines.join('\n')}\n`);
