/** `vennskap crosscheck`: which links the seed page and Wikipedia both state, and which only one of them does. */
import { CROSSCHECK_DEFAULTS, crosscheckSources, type CrosscheckGroup, type CrosscheckResult, type CrosscheckRow } from '../../analyse/crosscheck-sources.ts';
import { SOURCE_FILES } from '../../ingest/source-registry.ts';
import { loadDataset } from '../load-dataset.ts';
import { sourcesOption } from '../network-options.ts';
import { bold, outputMode, OUTPUT_OPTIONS, OUTPUT_OPTIONS_HELP, printTable } from '../output.ts';
import { COMMAND_SUMMARIES } from './command-summaries.ts';
import { formatCommandHelp, parseCommandLine, type CommandSpec } from '../parse-command-line.ts';

export const crosscheckSpec: CommandSpec = {
  name: 'crosscheck',
  summary: COMMAND_SUMMARIES.crosscheck,
  usage: 'vennskap crosscheck [--sources LIST] [--json|--csv]',
  help: `
Every link with a Norwegian end (all relations, active and ended), in four groups:
  both             stated by the seed page (${CROSSCHECK_DEFAULTS.seedFile}) and by Wikipedia (${CROSSCHECK_DEFAULTS.wikipediaFile})
  seed only        stated by the seed page, not by Wikipedia
  Wikipedia only   stated by Wikipedia, not by the seed page
  other only       stated only by the Norway–China friendship page or the Oslo Region
                   office page (friendship agreements and memberships: not the seed
                   page's claim, so not counted for it)
Counts come first, then the links grouped by Norwegian municipality (or county or
institution), each with the file:line of every statement on each side.

Options:
  --sources LIST      source documents to use, comma-separated (default: all:
                      ${SOURCE_FILES.join(',')})
${OUTPUT_OPTIONS_HELP.trim()}

Example:
  $ npx vennskap crosscheck
  Cross-source confirmation of 569 links with an end in Norway
    both the seed page and Wikipedia                   258
    only the seed page (norway-twin-towns.txt)         171
    only Wikipedia (wikipedia-twin-towns.csv)          120
    only other sources (China page, Oslo Region page)   20
  ...`,
  options: { sources: { type: 'string' }, ...OUTPUT_OPTIONS },
};

const GROUP_LABEL: Record<CrosscheckGroup, string> = {
  both: 'both',
  'seed-only': 'seed only',
  'wikipedia-only': 'Wikipedia only',
  'other-only': 'other only',
};

interface FlatRow extends CrosscheckRow {
  homeKind: string;
  first: boolean;
}

const flatRows = (result: CrosscheckResult): FlatRow[] => result.places.flatMap((p) => p.rows.map((r, i) => ({ ...r, homeKind: p.kind, first: i === 0 })));

const COLUMNS = [
  { header: 'municipality', key: 'municipality', value: (r: FlatRow) => r.homeName, show: (r: FlatRow) => (r.first ? r.homeName : '') },
  { header: 'id', key: 'municipality_id', value: (r: FlatRow) => r.homeId, show: (r: FlatRow) => (r.first ? r.homeId : '') },
  { header: 'group', key: 'group', value: (r: FlatRow) => r.group, show: (r: FlatRow) => GROUP_LABEL[r.group] },
  { header: 'partner', key: 'partner', value: (r: FlatRow) => r.partnerName },
  { header: 'partner id', key: 'partner_id', value: (r: FlatRow) => r.partnerId },
  { header: 'country', key: 'partner_country', value: (r: FlatRow) => r.partnerCountry },
  { header: 'relations', key: 'relations', value: (r: FlatRow) => r.relations.join('|'), show: (r: FlatRow) => r.relations.join(', ') },
  { header: 'status', key: 'status', value: (r: FlatRow) => r.status },
  { header: 'seed page', key: 'seed', value: (r: FlatRow) => r.seed.join('|'), show: (r: FlatRow) => r.seed.join(', ') || '–' },
  { header: 'Wikipedia', key: 'wikipedia', value: (r: FlatRow) => r.wikipedia.join('|'), show: (r: FlatRow) => r.wikipedia.join(', ') || '–' },
  { header: 'other sources', key: 'other', value: (r: FlatRow) => r.other.join('|'), show: (r: FlatRow) => r.other.join(', ') },
];

export async function runCrosscheck(argv: string[]): Promise<void> {
  const args = parseCommandLine(crosscheckSpec, argv);
  if (args.help) return void process.stdout.write(formatCommandHelp(crosscheckSpec));
  const mode = outputMode(args);
  const sources = sourcesOption(args.values.sources);
  const result = crosscheckSources(loadDataset(undefined, 'norway', sources.length < SOURCE_FILES.length ? sources : undefined));
  if (mode === 'json') {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  const rows = flatRows(result);
  if (mode === 'csv') {
    printTable('csv', COLUMNS, rows);
    return;
  }
  const c = result.counts;
  const o = result.options;
  const lines: [string, number][] = [
    ['both the seed page and Wikipedia', c.both],
    [`only the seed page (${o.seedFile})`, c['seed-only']],
    [`only Wikipedia (${o.wikipediaFile})`, c['wikipedia-only']],
    ['only other sources (China page, Oslo Region page)', c['other-only']],
  ];
  const width = Math.max(...lines.map(([label]) => label.length));
  let text = `${bold(`Cross-source confirmation of ${c.links} links with an end in Norway`)}\n`;
  for (const [label, n] of lines) text += `  ${label.padEnd(width)}  ${String(n).padStart(String(c.links).length)}\n`;
  if (!result.wikipediaInData) text += `note: no statement from ${o.wikipediaFile} is in the dataset (--sources leaves it out), so no link can be confirmed by Wikipedia or found only there.\n`;
  text += `\n${bold(`By municipality (${result.places.length} Norwegian places)`)}\n`;
  process.stdout.write(text);
  printTable('human', COLUMNS.filter((col) => col.key !== 'municipality_id' && col.key !== 'partner_id'), rows);
}
