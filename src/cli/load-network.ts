/**
 * Node-only: the network a command works on — one of the four networks built
 * from the built-in Norway data, or the user's own file (--input).
 */
import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import type { EdgeListNetwork } from '../graph/edge-list-network.ts';
import { statSync } from 'node:fs';
import type { NetworkFormat } from '../formats/read-network-file.ts';
import type { Dataset } from '../dataset/build-dataset.ts';
import { buildNetworks, type NetworkSet } from '../graph/build-networks.ts';
import type { NetworkName } from '../graph/network-bundle.ts';
import { loadDataset } from './load-dataset.ts';
import { builtInNetworkChoices } from './network-options.ts';
import { choiceOption, UsageError, type ParsedCommandLine } from './parse-command-line.ts';
import { progress } from './output.ts';
import { notARegularFile, readTextFile } from './repository-files.ts';
import { NameNormaliser } from '../formats/normalise-names.ts';

export interface LoadedNetwork {
  /** The graphology graph; for an edge list it is built on first use, from `edgeList`. */
  graph: Graph;
  /** Which network, in words, for headings and provenance. */
  description: string;
  name: NetworkName | 'input';
  dataset?: Dataset;
  networks?: NetworkSet;
  notes: string[];
  /** The notes that are warnings (e.g. two Unicode spellings read as one node). */
  warnings?: string[];
  /** A CSV/TSV --input as arrays: the analyses run on its CSR snapshot, without a graphology graph. */
  edgeList?: EdgeListNetwork;
}

export interface LoadNetworkOptions {
  /** Keep edge-list columns other than source, target and weight (default; stats and clusters never read them). */
  keepColumns: boolean;
}

export async function loadNetwork(args: ParsedCommandLine, options: LoadNetworkOptions = { keepColumns: true }): Promise<LoadedNetwork> {
  const v = args.values;
  if (v['as-written'] && v.resolved) throw new UsageError('choose either --as-written or --resolved, not both');
  if (typeof v.input === 'string') {
    for (const flag of ['network', 'as-written', 'resolved', 'include-ended', 'sources', 'include-memberships', 'dataset'] as const) {
      if (v[flag] !== undefined) throw new UsageError(`--${flag} applies to the built-in Norway data, not to --input`);
    }
    // The readers (XML parsers among them) load only when a file is given: the built-in data never needs them.
    const { detectNetworkFormat, readNetworkFile, NETWORK_FORMATS } = await import('../formats/read-network-file.ts');
    const format = v.format === undefined ? undefined : choiceOption<NetworkFormat>('format', v.format, NETWORK_FORMATS, 'csv');
    for (const flag of ['input', 'nodes'] as const) {
      const special = typeof v[flag] === 'string' ? notARegularFile(v[flag]) : undefined;
      if (special !== undefined) throw new UsageError(`--${flag} ${String(v[flag])}: ${special}`);
    }
    const stat = statSync(v.input, { throwIfNoEntry: false });
    const kind = format ?? (stat ? detectNetworkFormat(v.input) : undefined);
    if (kind === 'csv' || kind === 'tsv') {
      // Every edge list, whatever its size, is read into arrays: one path, so results never jump at a size.
      const network = await loadEdgeList(v.input, kind, typeof v.nodes === 'string' ? v.nodes : undefined, options.keepColumns);
      printReadNotes(network.notes, network.warnings);
      return network;
    }
    const text = readTextFile(v.input);
    const nodesText = typeof v.nodes === 'string' ? readTextFile(v.nodes) : undefined;
    const read = readNetworkFile(text, {
      file: v.input,
      format,
      nodesText,
      ...(typeof v.nodes === 'string' ? { nodesFile: v.nodes } : {}),
    });
    printReadNotes(read.notes, read.warnings);
    return { graph: read.graph, description: `${v.input} (${read.format})`, name: 'input', notes: read.notes, warnings: read.warnings ?? [] };
  }
  const { name, twin, datasetName, description } = builtInNetworkChoices(args);
  const dataset = loadDataset(undefined, datasetName);
  const networks = buildNetworks(dataset, { twin });
  return { graph: networks[name], description, name, dataset, networks, notes: [] };
}

/** How the file was read, on stderr: every note once, the warnings (merges a user may not expect) marked so. */
function printReadNotes(notes: readonly string[], warnings: readonly string[] = []): void {
  const warned = new Set(warnings);
  for (const note of notes) process.stderr.write(`vennskap: ${warned.has(note) ? 'warning: ' : ''}${note}\n`);
}

async function loadEdgeList(file: string, kind: 'csv' | 'tsv', nodesFile: string | undefined, keepColumns: boolean): Promise<LoadedNetwork> {
  progress(`reading ${file}`);
  const [{ readEdgeListStream }, { readNodeTable }, { edgeListNetwork, edgeListNotes, graphOfEdgeList }] = await Promise.all([
    import('./read-edge-list-stream.ts'),
    import('../formats/read-edge-list.ts'),
    import('../graph/edge-list-network.ts'),
  ]);
  const tableNames = nodesFile === undefined ? undefined : new NameNormaliser(nodesFile);
  const table = nodesFile === undefined ? undefined : readNodeTable(readTextFile(nodesFile), { file: nodesFile, names: tableNames });
  const rows = await readEdgeListStream(file, { delimiter: kind === 'tsv' ? '\t' : undefined, knownNodes: table?.ids ?? [], keepColumns });
  let nodeAttributes: Attributes[] | null = null;
  if (table) {
    nodeAttributes = table.attributes;
    for (let i = table.ids.length; i < rows.keys.length; i++) nodeAttributes.push({ label: rows.keys[i]! });
  }
  const edgeList = edgeListNetwork(rows, nodeAttributes);
  const tableUnicode = tableNames?.report();
  const notes = [...edgeListNotes(edgeList, file), ...(rows.unicode?.notes ?? []), ...(tableUnicode?.notes ?? [])];
  const warnings = [...(rows.unicode?.warnings ?? []), ...(tableUnicode?.warnings ?? [])];
  if (table && rows.keys.length > table.ids.length) {
    const extra = rows.keys.length - table.ids.length;
    notes.push(`${extra} node${extra === 1 ? '' : 's'} named in ${file} but missing from ${nodesFile} ${extra === 1 ? 'was' : 'were'} added with the id as label.`);
  }
  if (!keepColumns && rows.ignoredColumns.length > 0) notes.push(`columns not used by this command: ${rows.ignoredColumns.join(', ')}.`);
  let graph: Graph | undefined;
  return {
    get graph() {
      graph ??= graphOfEdgeList(edgeList);
      return graph;
    },
    description: `${file} (${kind})`,
    name: 'input',
    notes,
    warnings,
    edgeList,
  };
}
