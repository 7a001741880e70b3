/**
 * The command lines the report quotes so a reader can reproduce each number.
 * Kept in one place so they follow the command line's flags when it changes.
 * Network choices that differ from the defaults are spelled out, so the
 * quoted command rebuilds the same network the report used.
 */
import type { CommunityAlgorithm } from '../analyse/communities/detect-communities-csr.ts';
import type { DatasetName } from '../dataset/scope-dataset.ts';
import { TWIN_NETWORK_DEFAULTS, type TwinNetworkOptions } from '../graph/build-twin-network.ts';

/** The twin-network choices of a report plus the dataset they are made on (absent: norway). */
export type NetworkChoice = TwinNetworkOptions & { dataset?: DatasetName };

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** Flags for the twin-network choices that differ from the defaults, with a leading space (or ""). */
export function networkFlags(twin: NetworkChoice): string {
  const flags: string[] = [];
  if (twin.dataset !== undefined && twin.dataset !== 'norway') flags.push(`--dataset ${twin.dataset}`);
  if (twin.view === 'as-written') flags.push('--as-written');
  if (twin.includeEnded) flags.push('--include-ended');
  if (!sameList(twin.sources, TWIN_NETWORK_DEFAULTS.sources)) flags.push(`--sources ${twin.sources.join(',')}`);
  if (twin.relations.includes('membership')) flags.push('--include-memberships');
  return flags.map((f) => ` ${f}`).join('');
}

/**
 * ` --algorithm NAME`, always: the command line's default (Leiden) and the
 * library's (Louvain) differ, so a quoted command names the one that ran.
 */
export function algorithmFlag(algorithm: CommunityAlgorithm): string {
  return ` --algorithm ${algorithm}`;
}

export const reproduce = {
  data: () => 'vennskap data',
  summary: () => 'vennskap start',
  networkStats: (network: string, twin: NetworkChoice, algorithm: CommunityAlgorithm = 'louvain') =>
    `vennskap stats --network ${network}${algorithmFlag(algorithm)}${networkFlags(twin)}`,
  /** country null: every place (the world report's hubs). */
  rank: (metric: string, top: number, twin: NetworkChoice, country: string | null = 'NO') =>
    `vennskap rank --by ${metric}${country === null ? '' : ` --country ${country}`} --top ${top}${networkFlags(twin)}`,
  communities: (network: string, seed: number, seeds: number, resolution: number, twin: NetworkChoice, algorithm: CommunityAlgorithm = 'louvain') =>
    `vennskap clusters --network ${network}${algorithmFlag(algorithm)} --seed ${seed} --stability-seeds ${seeds} --resolution ${resolution}${networkFlags(twin)}`,
  report: (algorithm: CommunityAlgorithm = 'louvain', dataset: DatasetName = 'norway') =>
    `vennskap report${dataset === 'norway' ? '' : ` --dataset ${dataset}`}${algorithmFlag(algorithm)} --out DIR`,
  distances: (dataset: DatasetName, includeEnded: boolean) =>
    `vennskap distances${dataset === 'norway' ? '' : ` --dataset ${dataset}`}${includeEnded ? ' --include-ended' : ''}`,
  crosscheck: () => 'vennskap crosscheck',
  rings: (o: { country: string; minSize: number; minCountries: number }, twin: NetworkChoice) =>
    `vennskap rings --country ${o.country} --min-size ${o.minSize}${o.minCountries === 3 ? '' : ` --min-countries ${o.minCountries}`}${networkFlags(twin)}`,
};

/**
 * A word for a POSIX shell: as it is when it holds only characters no shell
 * treats specially, else single-quoted (a quote inside becomes '\''). File
 * names come from the user and may hold spaces, quotes or `$(…)`.
 */
export function shellWord(word: string): string {
  return /^[A-Za-z0-9_./:@%+=,-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** What a command needs to read the same input file: --input, and --nodes / --format when they were given. */
export interface InputFlags {
  file: string;
  nodesFile?: string;
  formatFlag?: string;
}

/** ` --input FILE [--nodes FILE] [--format F]`, shell-quoted, with a leading space. */
export function inputFlags(input: InputFlags): string {
  const flags = [`--input ${shellWord(input.file)}`];
  if (input.nodesFile !== undefined) flags.push(`--nodes ${shellWord(input.nodesFile)}`);
  if (input.formatFlag !== undefined) flags.push(`--format ${shellWord(input.formatFlag)}`);
  return flags.map((f) => ` ${f}`).join('');
}

/** The commands quoted by the report of a user's network file (`vennskap report --input`). */
export const reproduceInput = {
  stats: (input: InputFlags, seed: number, algorithm: CommunityAlgorithm = 'louvain') =>
    `vennskap stats${inputFlags(input)}${algorithmFlag(algorithm)} --seed ${seed}`,
  rank: (input: InputFlags, metric: string, top: number) => `vennskap rank${inputFlags(input)} --by ${metric} --top ${top}`,
  clusters: (input: InputFlags, seed: number, seeds: number, resolution: number, algorithm: CommunityAlgorithm = 'louvain') =>
    `vennskap clusters${inputFlags(input)}${algorithmFlag(algorithm)} --seed ${seed} --stability-seeds ${seeds} --resolution ${resolution}`,
  report: (input: InputFlags, o: { seed: number; resolution: number; stabilitySeeds: number; top: number; algorithm?: CommunityAlgorithm }) =>
    `vennskap report${inputFlags(input)}${algorithmFlag(o.algorithm ?? 'louvain')} --seed ${o.seed} --resolution ${o.resolution} --stability-seeds ${o.stabilitySeeds} --top ${o.top} --out DIR`,
};
