/**
 * The one entry point of community detection over CSR. Every path that
 * detects communities (the built-in networks through detectCommunities, a
 * user's `--input` file through the CLI's CSR path, the viewer's worker)
 * ends here, so the same graph, seed and resolution give the same
 * communities whatever the graph's size or the path it took.
 *
 * Louvain: louvain-csr.ts (Blondel et al. 2008). Leiden: leiden-csr.ts
 * (Traag, Waltman & van Eck 2019), whose communities are always connected.
 *
 * Membership is canonical: community 0 is the largest, ties broken by the
 * smallest node index (renumberMembership).
 */
import { louvainCsr, type LouvainCsrInput, type LouvainCsrResult } from './louvain-csr.ts';
import { leidenCsr } from './leiden-csr.ts';
import { resolveOptions } from '../../options/resolve-options.ts';

export type CommunityAlgorithm = 'louvain' | 'leiden';

export const COMMUNITY_ALGORITHMS: readonly CommunityAlgorithm[] = ['louvain', 'leiden'];

/** The algorithm's name in prose (reports, tables). */
export const COMMUNITY_ALGORITHM_NAMES: Readonly<Record<CommunityAlgorithm, string>> = { louvain: 'Louvain', leiden: 'Leiden' };

export interface DetectCommunitiesCsrOptions {
  algorithm: CommunityAlgorithm;
  seed: number;
  resolution: number;
}

const DEFAULTS: DetectCommunitiesCsrOptions = { algorithm: 'louvain', seed: 1, resolution: 1 };

/** Communities of a CSR graph by the chosen algorithm, seeded and canonically numbered. */
export function detectCommunitiesCsr(
  input: LouvainCsrInput,
  options?: Partial<DetectCommunitiesCsrOptions>,
): LouvainCsrResult {
  const { algorithm, seed, resolution } = resolveOptions('detectCommunitiesCsr', DEFAULTS, options);
  if (!COMMUNITY_ALGORITHMS.includes(algorithm)) {
    throw new Error(`detectCommunitiesCsr: algorithm must be one of ${COMMUNITY_ALGORITHMS.join(', ')}, got ${String(algorithm)}`);
  }
  if (algorithm === 'louvain') return louvainCsr(input, { seed, resolution });
  const { membership, modularity, count, levels } = leidenCsr(input, { seed, resolution });
  return { membership, modularity, count, levels };
}
