/** The command table: name → spec and runner. */
import type { CommandSpec } from '../parse-command-line.ts';
import { setGeneralHelp } from '../parse-command-line.ts';
import { dataSpec, runData } from './data.ts';
import { distancesSpec, runDistances } from './distances.ts';
import { exportSpec, runExport } from './export.ts';
import { clustersSpec, runClusters } from './clusters.ts';
import { rankSpec, runRank } from './rank.ts';
import { reportSpec, runReport } from './report.ts';
import { runStart, startSpec } from './start.ts';
import { runStats, statsSpec } from './stats.ts';
import { runTown, townSpec } from './town.ts';

export interface Command {
  spec: CommandSpec;
  run(argv: string[]): Promise<void>;
}

export const COMMANDS = {
  start: { spec: startSpec, run: runStart },
  rank: { spec: rankSpec, run: runRank },
  clusters: { spec: clustersSpec, run: runClusters },
  town: { spec: townSpec, run: runTown },
  report: { spec: reportSpec, run: runReport },
  stats: { spec: statsSpec, run: runStats },
  export: { spec: exportSpec, run: runExport },
  distances: { spec: distancesSpec, run: runDistances },
  data: { spec: dataSpec, run: runData },
} satisfies Record<string, Command>;

export type CommandName = keyof typeof COMMANDS;

setGeneralHelp(() => {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  const lines = Object.values(COMMANDS).map((c) => `  ${c.spec.name.padEnd(width)}  ${c.spec.summary}`);
  return `vennskap: twin towns, sister cities and friendship agreements as a network\n\nUsage: vennskap <command> [options]   (vennskap <command> --help for details)\n\nCommands:\n${lines.join('\n')}\n\nGlobal options:\n  --debug     show stack traces for errors\n  --version   print the version\n`;
});
