/** Test helper: run the bundled CLI (dist/cli.js) as a real subprocess. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './repository.ts';

/**
 * Each test file gets its own dataset cache (src/cli/dataset-cache.ts), so
 * its first run parses the documents and later runs read the cache, as a
 * user's runs do, and nothing carries over from earlier test runs.
 */
const datasetCache = mkdtempSync(join(tmpdir(), 'vennskap-test-cache-'));
process.once('exit', () => rmSync(datasetCache, { recursive: true, force: true }));

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { env?: Record<string, string>; cwd?: string; input?: string; timeoutMs?: number } = {}): CliResult {
  const result = spawnSync(process.execPath, [`${repoRoot}dist/cli.js`, ...args], {
    cwd: options.cwd ?? repoRoot,
    env: { ...process.env, NO_COLOR: '1', VENNSKAP_CACHE_DIR: datasetCache, ...options.env },
    encoding: 'utf8',
    input: options.input ?? '',
    // Long enough for `vennskap data` (geocoding the world list) on a loaded shared machine.
    timeout: options.timeoutMs ?? 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
