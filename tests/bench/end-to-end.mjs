/**
 * The end-to-end section of `npm run bench`: whole processes on the same CSV
 * edge list, as a user runs them — `vennskap stats --input X --json`,
 * `vennskap clusters --input X` and `vennskap rank --input X` (by degree, by
 * PageRank) next to a python-igraph script and a
 * NetworkX script (tests/bench/end-to-end-peers.py) computing the same
 * figures. Wall time is measured around the child process; peak RSS of
 * every tool the same way, by GNU time (`/usr/bin/time -f %M`, the child's
 * maximum resident set size), and CPU time (user + system, %U + %S), which
 * the machine's load skews far less than wall time. Medians over --e2e-runs runs.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import os from 'node:os';
import { join } from 'node:path';

const SINGLE_THREADED = { OMP_NUM_THREADS: '1', OPENBLAS_NUM_THREADS: '1', MKL_NUM_THREADS: '1' };

/** The generator's "a b" lines as a CSV with a header, written once next to them. */
export async function ensureCsv(edgeListPath) {
  const csv = edgeListPath.replace(/\.edges$/, '.csv');
  if (existsSync(csv)) return csv;
  const out = createWriteStream(`${csv}.partial`);
  out.write('source,target\n');
  let rest = '';
  for await (const chunk of createReadStream(edgeListPath, { encoding: 'utf8', highWaterMark: 1 << 22 })) {
    const text = rest + chunk;
    const cut = text.lastIndexOf('\n') + 1;
    rest = text.slice(cut);
    if (!out.write(text.slice(0, cut).replace(/ /g, ','))) await once(out, 'drain');
  }
  if (rest) out.write(rest.replace(/ /g, ','));
  out.end();
  await once(out, 'finish');
  renameSync(`${csv}.partial`, csv);
  return csv;
}

function measure(root, command, args, env) {
  const dir = mkdtempSync(join(os.tmpdir(), 'vennskap-e2e-'));
  const rssFile = join(dir, 'rss');
  const started = performance.now();
  const child = spawnSync('/usr/bin/time', ['-f', '%M %U %S', '-o', rssFile, command, ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, ...SINGLE_THREADED, ...env },
  });
  const ms = performance.now() - started;
  // GNU time's last line: peak RSS in KiB, user and system CPU seconds.
  const [rssKb, user, system] = readFileSync(rssFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  rmSync(dir, { recursive: true, force: true });
  return { ms, cpuMs: (user + system) * 1000, rssMb: rssKb / 1024, status: child.status, stdout: child.stdout, stderr: child.stderr };
}

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

function repeat(runs, what, log, once) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    const r = once();
    if (r.status !== 0) {
      log(`${what} failed (exit ${r.status}): ${r.stderr.trim().split('\n').pop()}`);
      return { failed: `exit ${r.status}` };
    }
    results.push(r);
  }
  log(`${what}: ${results.map((r) => `${(r.ms / 1000).toFixed(1)} s (CPU ${(r.cpuMs / 1000).toFixed(1)} s)`).join(', ')}`);
  return { ms: median(results.map((r) => r.ms)), cpuMs: median(results.map((r) => r.cpuMs)), rssMb: median(results.map((r) => r.rssMb)), runs: results.length, stdout: results[0].stdout };
}

/**
 * Runs the section for one size. Returns its markdown and the target verdicts.
 * `tools.networkx`: whether NetworkX runs at this size.
 */
export async function endToEnd({ root, size, label, edgeListPath, runs, networkx, igraph, log }) {
  const csv = await ensureCsv(edgeListPath);
  const cli = join(root, 'dist', 'cli.js');
  const py = join(root, 'tests', 'bench', 'end-to-end-peers.py');
  const r = {};
  r.stats = repeat(runs, `${size} e2e vennskap stats`, log, () => measure(root, process.execPath, [cli, 'stats', '--input', csv, '--json']));
  r.clusters = repeat(runs, `${size} e2e vennskap clusters`, log, () => measure(root, process.execPath, [cli, 'clusters', '--input', csv, '--stability-seeds', '1', '--json']));
  // rank: the top 10 by degree and by PageRank (igraph: degree() / pagerank() and a sort).
  r.rankDegree = repeat(runs, `${size} e2e vennskap rank --by degree`, log, () => measure(root, process.execPath, [cli, 'rank', '--input', csv, '--by', 'degree', '--json']));
  r.rankPagerank = repeat(runs, `${size} e2e vennskap rank --by pagerank`, log, () => measure(root, process.execPath, [cli, 'rank', '--input', csv, '--by', 'pagerank', '--json']));
  if (igraph) {
    r.igRankDegree = repeat(runs, `${size} e2e igraph degree top 10`, log, () => measure(root, '/usr/bin/python3', [py, '--tool', 'igraph', '--what', 'rank-degree', csv]));
    r.igRankPagerank = repeat(runs, `${size} e2e igraph pagerank top 10`, log, () => measure(root, '/usr/bin/python3', [py, '--tool', 'igraph', '--what', 'rank-pagerank', csv]));
    r.igStats = repeat(runs, `${size} e2e igraph stats`, log, () => measure(root, '/usr/bin/python3', [py, '--tool', 'igraph', '--what', 'stats', csv]));
    r.igClusters = repeat(runs, `${size} e2e igraph multilevel`, log, () => measure(root, '/usr/bin/python3', [py, '--tool', 'igraph', '--what', 'clusters', csv]));
  }
  if (networkx) {
    r.nxStats = repeat(1, `${size} e2e NetworkX stats`, log, () => measure(root, '/usr/bin/python3', [py, '--tool', 'networkx', '--what', 'stats', csv]));
    r.nxClusters = repeat(1, `${size} e2e NetworkX louvain`, log, () => measure(root, '/usr/bin/python3', [py, '--tool', 'networkx', '--what', 'clusters', csv]));
  }
  const cell = (x) => (x === undefined ? '–' : x.failed ? x.failed : `${(x.ms / 1000).toFixed(2)} s (CPU ${(x.cpuMs / 1000).toFixed(2)} s), ${x.rssMb.toFixed(0)} MiB${x.runs === 1 ? ' (1)' : ''}`);
  const ratio = (a, b) => (a?.ms && b?.ms ? `${(a.ms / b.ms).toFixed(2)} (CPU ${(a.cpuMs / b.cpuMs).toFixed(2)})` : '–');
  const memRatio = (a, b) => (a?.rssMb && b?.rssMb ? (a.rssMb / b.rssMb).toFixed(2) : '–');
  const lines = [
    `### end to end, ${label}: \`${csv.split('/').pop()}\``,
    '',
    '| command | vennskap | python-igraph | NetworkX | time vennskap/igraph | peak RSS vennskap/igraph |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    `| stats (nodes, edges, components, largest, transitivity, avg clustering, assortativity, Louvain Q) | ${cell(r.stats)} | ${cell(r.igStats)} | ${cell(r.nxStats)} | ${ratio(r.stats, r.igStats)} | ${memRatio(r.stats, r.igStats)} |`,
    `| clusters (\`--stability-seeds 1\`) vs igraph \`community_multilevel\` / NetworkX \`louvain_communities\` | ${cell(r.clusters)} | ${cell(r.igClusters)} | ${cell(r.nxClusters)} | ${ratio(r.clusters, r.igClusters)} | ${memRatio(r.clusters, r.igClusters)} |`,
    `| rank \`--by degree\` (top 10) vs igraph \`degree()\` and a sort | ${cell(r.rankDegree)} | ${cell(r.igRankDegree)} | – | ${ratio(r.rankDegree, r.igRankDegree)} | ${memRatio(r.rankDegree, r.igRankDegree)} |`,
    `| rank \`--by pagerank\` (top 10) vs igraph \`pagerank()\` and a sort | ${cell(r.rankPagerank)} | ${cell(r.igRankPagerank)} | – | ${ratio(r.rankPagerank, r.igRankPagerank)} | ${memRatio(r.rankPagerank, r.igRankPagerank)} |`,
  ];
  // Do the figures agree? vennskap's JSON against igraph's (and NetworkX's).
  const verdicts = [];
  const agree = [];
  let ours;
  try {
    ours = r.stats.stdout ? JSON.parse(r.stats.stdout).networks.input : undefined;
  } catch {
    ours = undefined;
  }
  const theirs = (x) => (x?.stdout ? JSON.parse(x.stdout.trim().split('\n').pop()) : undefined);
  for (const [name, peer] of [['igraph', theirs(r.igStats)], ['NetworkX', theirs(r.nxStats)]]) {
    if (!ours || !peer) continue;
    const exact = ['nodes', 'edges', 'components', 'largest_component'].filter((k) => ours[k] !== peer[k]);
    const close = ['transitivity', 'average_clustering', 'degree_assortativity'].filter((k) => !(Math.abs(ours[k] - peer[k]) <= 1e-9));
    const dq = ours.modularity - peer.modularity;
    agree.push(
      `- figures vs ${name}: ${exact.length === 0 ? 'nodes, edges, components, largest component equal' : `DIFFER: ${exact.join(', ')}`}; ` +
        `${close.length === 0 ? 'transitivity, average clustering, assortativity within 1e-9' : `DIFFER by more than 1e-9: ${close.map((k) => `${k} ${ours[k]} vs ${peer[k]}`).join(', ')}`}; ` +
        `Louvain modularity ${ours.modularity.toFixed(4)} vs ${peer.modularity.toFixed(4)} (difference ${dq.toFixed(4)})`,
    );
  }
  // The top 10 values agree: degrees exactly, PageRank to 1e-4 relative (igraph solves with PRPACK; we iterate until the L1 change is below n × 1e-9, NetworkX's rule).
  for (const [what, ours, peer, exact] of [['degree', r.rankDegree, r.igRankDegree, true], ['pagerank', r.rankPagerank, r.igRankPagerank, false]]) {
    if (!ours?.stdout || !peer?.stdout) continue;
    const a = JSON.parse(ours.stdout).rows.map((row) => row[what]);
    const b = theirs(peer).top;
    const same = a.length === b.length && a.every((x, i) => (exact ? x === b[i] : Math.abs(x - b[i]) <= 1e-4 * Math.abs(b[i])));
    agree.push(`- rank --by ${what} vs igraph: top-10 values ${same ? (exact ? 'equal' : 'equal within 1e-4 relative') : `DIFFER: ${a.join(', ')} vs ${b.join(', ')}`}`);
  }
  if (size === '1m') {
    const v = (ok, text) => verdicts.push(`- ${ok === undefined ? 'not measured' : ok ? 'met' : 'MISSED'}: ${text}`);
    const pair = (a, b, key) => (a?.[key] && b?.[key] ? a[key] / b[key] : undefined);
    const m = pair(r.stats, r.igStats, 'rssMb');
    for (const [key, what] of [['ms', 'wall time'], ['cpuMs', 'CPU time']]) {
      const t = pair(r.stats, r.igStats, key);
      const c = pair(r.clusters, r.igClusters, key);
      v(t === undefined ? undefined : t <= 0.5, `1M \`vennskap stats --input\` ≤ 0.5× python-igraph's ${what} (ratio ${t?.toFixed(2)})`);
      v(c === undefined ? undefined : c <= 0.5, `1M \`vennskap clusters --input\` ≤ 0.5× igraph's community_multilevel script, ${what} (ratio ${c?.toFixed(2)})`);
    }
    v(m === undefined ? undefined : m <= 1, `1M \`vennskap stats --input\` peak memory ≤ 1.0× python-igraph's (ratio ${m?.toFixed(2)})`);
  }
  return { text: [...lines, '', ...agree].join('\n'), verdicts };
}
