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
  if (twin.view === 'as-written') flags.push('--as-written');
  if (twin.includeEnded) flags.push('--include-ended');
  if (!sameList(twin.sources, TWIN_NETWORK_DEFAULTS.sources)) flags.push(`--sources ${twin.sources.join(',')}`);
  if (twin.relations.includes('membership')) flags.push('--include-memberships');
  return flags.map((f) => ` ${f}`).join('');
}

export const reproduce = {
  data: () => 'vennskap data',
  summary: () => 'vennskap start',
  networkStats: (network: string, twin: TwinNetworkOptions) => `vennskap stats --network ${network}${networkFlags(twin)}`,
  rank: (metric: string, top: number, twin: TwinNetworkOptions) => `vennskap rank --by ${metric} --country NO --top ${top}${networkFlags(twin)}`,
  communities: (network: string, seed: number, seeds: number, resolution: number, twin: TwinNetworkOptions) =>
    `vennskap clusters --network ${network} --seed ${seed} --stability-seeds ${seeds} --resolution ${resolution}${networkFlags(twin)}`,
  report: () => 'vennskap report --out DIR',
};
