/**
 * End to end: `--algorithm louvain|leiden` on clusters, stats, report and
 * export, on the built-in data, as subprocesses. What the CLI prints is
 * checked against the library call on the same network (buildNetworks of the
 * same dataset, the CLI's defaults), and Leiden's communities for being
 * connected.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { detectCommunities } from '../../src/analyse/communities/index.ts';
import { csrFromGraph } from '../../src/analyse/csr/csr-from-graph.ts';
import { loadDataset } from '../../src/cli/load-dataset.ts';
import { buildNetworks } from '../../src/graph/build-networks.ts';
import { disconnectedCommunities } from '../helpers/community-parts.ts';
import { runCli } from '../helpers/run-cli.ts';

const scratch = mkdtempSync(join(tmpdir(), 'vennskap-algorithm-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const networks = buildNetworks(loadDataset());

const json = (args: string[]) => {
  const result = runCli([...args, '--json']);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout);
};

describe('--algorithm leiden', () => {
  it('clusters prints the modularity and clusters of the library call, and every community is connected', () => {
    const graph = networks['municipality-country'];
    const library = detectCommunities(graph, { algorithm: 'leiden', seed: 1, resolution: 1 });
    const csr = csrFromGraph(graph);
    expect(disconnectedCommunities(csr, csr.keys.map((key) => library.communities[key]!)).size).toBe(0);

    const printed = json(['clusters', '--network', 'municipality-country', '--algorithm', 'leiden', '--stability-seeds', '3']);
    expect(printed.algorithm).toBe('leiden');
    expect(printed.modularity).toBe(library.modularity);
    expect(printed.communities).toBe(library.count);
    // Each printed cluster lists exactly the countries of the library's community with that id.
    for (const row of printed.rows as { cluster: number; countries: string }[]) {
      const countries = Object.entries(library.communities)
        .filter(([key, c]) => c === row.cluster && key.startsWith('country:'))
        .map(([key]) => key.slice('country:'.length));
      expect(new Set(row.countries.split('|').filter(Boolean))).toEqual(new Set(countries));
    }
    // The human table names the algorithm.
    const human = runCli(['clusters', '--network', 'municipality-country', '--algorithm', 'leiden', '--stability-seeds', '2']);
    expect(human.stdout).toContain(`modularity ${library.modularity.toFixed(3)} at resolution 1 (Leiden, seed 1)`);
  });

  it('is the command line default (it measured better on the built-in data); --algorithm louvain still runs Louvain', () => {
    const leiden = detectCommunities(networks['municipality-country'], { algorithm: 'leiden', seed: 1 });
    const louvain = detectCommunities(networks['municipality-country'], { algorithm: 'louvain', seed: 1 });
    const byDefault = json(['clusters', '--network', 'municipality-country', '--stability-seeds', '2']);
    expect(byDefault.algorithm).toBe('leiden');
    expect(byDefault.modularity).toBe(leiden.modularity);
    const asked = json(['clusters', '--network', 'municipality-country', '--algorithm', 'louvain', '--stability-seeds', '2']);
    expect(asked.algorithm).toBe('louvain');
    expect(asked.modularity).toBe(louvain.modularity);
    expect(leiden.modularity).toBeGreaterThan(louvain.modularity);
  });

  it('stats and export use it too', () => {
    const country = networks.country;
    const library = detectCommunities(country, { algorithm: 'leiden', seed: 1 });
    const stats = json(['stats', '--network', 'country', '--algorithm', 'leiden']);
    expect(stats.algorithm).toBe('leiden');
    expect(stats.networks.country.modularity).toBe(library.modularity);

    const exported = runCli(['export', '--format', 'json', '--network', 'country', '--algorithm', 'leiden', '--no-layout']);
    expect(exported.status).toBe(0);
    const nodes = JSON.parse(exported.stdout).nodes as { key: string; attributes: { community: number } }[];
    expect(Object.fromEntries(nodes.map((n) => [n.key, n.attributes.community]))).toEqual(library.communities);
  });

  it('report names the algorithm and quotes the flag in its reproduce commands', () => {
    const out = join(scratch, 'report');
    const result = runCli(['report', '--algorithm', 'leiden', '--stability-seeds', '2', '--out', out]);
    expect(result.status).toBe(0);
    const markdown = readFileSync(join(out, 'report.md'), 'utf8');
    expect(markdown).toContain('Communities: Leiden modularity, resolution 1');
    expect(markdown).toContain('vennskap clusters --network country --algorithm leiden --seed 1 --stability-seeds 2');
    expect(markdown).toContain('vennskap report --algorithm leiden --out DIR');
    expect(markdown).not.toMatch(/Louvain/);
  });

  it('rejects an unknown algorithm in one line, exit 1', () => {
    const result = runCli(['clusters', '--algorithm', 'infomap']);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('vennskap: --algorithm: expected one of louvain, leiden, found "infomap"');
  });
});
