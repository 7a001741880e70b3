/**
 * The command lines the report quotes so a reader can reproduce each number.
 * Kept in one place so they follow the command line's flags when it changes.
 * Network choices that differ from the defaults are spelled out, so the
 * quoted command rebuilds the same network the report used.
 */
import { TWIN_NETWORK_DEFAULTS, type TwinNetworkOptions } from '../graph/build-twin-network.ts';

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** Flags for the twin-network choices that differ from the defaults, with a leading space (or ""). */
export function networkFlags(twin: TwinNetworkOptions): string {
  const flags: string[] = [];
  if (twin.view !== TWIN_NETWORK_DEFAULTS.view) flags.push(`--view ${twin.view}`);
  if (twin.includeEnded !== TWIN_NETWORK_DEFAULTS.includeEnded) flags.push(twin.includeEnded ? '--include-ended' : '--active-only');
  if (!sameList(twin.sources, TWIN_NETWORK_DEFAULTS.sources)) flags.push(`--sources ${twin.sources.join(',')}`);
  if (!sameList(twin.relations, TWIN_NETWORK_DEFAULTS.relations)) flags.push(`--relations ${twin.relations.join(',')}`);
  return flags.map((f) => ` ${f}`).join('');
}

export const reproduce = {
  data: () => 'vennskap data',
  summary: () => 'vennskap start',
  networkStats: (network: string, twin: TwinNetworkOptions) => `vennskap stats --network ${network}${networkFlags(twin)}`,
  rank: (metric: string, top: number, twin: TwinNetworkOptions) => `vennskap rank --by ${metric} --country NO --top ${top}${networkFlags(twin)}`,
  communities: (network: string, seed: number, seeds: number, resolution: number, twin: TwinNetworkOptions) =>
    `vennskap communities --network ${network} --seed ${seed} --stability-seeds ${seeds} --resolution ${resolution}${networkFlags(twin)}`,
  report: () => 'vennskap report --out DIR',
};
