#!/usr/bin/env node
/**
 * Execute the TypeScript notebooks in notebooks/ with the Deno Jupyter kernel.
 *
 *   npm run notebooks                          execute every notebook in place (commit the outputs)
 *   node tests/notebooks/run-notebooks.mjs 01-hubs.ipynb
 *   node tests/notebooks/run-notebooks.mjs --output-dir /tmp/x   write executed copies there, leave notebooks/ alone
 *
 * Exits 1 when a cell throws (nbconvert stops at the first failing cell and
 * exits non-zero) or when Jupyter is missing; the test suite uses
 * --output-dir so `npm test` never rewrites committed files.
 *
 * Why each setting:
 * - `deno jupyter --install --force` first, every time: the kernelspec it
 *   writes holds the absolute path of this checkout's deno binary, so it goes
 *   stale after a move or a fresh `npm ci`. Without --force it refuses to
 *   overwrite an existing kernelspec; with it, it rewrites the same file.
 * - Jupyter comes from Debian (/usr/bin/jupyter): the `python3` first on PATH
 *   may be a pyenv one without Jupyter. VENNSKAP_JUPYTER overrides.
 * - record_timing=False keeps execution timestamps out of the notebooks, and
 *   NO_COLOR keeps ANSI colour codes out of plain-text outputs, so a rerun
 *   with unchanged code and data gives byte-identical files.
 * - The kernel runs with notebooks/ as its working directory, where
 *   deno.json (nodeModulesDir "manual") makes bare imports resolve from the
 *   installed node_modules: no npm:/jsr: download, no network.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const notebooksDir = join(repoRoot, 'notebooks');
/**
 * Deno's binary ships in the npm package @deno/linux-x64-glibc (an optional dependency, so
 * `npm ci` works everywhere; the registry here has no other platforms' builds). Elsewhere,
 * install Deno and point VENNSKAP_DENO at it.
 */
const denoBinary = process.env.VENNSKAP_DENO ?? join(repoRoot, 'node_modules', '@deno', 'linux-x64-glibc', 'deno');

/** Seconds one cell may run before the run fails (the slowest cell takes a few seconds). */
const CELL_TIMEOUT_SECONDS = 120;
const KERNEL_STARTUP_SECONDS = 60;
/** Runs of one notebook before giving up on outputs the kernel dropped. */
const MAX_ATTEMPTS = 3;

function usage(message) {
  if (message) console.error(`run-notebooks: ${message}`);
  console.error('usage: node tests/notebooks/run-notebooks.mjs [--output-dir DIR] [NOTEBOOK.ipynb ...]');
  process.exit(2);
}

function parseArguments(argv) {
  const names = [];
  let outputDir = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--output-dir') {
      outputDir = argv[++i];
      if (!outputDir) usage('--output-dir needs a directory');
    } else if (arg === '--help' || arg === '-h') usage();
    else if (arg.startsWith('-')) usage(`unknown option "${arg}"`);
    else names.push(basename(arg));
  }
  return { names, outputDir: outputDir && resolve(outputDir) };
}

/** The first existing Jupyter executable: a path, or a name looked up on PATH (probing with --version costs ~5 s). */
function findJupyter() {
  const candidates = [process.env.VENNSKAP_JUPYTER, '/usr/bin/jupyter', 'jupyter'].filter(Boolean);
  for (const command of candidates) {
    if (command.includes('/')) {
      if (existsSync(command)) return command;
      continue;
    }
    for (const dir of (process.env.PATH ?? '').split(delimiter)) {
      if (dir && existsSync(join(dir, command))) return join(dir, command);
    }
  }
  console.error(
    'run-notebooks: no Jupyter found (tried ' + candidates.join(', ') + ').\n' +
      'npm test installs it (tests/setup/install-test-tools.mjs); or from Debian: apt-get install -y --no-install-recommends jupyter-nbconvert jupyter-client python3-nbclient python3-ipykernel',
  );
  process.exit(1);
}

function installKernel(env) {
  if (!existsSync(denoBinary)) {
    console.error(`run-notebooks: ${denoBinary} is missing; run npm ci on Linux x64, or install Deno and set VENNSKAP_DENO`);
    process.exit(1);
  }
  const result = spawnSync(denoBinary, ['jupyter', '--install', '--force'], { encoding: 'utf8', env });
  if (result.status !== 0) {
    console.error(`run-notebooks: deno jupyter --install failed:\n${result.stderr}`);
    process.exit(1);
  }
}

/**
 * Drop what differs between identical runs (defensive: record_timing=False
 * should leave none), and return the ids of code cells without any output.
 * Every code cell in these notebooks shows something, so an empty one means
 * the kernel dropped an output (see notebooks/lib/display.ts).
 */
function normalise(path) {
  const notebook = JSON.parse(readFileSync(path, 'utf8'));
  let changed = false;
  for (const cell of notebook.cells) {
    if (cell.metadata && 'execution' in cell.metadata) {
      delete cell.metadata.execution;
      changed = true;
    }
  }
  // nbformat's own layout: one-space indent, sorted keys, UTF-8, final newline.
  if (changed) writeFileSync(path, JSON.stringify(sortKeys(notebook), null, 1) + '\n');
  return notebook.cells.filter((c) => c.cell_type === 'code' && c.outputs.length === 0).map((c) => c.id);
}

function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortKeys(value[key])]));
  }
  return value;
}

/** Run one notebook: 'ok', 'failed' (a cell threw, or Jupyter failed) or 'dropped-output'. */
function execute(jupyter, env, name, outputDir) {
  const started = Date.now();
  const args = [
    'nbconvert',
    '--to', 'notebook',
    '--execute',
    `--ExecutePreprocessor.timeout=${CELL_TIMEOUT_SECONDS}`,
    `--ExecutePreprocessor.startup_timeout=${KERNEL_STARTUP_SECONDS}`,
    '--ExecutePreprocessor.record_timing=False',
    ...(outputDir ? ['--output-dir', outputDir] : ['--inplace']),
    join(notebooksDir, name),
  ];
  // cwd: the kernel inherits it, and notebooks/deno.json must be the config it finds.
  const result = spawnSync(jupyter, args, { cwd: notebooksDir, encoding: 'utf8', env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.log(`FAIL  ${name} (${seconds} s)`);
    // nbconvert prints the failing cell, its source and the error at the end of stderr.
    const noise = /Debugger warning|frozen modules|PYDEVD|Xfrozen_modules|deno jupyter" is unstable/;
    const lines = (result.stderr || String(result.error ?? '')).split('\n').filter((l) => !noise.test(l));
    console.error(lines.slice(-60).join('\n'));
    return 'failed';
  }
  const empty = normalise(join(outputDir ?? notebooksDir, name));
  if (empty.length > 0) {
    console.log(`EMPTY ${name} (${seconds} s): no output from code cell(s) ${empty.join(', ')}`);
    return 'dropped-output';
  }
  console.log(`ok    ${name} (${seconds} s)`);
  return 'ok';
}

function main() {
  const { names, outputDir } = parseArguments(process.argv.slice(2));
  const all = readdirSync(notebooksDir).filter((f) => f.endsWith('.ipynb')).sort();
  const selected = names.length > 0 ? names : all;
  for (const name of selected) if (!all.includes(name)) usage(`no notebook notebooks/${name} (have: ${all.join(', ')})`);

  const env = { ...process.env, NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1', DENO_NO_PROMPT: '1' };
  const jupyter = findJupyter();
  installKernel(env);
  if (outputDir) mkdirSync(outputDir, { recursive: true });

  const failed = [];
  for (const name of selected) {
    for (let attempt = 1; ; attempt++) {
      const outcome = execute(jupyter, env, name, outputDir);
      if (outcome === 'ok') break;
      if (outcome === 'dropped-output' && attempt < MAX_ATTEMPTS) continue;
      failed.push(name);
      break;
    }
  }
  if (failed.length > 0) {
    console.error(`run-notebooks: ${failed.length} of ${selected.length} notebooks failed: ${failed.join(', ')}`);
    process.exit(1);
  }
}

main();
