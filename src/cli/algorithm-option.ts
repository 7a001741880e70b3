/**
 * `--algorithm louvain|leiden`, shared by clusters, stats, report and export:
 * which community detection runs (src/analyse/communities/detect-communities-csr.ts).
 */
import { COMMUNITY_ALGORITHMS, type CommunityAlgorithm } from '../analyse/communities/index.ts';
import { choiceOption, type OptionSpec } from './parse-command-line.ts';

export const ALGORITHM_OPTION: OptionSpec = { algorithm: { type: 'string' } };

export const ALGORITHM_HELP = '  --algorithm A       community detection: louvain (default) or leiden (always connected communities)';

/** The --algorithm value, or a usage error naming the choices. */
export function algorithmOption(value: unknown): CommunityAlgorithm {
  return choiceOption('algorithm', value, COMMUNITY_ALGORITHMS, 'louvain');
}
