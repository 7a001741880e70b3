/**
 * The command table. Each command's module is imported only when it runs, so
 * esbuild splits the bundle and `vennskap rank` does not parse the report,
 * export or geocoding code (startup is measured: see the benchmark).
 */
import { setGeneralHelp } from '../parse-command-line.ts';
import { COMMAND_SUMMARIES, type CommandName } from './command-summaries.ts';

export type { CommandName };

export const COMMANDS: Record<CommandName, () => Promise<(argv: string[]) => Promise<void>>> = {
  start: () => import('./start.ts').then((m) => m.runStart),
  rank: () => import('./rank.ts').then((m) => m.runRank),
  clusters: () => import('./clusters.ts').then((m) => m.runClusters),
  town: () => import('./town.ts').then((m) => m.runTown),
  report: () => import('./report.ts').then((m) => m.runReport),
  stats: () => import('./stats.ts').then((m) => m.runStats),
  export: () => import('./export.ts').then((m) => m.runExport),
  distances: () => import('./distances.ts').then((m) => m.runDistances),
  rings: () => import('./rings.ts').then((m) => m.runRings),
  crosscheck: () => import('./crosscheck.ts').then((m) => m.runCrosscheck),
  data: () => import('./data.ts').then((m) => m.runData),
};

setGeneralHelp(() => {
  const width = Math.max(...Object.keys(COMMAND_SUMMARIES).map((n) => n.length));
  const lines = Object.entries(COMMAND_SUMMARIES).map(([name, summary]) => `  ${name.padEnd(width)}  ${summary}`);
  return `vennskap: twin towns, sister cities and friendship agreements as a network\n\nUsage: vennskap <command> [options]   (vennskap <command> --help for details)\n\nCommands:\n${lines.join('\n')}\n\nGlobal options:\n  --debug     show stack traces for errors\n  --version   print the version\n`;
});
