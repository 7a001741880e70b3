/**
 * Node-only: a cache of the built dataset, so everyday commands (`vennskap
 * rank`, `town`, …) do not parse the three documents and resolve every name
 * on each run. Building from the raw documents takes about 180 ms of a
 * ~450 ms `vennskap rank` (measured: CPU profile of the bundled CLI); reading
 * the cached JSON takes about 10 ms.
 *
 * The cache is keyed by content, so it can never be stale:
 *  - every input file's bytes (the documents, the gazetteer and resolution
 *    tables, and data/places.csv for coordinates), and
 *  - the code that builds the dataset: the bundled CLI's entry file and the
 *    names of its chunks (esbuild names chunks by a hash of their content).
 * Change any of them and the key changes, so the dataset is rebuilt. When the
 * CLI runs from src/ (tests through Vitest) there is no bundle to
 * fingerprint, and nothing is cached.
 *
 * Where: $VENNSKAP_CACHE_DIR; else, in a checkout, node_modules/.cache/vennskap
 * beside the bundle (the convention of babel, eslint and vite); else, when
 * vennskap is an installed package (its folder lies inside a node_modules
 * folder, which may be read-only, e.g. a global install), the user's cache
 * folder: $XDG_CACHE_HOME/vennskap or ~/.cache/vennskap. VENNSKAP_NO_CACHE=1
 * turns it off. A cache that cannot be read or written is skipped: it only
 * ever makes a run faster, never different.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dataset } from '../dataset/build-dataset.ts';

const FORMAT = 'vennskap-dataset-cache/1';
/** Older entries beyond this many are removed when a new one is written. */
const KEEP_ENTRIES = 8;

interface BundleLocation {
  dist: string;
  fingerprint: string;
}

let bundle: BundleLocation | null | undefined;

/** The bundled CLI this code runs in (dist/cli.js + dist/chunks), or null when it runs from src/. */
function locateBundle(): BundleLocation | null {
  if (bundle !== undefined) return bundle;
  bundle = null;
  try {
    const here = dirname(fileURLToPath(import.meta.url));
    const dist = basename(here) === 'chunks' ? dirname(here) : here;
    const entry = join(dist, 'cli.js');
    if (!existsSync(entry)) return bundle;
    const chunks = existsSync(join(dist, 'chunks')) ? readdirSync(join(dist, 'chunks')).sort() : [];
    const hash = createHash('sha256').update(readFileSync(entry)).update(chunks.join('\n'));
    bundle = { dist, fingerprint: hash.digest('hex') };
  } catch {
    bundle = null;
  }
  return bundle;
}

function cacheDirectory(location: BundleLocation): string {
  if (process.env.VENNSKAP_CACHE_DIR) return process.env.VENNSKAP_CACHE_DIR;
  const packageRoot = dirname(location.dist);
  const installed = packageRoot.split(sep).includes('node_modules');
  if (!installed) return join(packageRoot, 'node_modules', '.cache', 'vennskap');
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'vennskap');
}

/** The cache folder, or null when caching is off or the code cannot be fingerprinted (it runs from src/). */
export function cacheFolder(): string | null {
  if (process.env.VENNSKAP_NO_CACHE === '1') return null;
  const location = locateBundle();
  return location ? cacheDirectory(location) : null;
}

/**
 * The cache key for these inputs (file name → text), or null when caching is
 * off or the code cannot be fingerprinted.
 */
export function datasetCacheKey(inputs: ReadonlyMap<string, string | Uint8Array>): string | null {
  if (process.env.VENNSKAP_NO_CACHE === '1') return null;
  const location = locateBundle();
  if (!location) return null;
  const hash = createHash('sha256').update(FORMAT).update('\0').update(location.fingerprint);
  for (const name of [...inputs.keys()].sort()) hash.update('\0').update(name).update('\0').update(inputs.get(name)!);
  return hash.digest('hex');
}

/**
 * What a kind of entry is called on disk and which format it holds:
 * 'dataset' holds the whole Dataset as JSON; 'network' a command's compact
 * network as columns of bytes (columnar-entry.ts, load-place-table.ts), so
 * `rank` reads 1 MB instead of the world's 20 MB, without parsing it.
 */
const KINDS = {
  dataset: { format: 'vennskap-dataset-cache/1', extension: '.json' },
  network: { format: 'vennskap-network-cache/2', extension: '.bin' },
} as const;
type EntryKind = keyof typeof KINDS;

/** The format string an entry of this kind carries (a new layout gets a new one, so old entries read as absent). */
export const entryFormat = (kind: EntryKind): string => KINDS[kind].format;

const entryPath = (kind: EntryKind, key: string) => join(cacheDirectory(locateBundle()!), `${kind}-${key.slice(0, 32)}${KINDS[kind].extension}`);

/** The cached JSON entry of this kind for this key, or null (absent, unreadable or not this key). */
export function readCacheEntry<T>(kind: EntryKind, key: string): T | null {
  try {
    const stored = JSON.parse(readFileSync(entryPath(kind, key), 'utf8')) as { format?: string; key?: string } & Record<string, T | undefined>;
    return stored.format === KINDS[kind].format && stored.key === key && stored[kind] ? stored[kind] : null;
  } catch {
    return null;
  }
}

/** Store a JSON entry under this key (temporary file, then rename); failures are ignored. */
export function writeCacheEntry(kind: EntryKind, key: string, value: unknown): void {
  writeCacheBytes(kind, key, JSON.stringify({ format: KINDS[kind].format, key, [kind]: value }));
}

/** The bytes of the entry of this kind for this key, or null when there is none or it cannot be read (the caller checks them). */
export function readCacheBytes(kind: EntryKind, key: string): Buffer | null {
  try {
    return readFileSync(entryPath(kind, key));
  } catch {
    return null;
  }
}

/** Store an entry's bytes under this key (temporary file, then rename, so a reader never sees half a file); failures are ignored. */
export function writeCacheBytes(kind: EntryKind, key: string, bytes: string | Uint8Array): void {
  const path = entryPath(kind, key);
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temporary, bytes);
    renameSync(temporary, path);
    pruneOldEntries(dirname(path), kind);
  } catch {
    rmSync(temporary, { force: true });
  }
}

/** The cached dataset for this key, or null (absent, unreadable or not this key). */
export const readCachedDataset = (key: string): Dataset | null => readCacheEntry<Dataset>('dataset', key);

/** Store the dataset under this key; failures are ignored. */
export const writeCachedDataset = (key: string, dataset: Dataset): void => writeCacheEntry('dataset', key, dataset);

function pruneOldEntries(directory: string, kind: EntryKind): void {
  const entries = readdirSync(directory)
    .filter((name) => name.startsWith(`${kind}-`) && (name.endsWith('.json') || name.endsWith('.bin')))
    .map((name) => ({ path: join(directory, name), mtime: statSync(join(directory, name)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const old of entries.slice(KEEP_ENTRIES)) rmSync(old.path, { force: true });
}
