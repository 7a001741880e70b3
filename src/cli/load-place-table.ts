/**
 * Node-only: the built-in twin network as the table `vennskap rank` reads
 * (a PlaceTable, plus the documents stating each link), cached on its own.
 *
 * Why (measured with --cpu-prof on `rank --dataset world`, 2026-12-04): of
 * ~1.6 s, reading the 20 MB whole-dataset cache took ~0.5 s plus its garbage
 * collection, and building the graphology graph of 16,658 places and 24,655
 * links another ~0.35 s. Ranking by degree or partner countries needs
 * neither: the places' names, countries, kinds and counties, and each link's
 * ends, status and documents. This entry holds just that, as columns of bytes
 * (columnar-entry.ts), keyed by every input file's bytes (through their
 * digests, file-digests.ts), the CLI bundle and the network options, so it
 * is never stale either.
 * This module loads neither graphology nor the dataset builder unless the
 * entry is missing (they were a third of a cached run's CPU time).
 *
 * On a miss the table is taken from the graph buildTwinNetwork builds and
 * read back from the bytes it is stored as, so a cached run prints exactly
 * what an uncached one does.
 */
import type Graph from 'graphology';
import type { PlaceTable } from '../analyse/rank-places.ts';
import { decodeColumns, encodeColumns, type ColumnsRead, type ColumnsToWrite } from './columnar-entry.ts';
import { cacheFolder, datasetCacheKey, entryFormat, readCacheBytes, writeCacheBytes } from './dataset-cache.ts';
import { datasetInputFiles } from './dataset-input-files.ts';
import { fileDigests } from './file-digests.ts';
import type { BuiltInNetworkChoices } from './network-options.ts';

export interface TwinPlaceTable extends PlaceTable {
  /** Per edge, 1 when `file` is among the raw documents that state its link (edge attribute `documents`). */
  statedBy(file: string): Uint8Array;
}

/** The node attributes ranking reads; the rest (coordinates, municipality numbers) stay out of the entry. */
const RANKED_ATTRIBUTES = ['label', 'name', 'country', 'kind', 'county'] as const;

/** The twin network's table as the columns its entry stores. */
export function twinTableColumns(graph: Graph): ColumnsToWrite {
  const ids = graph.nodes();
  const index = new Map(ids.map((id, i) => [id, i]));
  const attributes = Object.fromEntries(RANKED_ATTRIBUTES.map((name) => [`node:${name}`, ids.map((id) => graph.getNodeAttribute(id, name) as unknown)]));
  const source: number[] = [];
  const target: number[] = [];
  const status: unknown[] = [];
  const documents: (readonly string[])[] = [];
  graph.forEachEdge((_edge, a, s, t) => {
    source.push(index.get(s)!);
    target.push(index.get(t)!);
    status.push(a.status);
    documents.push((a.documents as readonly string[] | undefined) ?? []);
  });
  return { ints: { source, target }, values: { id: ids, ...attributes, status, documents } };
}

/** The table stored in these columns, or null when they are not a whole table (missing columns, ends out of range). */
function tableOfColumns(columns: ColumnsRead): TwinPlaceTable | null {
  const names = ['id', ...RANKED_ATTRIBUTES.map((name) => `node:${name}`), 'source', 'target', 'status', 'documents'];
  if (!names.every((name) => columns.has(name))) return null;
  const size = columns.length('id');
  const edges = columns.length('source');
  if (RANKED_ATTRIBUTES.some((name) => columns.length(`node:${name}`) !== size)) return null;
  if (['target', 'status', 'documents'].some((name) => columns.length(name) !== edges)) return null;
  const source = columns.int('source');
  const target = columns.int('target');
  const id = columns.value('id');
  const attributes = new Map(RANKED_ATTRIBUTES.map((name) => [name as string, columns.value(`node:${name}`)]));
  const documents = columns.codes('documents');
  return {
    size,
    id: (place) => id(place) as string,
    attribute: (place, name) => attributes.get(name)?.(place),
    source,
    target,
    status: columns.value('status'),
    statedBy: (file) => {
      // Once per distinct list of documents (a handful), not once per edge: by code (+1, as an absent list is -1).
      const stating: number[] = [];
      const stated = new Uint8Array(edges);
      for (let e = 0; e < edges; e++) {
        const code = documents[e]! + 1;
        stating[code] ??= ((columns.pooled(code - 1) as readonly string[] | undefined) ?? []).includes(file) ? 1 : 0;
        stated[e] = stating[code]!;
      }
      return stated;
    },
  };
}

/** The twin network these choices ask for, as a table: from the cache when it holds it. */
export async function loadTwinPlaceTable(choices: BuiltInNetworkChoices): Promise<TwinPlaceTable> {
  const inputs = inputDigests(choices);
  const key = inputs ? datasetCacheKey(new Map([...inputs, ['place-table', JSON.stringify(choices.twin)]])) : null;
  const format = entryFormat('network');
  const stored = key ? readCacheBytes('network', key) : null;
  const cached = stored ? decodeColumns(stored, format, key!) : null;
  const table = cached ? tableOfColumns(cached) : null;
  if (table) return table;
  // A miss: build the dataset and the graph (only now are the builders and graphology loaded).
  const [{ buildTwinNetwork }, { loadDataset }] = await Promise.all([import('../graph/build-twin-network.ts'), import('./load-dataset.ts')]);
  const bytes = encodeColumns(format, key ?? '', twinTableColumns(buildTwinNetwork(loadDataset(undefined, choices.datasetName), choices.twin)));
  if (key) writeCacheBytes('network', key, bytes);
  return tableOfColumns(decodeColumns(bytes, format, key ?? '')!)!;
}

/**
 * What the entry's key is made of: the dataset's name and the SHA-256 of
 * every input file's bytes (an absent coordinates file as ''), or null when
 * caching is off or a file cannot be read (then the dataset is built and
 * fails with readTextFile's message). Bytes, not decoded text: decoding the
 * world list took ~45 ms of a cached run, and an entry can only exist for
 * bytes that built, so a file that would not decode never finds one. The
 * digests of unchanged files come from file-digests.ts's memo, without
 * reading them.
 */
function inputDigests(choices: BuiltInNetworkChoices): Map<string, string> | null {
  const folder = cacheFolder();
  if (folder === null) return null;
  const files = datasetInputFiles(undefined, choices.datasetName);
  let digests: (string | undefined)[];
  try {
    digests = fileDigests([...files.values()], folder);
  } catch {
    return null;
  }
  const inputs = new Map<string, string>([['dataset', choices.datasetName]]);
  for (const [i, label] of [...files.keys()].entries()) {
    const digest = digests[i] ?? (label === 'places.csv' ? '' : undefined);
    if (digest === undefined) return null;
    inputs.set(label, digest);
  }
  return inputs;
}

/** Per node of the table, how many of its links `file` states. */
export function partnersStatedByInTable(table: TwinPlaceTable, file: string): Int32Array {
  const counts = new Int32Array(table.size);
  const stated = table.statedBy(file);
  for (let e = 0; e < table.source.length; e++) {
    if (!stated[e]) continue;
    counts[table.source[e]!]!++;
    counts[table.target[e]!]!++;
  }
  return counts;
}
