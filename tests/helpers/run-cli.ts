/** Test helper: run the bundled CLI (dist/cli.js) as a real subprocess. */
import { spawnSync } from 'node:child_process';
import { repoRoot } from './repository.ts';

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { env?: Record<string, string>; cwd?: string; input?: string } = {}): CliResult {
  const result = spawnSync(process.execPath, [`${repoRoot}dist/cli.js`, ...args], {
    cwd: options.cwd ?? repoRoot,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    encoding: 'utf8',
    input: options.input ?? '',
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
