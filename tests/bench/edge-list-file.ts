/**
 * Benchmark graph cache (node-only). A generated planted-partition graph is
 * written twice: as a text edge list ("source target" per line, the format
 * NetworkX and igraph read) and as raw little-endian Int32 arrays
 * (sources then targets) so the Node side loads 5M edges in milliseconds.
 * Files live in a temp directory and are reused across runs: generating the
 * 1M/5M graph is not what the benchmark measures.
 */
import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { formatEdgeList, generatePlantedPartition, type PlantedPartitionOptions } from '../../src/analyse/synthetic/planted-partition.ts';

export interface CachedGraph {
  nodes: number;
  edges: number;
  /** Text edge list for the Python peers. */
  edgeListPath: string;
  /** Int32 sources then targets. */
  binaryPath: string;
  /** Int32 planted membership. */
  membershipPath: string;
}

export function cachePaths(directory: string, options: PlantedPartitionOptions): CachedGraph {
  const stem = `planted-${options.nodes}-${options.edges}-${options.communities}-${options.mixing}-${options.seed}`;
  return {
    nodes: options.nodes,
    edges: options.edges,
    edgeListPath: join(directory, `${stem}.edges`),
    binaryPath: join(directory, `${stem}.i32`),
    membershipPath: join(directory, `${stem}.membership.i32`),
  };
}

async function writeEdgeList(path: string, sources: Int32Array, targets: Int32Array): Promise<void> {
  const partial = `${path}.partial`;
  const stream = createWriteStream(partial);
  for (const chunk of formatEdgeList(sources, targets)) {
    if (!stream.write(chunk)) await once(stream, 'drain');
  }
  stream.end();
  await once(stream, 'finish');
  // Renamed only when complete, so an interrupted run never leaves a short file behind.
  renameSync(partial, path);
}

function writeInt32(path: string, ...arrays: Int32Array[]): void {
  const buffers = arrays.map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength));
  writeFileSync(`${path}.partial`, Buffer.concat(buffers));
  renameSync(`${path}.partial`, path);
}

/** Generates the graph unless its three cache files already exist. Returns whether it generated. */
export async function ensureCachedGraph(directory: string, options: PlantedPartitionOptions): Promise<CachedGraph & { generated: boolean }> {
  mkdirSync(directory, { recursive: true });
  const paths = cachePaths(directory, options);
  if (existsSync(paths.edgeListPath) && existsSync(paths.binaryPath) && existsSync(paths.membershipPath)) {
    return { ...paths, generated: false };
  }
  const graph = generatePlantedPartition(options);
  writeInt32(paths.binaryPath, graph.sources, graph.targets);
  writeInt32(paths.membershipPath, graph.membership);
  await writeEdgeList(paths.edgeListPath, graph.sources, graph.targets);
  return { ...paths, generated: true };
}

export function readCachedEdges(paths: CachedGraph): { sources: Int32Array; targets: Int32Array } {
  const bytes = readFileSync(paths.binaryPath);
  if (bytes.byteLength !== paths.edges * 8) {
    throw new Error(`${paths.binaryPath}: expected ${paths.edges * 8} bytes, found ${bytes.byteLength}`);
  }
  // Copy into fresh aligned buffers (a Buffer may sit at an odd offset in a shared pool).
  const all = new Int32Array(paths.edges * 2);
  new Uint8Array(all.buffer).set(bytes);
  return { sources: all.subarray(0, paths.edges), targets: all.subarray(paths.edges) };
}

export function readCachedMembership(paths: CachedGraph): Int32Array {
  const bytes = readFileSync(paths.membershipPath);
  const membership = new Int32Array(paths.nodes);
  new Uint8Array(membership.buffer).set(bytes);
  return membership;
}
