/**
 * `--algorithm leiden|louvain`, shared by clusters, stats, report and export:
 * which community detection runs (src/analyse/communities/detect-communities-csr.ts).
 * Leiden is the command line's default: on the built-in networks it measured
 * higher modularity and steadier partitions over seeds than Louvain (README,
 * clusters section; tests/helpers/run-ts.mjs tests/bench/builtin-communities.ts). The library's
 * detectCommunities keeps Louvain as its default.
 */
import { COMMUNITY_ALGORITHMS, type CommunityAlgorithm } from '../analyse/communities/index.ts';
import { choiceOption, type OptionSpec } from './parse-command-line.ts';

/** What the command line runs without --algorithm. */
export const DEFAULT_CLI_ALGORITHM: CommunityAlgorithm = 'leiden';

export const ALGORITHM_OPTION: OptionSpec = { algorithm: { type: 'string' } };

export const ALGORITHM_HELP = '  --algorithm A       community detection: leiden (default; connected communities) or louvain';

/** The --algorithm value, or a usage error naming the choices. */
export function algorithmOption(value: unknown): CommunityAlgorithm {
  return choiceOption('algorithm', value, COMMUNITY_ALGORITHMS, DEFAULT_CLI_ALGORITHM);
}
