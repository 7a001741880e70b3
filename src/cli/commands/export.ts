/** `vennskap export`: the network, with metrics and communities, for Gephi, Gephi Lite, yEd, Cytoscape and spreadsheets. */
import { algorithmOption, ALGORITHM_HELP, ALGORITHM_OPTION } from '../algorithm-option.ts';
import { annotateGraph, annotationTypes, pathMetricsLeftOut } from '../../analyse/analyse-network.ts';
import { analyseEdgeListInNode, analyseNetworkInNode } from '../analyse-network-in-node.ts';
import { writeCsvTables } from '../../formats/write-csv-tables.ts';
import { writeGexf } from '../../formats/write-gexf.ts';
import { writeGraphJson } from '../../formats/write-graph-json.ts';
import { writeGraphml } from '../../formats/write-graphml.ts';
import { writeNeo4jCsv } from '../../formats/write-neo4j-csv.ts';
import { computeLayout } from '../../layout/compute-layout.ts';
import { loadNetwork } from '../load-network.ts';
import { NETWORK_OPTIONS, NETWORK_OPTIONS_HELP } from '../network-options.ts';
import { progress } from '../output.ts';
import { COMMAND_SUMMARIES } from './command-summaries.ts';
import { choiceOption, formatCommandHelp, integerOption, parseCommandLine, UsageError, type CommandSpec } from '../parse-command-line.ts';
import { writeFileAtomic } from '../repository-files.ts';
import { join } from 'node:path';

const FORMATS = ['gexf', 'graphml', 'csv', 'json', 'neo4j'] as const;
/** ForceAtlas2 positions are included up to this size; above it the layout would take minutes. */
const LAYOUT_UP_TO = 20_000;

export const exportSpec: CommandSpec = {
  name: 'export',
  summary: COMMAND_SUMMARIES.export,
  usage: 'vennskap export --format gexf|graphml|csv|json|neo4j [--network NAME] [--out FILE|DIR] [--algorithm leiden|louvain] [--seed S]',
  help: `
Options:
  --format F          gexf (default), graphml, csv, json or neo4j
  --out FILE          write here (atomically) instead of stdout; for csv, FILE is a prefix:
                      FILE.nodes.csv and FILE.edges.csv; for neo4j (required), a folder that
                      gets nodes.csv and relationships.csv
${ALGORITHM_HELP}
  --seed S            seed for the community detection and the ForceAtlas2 layout (default 1)
  --no-layout         leave out positions
${NETWORK_OPTIONS_HELP.trim()}

Every node carries its metrics (degree, strength, betweenness, closeness, harmonic,
eigenvector, pagerank, core, triangles, clustering) and its community; GEXF colours nodes
by community and places them by a seeded ForceAtlas2 layout. Above 20,000 nodes
betweenness, closeness and harmonic (all-pairs shortest paths) and the layout are left
out, and stderr says so. CSV cells that look like
spreadsheet formulas are neutralised. Without --out, csv prints the node table, a blank
line, then the edge table.

neo4j writes the CSV files neo4j-admin reads, with typed headers (id:ID, :LABEL, name,
metrics as :double/:int, community:int, sources:string[] on relationships, :START_ID,
:END_ID, :TYPE LINKED_TO); nodes are labelled Place (Node for --input) plus their kind.
These cells are not formula-neutralised (Neo4j would store the apostrophe). Import into
a new database (Neo4j 5, database stopped or absent):
  neo4j-admin database import full --nodes=DIR/nodes.csv --relationships=DIR/relationships.csv neo4j

Examples:
  $ npx vennskap export --format gexf --out norway.gexf
  wrote norway.gexf (675 nodes, 917 edges)
  $ npx vennskap export --format neo4j --out neo4j-import
  wrote neo4j-import/nodes.csv and neo4j-import/relationships.csv (675 nodes, 917 edges)
  import with: neo4j-admin database import full --nodes=neo4j-import/nodes.csv --relationships=neo4j-import/relationships.csv neo4j`,
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
  const out = typeof args.values.out === 'string' ? args.values.out : undefined;
  if (format === 'neo4j' && !out) throw new UsageError('--format neo4j writes two files: give a folder with --out DIR');
  const network = await loadNetwork({ ...args, values: { ...args.values, format: undefined } });
  progress('computing metrics and communities');
  const analysis = network.edgeList ? await analyseEdgeListInNode(network.edgeList, { algorithm, seed }) : await analyseNetworkInNode(network.graph, { algorithm, seed });
  const graph = annotateGraph(network.graph, analysis);
  // What a size leaves out is said on stderr, never silently.
  if (!analysis.metricNames.includes('betweenness')) process.stderr.write(`vennskap: ${pathMetricsLeftOut(graph.order)}.\n`);
  if (!args.values['no-layout'] && graph.order <= LAYOUT_UP_TO) {
    progress('laying out');
    const positions = computeLayout(graph, { seed });
    graph.updateEachNodeAttributes((node, a) => ({ ...a, x: positions[node]?.x ?? 0, y: positions[node]?.y ?? 0 }));
  } else if (!args.values['no-layout']) {
    process.stderr.write(`vennskap: positions (x, y) are left out: the ForceAtlas2 layout runs up to 20,000 nodes (this network has ${graph.order.toLocaleString('en')}); lay it out in Gephi or another tool.\n`);
  }
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
  if (format === 'neo4j') {
    const files = writeNeo4jCsv(graph, { nodeLabel: network.name === 'input' ? 'Node' : 'Place', declaredNodeTypes: declaredTypes.node });
    const nodes = join(out!, 'nodes.csv');
    const relationships = join(out!, 'relationships.csv');
    writeFileAtomic(nodes, files.nodes);
    writeFileAtomic(relationships, files.relationships);
    const flags = [files.arrayDelimiter === ';' ? '' : `--array-delimiter='${files.arrayDelimiter === '\u001f' ? '\\037' : files.arrayDelimiter}'`, files.multiline ? '--multiline-fields=true' : ''].filter(Boolean);
    process.stderr.write(`wrote ${nodes} and ${relationships} (${summary})\nimport with: neo4j-admin database import full ${[...flags, `--nodes=${nodes}`, `--relationships=${relationships}`].join(' ')} neo4j\n`);
    return;
  }
  const text =
    format === 'gexf' ? writeGexf(graph, { sizeAttribute: null, declaredTypes }) : format === 'graphml' ? writeGraphml(graph, { declaredTypes }) : writeGraphJson(graph);
  if (!out) return void process.stdout.write(text);
  writeFileAtomic(out, text);
  process.stderr.write(`wrote ${out} (${summary})\n`);
}
