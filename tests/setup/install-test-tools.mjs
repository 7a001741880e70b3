#!/usr/bin/env node
/**
 * `npm test` runs this first (the "pretest" script): it makes sure the machine has what the
 * tests drive besides Node, and installs it when it can.
 *
 * - A real browser for tests/viewer: Debian's chromium at /usr/bin/chromium (playwright-core
 *   drives it; see tests/viewer/browser-harness.ts).
 * - Jupyter for tests/notebooks: Debian's nbconvert, nbclient and ipykernel, run by
 *   /usr/bin/python3. The Deno kernel itself is the npm package @deno/linux-x64-glibc; its
 *   kernelspec holds the absolute path of this checkout's deno binary, so it is (re)registered
 *   here on every run (`deno jupyter --install --force`, ~0.1 s).
 *
 * Why Debian's packages and not a Chromium from npm: see README "Running the tests"; in short,
 * every npm package that ships a Chromium binary inside it is a serverless build, and Jupyter
 * has no npm package at all, so apt is needed anyway.
 *
 * When something is missing and this process is root with apt-get, it runs `apt-get update`
 * and installs it (once; ~1 min on first run). When it cannot, it prints ONE line naming what
 * is missing and the exact command that installs it, and exits 1 so the run fails: it never
 * lets the browser or notebook tests be skipped.
 *
 *   node tests/setup/install-test-tools.mjs           check, install what is missing
 *   node tests/setup/install-test-tools.mjs --check   check only (exit 1 and one line when missing)
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** What the tests need, how to see that it is there (file checks: cheap), and its Debian packages. */
const TOOLS = [
  {
    name: 'Chromium (/usr/bin/chromium)',
    present: () => existsSync('/usr/bin/chromium'),
    // With its recommended packages (fonts among them), as the viewer tests were measured.
    packages: ['chromium'],
    recommends: true,
  },
  {
    name: 'Jupyter (nbconvert, nbclient, ipykernel for /usr/bin/python3)',
    present: () =>
      existsSync('/usr/bin/jupyter') &&
      existsSync('/usr/bin/jupyter-nbconvert') &&
      existsSync('/usr/lib/python3/dist-packages/nbclient') &&
      existsSync('/usr/lib/python3/dist-packages/ipykernel'),
    packages: ['jupyter-nbconvert', 'jupyter-client', 'python3-nbclient', 'python3-ipykernel'],
  },
];

const denoBinary = process.env.VENNSKAP_DENO ?? join(repoRoot, 'node_modules', '@deno', 'linux-x64-glibc', 'deno');

function fail(line) {
  console.error(`npm test: ${line}`);
  process.exit(1);
}

function run(command, args) {
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) {
    const why = (result.stderr || String(result.error ?? '')).trim().split('\n').slice(-3).join(' | ');
    fail(`\`${command} ${args.join(' ')}\` failed (${why}).`);
  }
}

function installMissing(checkOnly) {
  const missing = TOOLS.filter((tool) => !tool.present());
  if (missing.length === 0) return;
  const packages = missing.flatMap((tool) => tool.packages);
  const installs = [missing.filter((t) => t.recommends), missing.filter((t) => !t.recommends)]
    .filter((group) => group.length > 0)
    .map((group) => ({ recommends: group[0].recommends === true, packages: group.flatMap((t) => t.packages) }));
  const installArgs = (i) => ['install', '-y', ...(i.recommends ? [] : ['--no-install-recommends']), ...i.packages];
  const command = ['apt-get update', ...installs.map((i) => `apt-get ${installArgs(i).join(' ')}`)].join(' && ');
  const names = missing.map((tool) => tool.name).join(' and ');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (checkOnly || !isRoot || !hasApt) {
    const as = isRoot ? '' : 'as root (sudo) ';
    const where = hasApt ? `run ${as}\`${command}\`` : `install them with your system's package manager (Debian: \`${command}\`)`;
    fail(`the tests need ${names}, which ${missing.length > 1 ? 'are' : 'is'} missing; ${where}, then npm test again.`);
  }
  const started = Date.now();
  console.log(`npm test: installing ${names} from Debian (first run only): ${packages.join(' ')}`);
  // Wait for another apt/dpkg run (another checkout's first npm test) instead of failing on its lock.
  const lock = ['-o', 'DPkg::Lock::Timeout=600'];
  run('apt-get', [...lock, 'update', '-qq']);
  for (const i of installs) run('apt-get', [...lock, '-qq', ...installArgs(i)]);
  const still = missing.filter((tool) => !tool.present());
  if (still.length > 0) fail(`apt-get installed ${packages.join(' ')} but ${still.map((t) => t.name).join(' and ')} is still missing.`);
  console.log(`npm test: installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/** Register the Deno Jupyter kernel for this checkout (the kernelspec holds an absolute path). */
function registerDenoKernel() {
  if (!existsSync(denoBinary)) {
    fail(`${denoBinary} is missing (the npm package @deno/linux-x64-glibc, Linux x64 only); run \`npm ci\`, or install Deno and set VENNSKAP_DENO to its path.`);
  }
  run(denoBinary, ['jupyter', '--install', '--force']);
}

const checkOnly = process.argv.includes('--check');
installMissing(checkOnly);
if (!checkOnly) registerDenoKernel();
