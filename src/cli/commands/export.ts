/** `vennskap export`: the network, with metrics and communities, for Gephi, Gephi Lite, yEd, Cytoscape and spreadsheets. */
import { algorithmOption, ALGORITHM_HELP, ALGORITHM_OPTION } from '../algorithm-option.ts';
import { annotateGraph, annotationTypes } from '../../analyse/analyse-network.ts';
import { analyseNetworkInNode } from '../analyse-network-in-node.ts';
import { writeCsvTables } from '../../formats/write-csv-tables.ts';
import { writeGexf } from '../../formats/write-gexf.ts';
import { writeGraphJson } from '../../formats/write-graph-json.ts';
import { writeGraphml } from '../../formats/write-graphml.ts';
import { computeLayout } from '../../layout/compute-layout.ts';
import { loadNetwork, NETWORK_OPTIONS, NETWORK_OPTIONS_HELP } from '../load-network.ts';
import { progress } from '../output.ts';
import { COMMAND_SUMMARIES } from './command-summaries.ts';
import { choiceOption, formatCommandHelp, integerOption, parseCommandLine, type CommandSpec } from '../parse-command-line.ts';
import { writeFileAtomic } from '../repository-files.ts';

const FORMATS = ['gexf', 'graphml', 'csv', 'json'] as const;
/** ForceAtlas2 positions are included up to this size; above it the layout would take minutes. */
const LAYOUT_UP_TO = 20_000;

export const exportSpec: CommandSpec = {
  name: 'export',
  summary: COMMAND_SUMMARIES.export,
  usage: 'vennskap export --format gexf|graphml|csv|json [--network NAME] [--out FILE] [--algorithm leiden|louvain] [--seed S]',
  help: `
Options:
  --format F          gexf (default), graphml, csv or json
  --out FILE          write here (atomically) instead of stdout; for csv, FILE is a prefix:
                      FILE.nodes.csv and FILE.edges.csv
${ALGORITHM_HELP}
  --seed S            seed for the community detection and the ForceAtlas2 layout (default 1)
  --no-layout         leave out positions
${NETWORK_OPTIONS_HELP.trim()}

Every node carries its metrics (degree, strength, betweenness, closeness, harmonic,
eigenvector, pagerank, core, triangles, clustering) and its community; GEXF colours nodes
by community and places them by a seeded ForceAtlas2 layout. CSV cells that look like
spreadsheet formulas are neutralised. Without --out, csv prints the node table, a blank
line, then the edge table.

Example:
  $ npx vennskap export --format gexf --out norway.gexf
  wrote norway.gexf (521 nodes, 429 edges)`,
  options: {
    format: { type: 'string' },
    out: { type: 'string' },
    seed: { type: 'string' },
    ...ALGORITHM_OPTION,
    'no-layout': { type: 'boolean' },
    ...NETWORK_OPTIONS,
  },
};

export async function runExport(argv: string[]): Promise<void> {
  const args = parseCommandLine(exportSpec, argv);
  if (args.help) return void process.stdout.write(formatCommandHelp(exportSpec));
  // --format means the export format here; the input's format is detected from its extension.
  const format = choiceOption('format', args.values.format, FORMATS, 'gexf');
  const seed = integerOption('seed', args.values.seed, 1);
  const algorithm = algorithmOption(args.values.algorithm);
  const network = await loadNetwork({ ...args, values: { ...args.values, format: undefined } });
  progress('computing metrics and communities');
  const analysis = await analyseNetworkInNode(network.graph, { algorithm, seed });
  const graph = annotateGraph(network.graph, analysis);
  if (!args.values['no-layout'] && graph.order <= LAYOUT_UP_TO) {
    progress('laying out');
    const positions = computeLayout(graph, { seed });
    graph.updateEachNodeAttributes((node, a) => ({ ...a, x: positions[node]?.x ?? 0, y: positions[node]?.y ?? 0 }));
  }
  const out = typeof args.values.out === 'string' ? args.values.out : undefined;
  const summary = `${graph.order} nodes, ${graph.size} edges`;
  if (format === 'csv') {
    const tables = writeCsvTables(graph);
    if (!out) return void process.stdout.write(`${tables.nodes}\n${tables.edges}`);
    const prefix = out.replace(/\.csv$/i, '');
    writeFileAtomic(`${prefix}.nodes.csv`, tables.nodes);
    writeFileAtomic(`${prefix}.edges.csv`, tables.edges);
    process.stderr.write(`wrote ${prefix}.nodes.csv and ${prefix}.edges.csv (${summary})\n`);
    return;
  }
  const declaredTypes = { node: annotationTypes(analysis) };
  const text =
    format === 'gexf' ? writeGexf(graph, { sizeAttribute: null, declaredTypes }) : format === 'graphml' ? writeGraphml(graph, { declaredTypes }) : writeGraphJson(graph);
  if (!out) return void process.stdout.write(text);
  writeFileAtomic(out, text);
  process.stderr.write(`wrote ${out} (${summary})\n`);
}
