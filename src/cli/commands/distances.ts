/** `vennskap distances`: how far apart partners are, and whether twinning follows proximity. */
import { analyseDatasetDistances } from '../../geo/analyse-dataset-distances.ts';
import { countryName } from '../../ingest/country-names.ts';
import { DATASET_NAMES, type DatasetName } from '../../dataset/scope-dataset.ts';
import { loadDataset } from '../load-dataset.ts';
import { dataDirectory } from '../repository-files.ts';
import { bold, formatNumber, outputMode, OUTPUT_OPTIONS, printTable, progress } from '../output.ts';
import { COMMAND_SUMMARIES } from './command-summaries.ts';
import { choiceOption, formatCommandHelp, integerOption, parseCommandLine, UsageError, type CommandSpec } from '../parse-command-line.ts';

export const distancesSpec: CommandSpec = {
  name: 'distances',
  summary: COMMAND_SUMMARIES.distances,
  usage: 'vennskap distances [--dataset norway|world] [--include-ended] [--seed S] [--draws N] [--top N] [--json]',
  help: `
Options:
  --dataset NAME      norway (default): Norwegian–foreign partnerships; world: every
                      partnership of the world list and the Norwegian documents
  --include-ended     count partnerships that have ended
  --seed S            seed of the null model (default 20240101)
  --draws N           random re-pairings in the null model (default 1000; 200 for world)
  --top N             nearest and farthest partnerships to list (default 10)
  --json              machine-readable output

Distances are great-circle (haversine) distances between the places' coordinates in
data/places.csv (world: data/world-places.csv). The null model re-pairs the same Norwegian
places with the same partners at random, keeping how many partnerships each place has
(degree-preserving swaps, no duplicate pairs), and asks whether the real partners are
nearer than chance. For the world dataset, where links join any two places, it rewires
the whole network keeping every place's number of partners (one seeded chain).

Example:
  $ npx vennskap distances
  532 partnerships: median 873 km, mean 1,753 km (min 36 km, quartiles 538 km–1,647 km, max 15,685 km)
  ...`,
  options: { dataset: { type: 'string' }, 'include-ended': { type: 'boolean' }, seed: { type: 'string' }, draws: { type: 'string' }, top: { type: 'string' }, json: OUTPUT_OPTIONS.json! },
};

const km = (value: number) => `${Math.round(value).toLocaleString('en-GB')} km`;

export async function runDistances(argv: string[]): Promise<void> {
  const args = parseCommandLine(distancesSpec, argv);
  if (args.help) return void process.stdout.write(formatCommandHelp(distancesSpec));
  const name = choiceOption<DatasetName>('dataset', args.values.dataset, DATASET_NAMES, 'norway');
  const draws = integerOption('draws', args.values.draws, name === 'world' ? 200 : 1000, { min: 1 });
  const mode = outputMode(args);
  const dataset = loadDataset(dataDirectory(), name);
  progress('running the null model');
  const result = analyseDatasetDistances(dataset, {
    includeEnded: args.values['include-ended'] === true,
    seed: integerOption('seed', args.values.seed, 20240101),
    draws,
    extremes: integerOption('top', args.values.top, 10),
    dataset: name,
  });
  const names = new Map(dataset.places.map((p) => [p.id, p.name]));
  const { statistics, nullModel } = result;
  if (mode === 'json') {
    const { links: _all, ...rest } = statistics;
    const { nullMeanKm: _a, nullMedianKm: _b, ...test } = nullModel ?? { nullMeanKm: [], nullMedianKm: [] };
    process.stdout.write(`${JSON.stringify({ ...rest, links: statistics.links.length, nullModel: nullModel ? test : null }, null, 2)}\n`);
    return;
  }
  const o = statistics.overall;
  if (!o) throw new UsageError('distances: no partnership has coordinates at both ends; run "vennskap data" to geocode');
  process.stdout.write(`${bold(`${o.count} partnerships`)}: median ${km(o.median)}, mean ${km(o.mean)} (min ${km(o.min)}, quartiles ${km(o.q1)}–${km(o.q3)}, max ${km(o.max)})\n`);
  if (statistics.skipped.length) {
    const reasons = new Map<string, number>();
    for (const s of statistics.skipped) reasons.set(s.reason, (reasons.get(s.reason) ?? 0) + 1);
    process.stdout.write(`not counted: ${[...reasons].map(([r, n]) => `${n} ${r}`).join(', ')}\n`);
  }
  process.stdout.write(`\n${bold('By region')}\n`);
  printTable('human', [
    { header: 'region', key: 'region', value: (r: (typeof statistics.byRegion)[number]) => r.region },
    { header: 'links', key: 'links', align: 'right', value: (r) => r.summary.count },
    { header: 'median', key: 'median', align: 'right', value: (r) => km(r.summary.median) },
    { header: 'mean', key: 'mean', align: 'right', value: (r) => km(r.summary.mean) },
  ], statistics.byRegion);
  process.stdout.write(`\n${bold('By partner country (most links first)')}\n`);
  printTable('human', [
    { header: 'country', key: 'country', value: (r: (typeof statistics.byCountry)[number]) => countryName(r.country) },
    { header: 'links', key: 'links', align: 'right', value: (r) => r.summary.count },
    { header: 'median', key: 'median', align: 'right', value: (r) => km(r.summary.median) },
  ], statistics.byCountry.slice(0, 12));
  const pairRow = [
    { header: 'partnership', key: 'p', value: (l: (typeof statistics.nearest)[number]) => `${names.get(l.homeId) ?? l.homeId} – ${names.get(l.partnerId) ?? l.partnerId}` },
    { header: 'country', key: 'c', value: (l: (typeof statistics.nearest)[number]) => l.partnerCountry },
    { header: 'distance', key: 'km', align: 'right' as const, value: (l: (typeof statistics.nearest)[number]) => km(l.km) },
  ];
  process.stdout.write(`\n${bold('Nearest')}\n`);
  printTable('human', pairRow, statistics.nearest);
  process.stdout.write(`\n${bold('Farthest')}\n`);
  printTable('human', pairRow, statistics.farthest);
  if (nullModel) {
    const m = nullModel.meanKm;
    process.stdout.write(
      `\n${bold('Null model')} (${nullModel.options.draws} draws, seed ${nullModel.options.seed}): observed mean ${km(m.observed)}, ` +
        `${name === 'world' ? 'random rewirings' : 'random re-pairings'} ${km(m.null.mean)} (95% ${km(m.null.q025)}–${km(m.null.q975)}), z ${m.z === null ? '–' : formatNumber(m.z)}, p ${formatNumber(m.p)}\n` +
        `verdict: ${nullModel.verdict}\n${nullModel.explanation}\n`,
    );
  }
}
