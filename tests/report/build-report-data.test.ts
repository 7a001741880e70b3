import modularity from 'graphology-metrics/graph/modularity';
import { describe, expect, it } from 'vitest';
import { computeNodeMetrics } from '../../src/analyse/metrics/index.ts';
import { rankPlaces } from '../../src/analyse/rank-places.ts';
import { buildNetworks } from '../../src/graph/build-networks.ts';
import { buildReportData } from '../../src/report/build-report-data.ts';
import type { HubMetric } from '../../src/report/report-data.ts';
import { seedDataset, rawText } from '../helpers/repository.ts';

const dataset = seedDataset();
const data = buildReportData(dataset);
const networks = buildNetworks(dataset);
const twin = networks.twin;
const norwegianNodes = twin.filterNodes((_n, a) => a.country === 'NO');
const figure = (key: string) => data.overview.find((f) => f.key === key)!.value;

describe('buildReportData: overview', () => {
  it('counts the dataset and the twin network as they are', () => {
    expect(figure('places')).toBe(dataset.places.length);
    expect(figure('links')).toBe(dataset.links.length);
    expect(figure('mentions')).toBe(dataset.mentions.length);
    expect(figure('countries')).toBe(new Set(dataset.places.map((p) => p.country)).size);
    expect(figure('nodes')).toBe(twin.order);
    expect(figure('edges')).toBe(twin.size);
    expect(figure('density')).toBeCloseTo((2 * twin.size) / (twin.order * (twin.order - 1)), 15);
  });

  it('names a source and a reproducing command for every figure', () => {
    for (const f of data.overview) {
      expect(f.source, f.key).not.toBe('');
      expect(f.reproduce, f.key).toMatch(/^vennskap /);
    }
  });
});

describe('buildReportData: hubs', () => {
  const metrics = computeNodeMetrics(twin);

  it('puts the place with most partners first, as rankPlaces and a direct count do', () => {
    const top = data.hubs.rankings.degree[0]!;
    expect(top.id).toBe(rankPlaces(twin, metrics, { by: 'degree', country: 'NO' })[0]!.id);
    expect(top.value).toBe(Math.max(...norwegianNodes.map((n) => twin.degree(n))));
    expect(data.hubs.rankings.pagerank[0]!.id).toBe(rankPlaces(twin, metrics, { by: 'pagerank', country: 'NO' })[0]!.id);
    expect(data.hubs.places).toBe(norwegianNodes.length);
  });

  it('ranks partner countries by the distinct foreign countries among each place’s neighbours', () => {
    const countries = (n: string) => new Set(twin.mapNeighbors(n, (_m, a) => a.country as string).filter((c) => c !== 'NO')).size;
    const best = Math.max(...norwegianNodes.map(countries));
    const leaders = norwegianNodes.filter((n) => countries(n) === best);
    expect(data.hubs.rankings.partnerCountries[0]!.value).toBe(best);
    expect(leaders).toContain(data.hubs.rankings.partnerCountries[0]!.id);
  });

  it('lists everyone with rank ≤ N in each top N, and nobody else', () => {
    for (const m of data.hubs.metrics) {
      const list = data.hubs.rankings[m.key];
      expect(list.length, m.key).toBeGreaterThanOrEqual(data.hubs.top);
      expect(list.every((e) => e.rank <= data.hubs.top), m.key).toBe(true);
    }
  });

  it('reports exactly the places whose rankings disagree, with their true ranks', () => {
    const keys = data.hubs.metrics.map((m) => m.key);
    const full: Record<string, Map<string, number>> = {};
    for (const key of keys) {
      if (key === 'partnerCountries') continue;
      full[key] = new Map(rankPlaces(twin, metrics, { by: key, country: 'NO', top: 0 }).map((r) => [r.id, r.rank]));
    }
    // Partner-country ranks recomputed here: 1 + the number of places with more partner countries.
    const pc = new Map(rankPlaces(twin, metrics, { by: 'degree', country: 'NO', top: 0 }).map((r) => [r.id, r.partnerCountries]));
    full.partnerCountries = new Map([...pc].map(([id, v]) => [id, 1 + [...pc.values()].filter((w) => w > v).length]));
    const { top, rankGap } = data.hubs;
    const listed = new Map(data.hubs.disagreements.map((d) => [d.id, d]));
    const inTopAnywhere = new Set(keys.flatMap((k) => [...full[k]!].filter(([, r]) => r <= top).map(([id]) => id)));
    for (const id of inTopAnywhere) {
      const ranks = keys.map((k) => full[k]!.get(id)!);
      const disagrees = ranks.some((r) => r > top) || Math.max(...ranks) - Math.min(...ranks) > rankGap;
      expect(listed.has(id), id).toBe(disagrees);
      if (disagrees) {
        expect(listed.get(id)!.ranks).toEqual(Object.fromEntries(keys.map((k, i) => [k, ranks[i]])) as Record<HubMetric, number>);
        expect(listed.get(id)!.gap).toBe(Math.max(...ranks) - Math.min(...ranks));
      }
    }
    expect(listed.size).toBeGreaterThan(0);
  });

  it('warns about eigenvector ranks that rest on vanishing values', () => {
    const eigen = data.hubs.metrics.find((m) => m.key === 'eigenvector')!;
    const values = norwegianNodes.map((n) => metrics[n]!.eigenvector);
    const max = Math.max(...values);
    const meaningful = values.filter((v) => v > max * 1e-6).length;
    expect(meaningful).toBeLessThan(data.hubs.top);
    expect(eigen.warning).toContain(`Only ${meaningful} places`);
    expect(data.hubs.metrics.find((m) => m.key === 'degree')!.warning).toBeUndefined();
  });
});

describe('buildReportData: country clusters', () => {
  it('describes the partition of the seed it names, with its modularity', () => {
    const [bipartite, country] = data.clusters;
    expect(bipartite!.network).toBe('municipality-country');
    expect(country!.network).toBe('country');
    // The country clusters list every country node once; modularity recomputed by graphology-metrics.
    const clusterOf: Record<string, number> = {};
    for (const c of country!.clusters) for (const x of c.countries) clusterOf[x.key] = c.id;
    expect(Object.keys(clusterOf).sort()).toEqual(networks.country.nodes().sort());
    expect(modularity(networks.country, { getNodeCommunity: (n: string) => clusterOf[n]! })).toBeCloseTo(country!.modularity, 12);
    expect(country!.modularity).toBe(country!.modularitySpread.max);
    expect(bipartite!.modularity).toBe(bipartite!.modularitySpread.max);
  });

  it('accounts for every municipality–country link in each partition', () => {
    const mc = networks['municipality-country'];
    const total = mc.reduceEdges((s, _e, a) => s + (a.weight as number), 0);
    for (const section of data.clusters) {
      expect(section.clusters.reduce((s, c) => s + c.links, 0)).toBe(total);
      expect(section.seeds).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    }
    const members = data.clusters[0]!.clusters.reduce((s, c) => s + (c.members ?? 0), 0);
    expect(members).toBe(mc.filterNodes((_n, a) => a.bipartite === 'norwegian').length);
  });
});

describe('buildReportData: ended partnerships', () => {
  it('lists every link whose source says "until YYYY", with the line it comes from', () => {
    const lines = rawText('norway-twin-towns.txt').split('\n');
    const untilLines = lines.flatMap((line, i) => (/, until (\d{4})/.test(line) ? [{ line: i + 1, year: Number(/until (\d{4})/.exec(line)![1]) }] : []));
    expect(data.ended.count).toBe(untilLines.length);
    expect(data.ended.count).toBe(dataset.links.filter((l) => l.status === 'ended').length);
    for (const { line, year } of untilLines) {
      // The partner line says "until"; the statement starts on the line before (the Norwegian side).
      const entry = data.ended.links.find((l) => l.sources.includes(`norway-twin-towns.txt:${line - 1}`));
      expect(entry, `line ${line}`).toBeDefined();
      expect(entry!.until).toBe(year);
      expect(lines[line - 1]).toContain(entry!.partnerName);
    }
  });
});

describe('buildReportData: data quality and charts', () => {
  it('counts every diagnostic once and every resolution', () => {
    expect(data.quality.diagnostics).toBe(dataset.diagnostics.length);
    expect(data.quality.byKind.reduce((s, k) => s + k.count, 0)).toBe(dataset.diagnostics.length);
    const refs = new Set(dataset.diagnostics.map((d) => `${d.file}:${d.line}`));
    for (const k of data.quality.byKind) {
      expect(k.examples.length).toBe(Math.min(3, k.count));
      for (const e of k.examples) expect(refs.has(e.ref), e.ref).toBe(true);
    }
    expect(data.quality.resolutions.map((r) => r.asWritten)).toEqual(dataset.resolutions.map((r) => r.asWritten));
    expect(data.quality.resolutionsByMethod.reduce((s, m) => s + m.count, 0)).toBe(dataset.resolutions.length);
    for (const m of data.quality.resolutionsByMethod) expect(m.high + m.medium + m.low).toBe(m.count);
  });

  it('bins every Norwegian place by its number of partners', () => {
    const bins = data.charts.degree;
    expect(bins.map((b) => b.degree)).toEqual(Array.from({ length: bins.length }, (_, i) => i + 1));
    expect(bins.reduce((s, b) => s + b.count, 0)).toBe(norwegianNodes.length);
    expect(bins.reduce((s, b) => s + b.count * b.degree, 0)).toBe(norwegianNodes.reduce((s, n) => s + twin.degree(n), 0));
  });

  it('counts partnerships by partner country from the twin network edges', () => {
    const abroad = twin.filterEdges((_e, _a, _s, _t, sa, ta) => (sa.country === 'NO') !== (ta.country === 'NO'));
    expect(data.charts.partnersByCountry.reduce((s, c) => s + c.links, 0)).toBe(abroad.length);
    const sweden = twin.filterEdges((_e, _a, _s, _t, sa, ta) => (sa.country === 'NO' && ta.country === 'SE') || (ta.country === 'NO' && sa.country === 'SE'));
    expect(data.charts.partnersByCountry.find((c) => c.code === 'SE')!.links).toBe(sweden.length);
  });
});

describe('buildReportData: options', () => {
  it('rejects unknown options, also inside twin, and bad values', () => {
    expect(() => buildReportData(dataset, { seeds: 3 } as never)).toThrow(/unknown option "seeds"/);
    expect(() => buildReportData(dataset, { twin: { includeEnd: true } as never })).toThrow(/unknown option "includeEnd"/);
    expect(() => buildReportData(dataset, { stabilitySeeds: 0 })).toThrow(/stabilitySeeds/);
    expect(() => buildReportData(dataset, { top: 2.5 })).toThrow(/top/);
    expect(() => buildReportData(dataset, { resolution: 0 })).toThrow(/resolution/);
  });

  it('follows the network choice: ended partnerships included add their links', () => {
    const withEnded = buildReportData(dataset, { twin: { includeEnded: true }, stabilitySeeds: 2, seed: 7 });
    expect(withEnded.overview.find((f) => f.key === 'edges')!.value).toBe(twin.size + data.ended.count);
    expect(withEnded.clusters[0]!.seeds).toEqual([7, 8]);
    expect(withEnded.networkChoice).toContain('ended partnerships included');
    expect(withEnded.hubs.metrics[0]!.reproduce).toContain('--include-ended');
  });

  it('is deterministic: the same dataset and options give equal data', () => {
    expect(JSON.stringify(buildReportData(dataset))).toBe(JSON.stringify(data));
  });

  it('leaves the geography section out unless geography data is given', () => {
    expect(data.geography).toBeNull();
  });
});
