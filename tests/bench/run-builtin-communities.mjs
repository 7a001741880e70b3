#!/usr/bin/env node
/** Bundles tests/bench/builtin-communities.ts with esbuild and runs it (Louvain vs Leiden on the built-in data). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const dir = mkdtempSync(join(os.tmpdir(), 'vennskap-builtin-communities-'));
const outfile = join(dir, 'builtin-communities.mjs');
await build({
  entryPoints: [join(here, 'builtin-communities.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile,
  logLevel: 'warning',
  banner: { js: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);" },
});
const child = spawnSync(process.execPath, [outfile], { cwd: join(here, '..', '..'), stdio: 'inherit' });
rmSync(dir, { recursive: true, force: true });
process.exit(child.status ?? 1);
