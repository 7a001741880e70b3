/**
 * The report sections read straight from the dataset and the twin network:
 * ended partnerships, data quality (diagnostics by kind, every resolution
 * decision), the Norwegian places' charts and the geography results passed
 * in from src/geo. Pure; buildReportData assembles them.
 */
import type { Dataset } from '../dataset/build-dataset.ts';
import { compareSourceRefs } from '../dataset/build-dataset.ts';
import type { DatasetName } from '../dataset/scope-dataset.ts';
import type { CommunityAlgorithm } from '../analyse/communities/index.ts';
import type Graph from 'graphology';
import { countryName } from '../ingest/country-names.ts';
import { foldName } from '../text/fold-name.ts';
import type { ChartSection, EndedPartnership, GeographySection, QualitySection, ReportData, ReportGeographyInput } from './report-data.ts';
import { reproduce } from './reproduce-commands.ts';

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function endedSection(dataset: Dataset): ReportData['ended'] {
  const places = new Map(dataset.places.map((p) => [p.id, p]));
  const links: EndedPartnership[] = dataset.links
    .filter((l) => l.status === 'ended')
    .map((l) => {
      const home = places.get(l.sourceId);
      const partner = places.get(l.targetId);
      const country = partner?.country ?? '';
      return {
        norwegianId: l.sourceId,
        norwegianName: home?.name ?? l.sourceId,
        partnerId: l.targetId,
        partnerName: partner?.name ?? l.targetId,
        partnerCountry: country,
        partnerCountryName: countryName(country),
        relations: [...l.relations],
        ...(l.since !== undefined ? { since: l.since } : {}),
        ...(l.until !== undefined ? { until: l.until } : {}),
        sources: [...l.sources],
      };
    })
    .sort(
      (a, b) =>
        (b.until ?? 0) - (a.until ?? 0) ||
        compareText(foldName(a.norwegianName), foldName(b.norwegianName)) ||
        compareText(foldName(a.partnerName), foldName(b.partnerName)) ||
        compareText(a.partnerId, b.partnerId),
    );
  return {
    count: links.length,
    links,
    source: 'dataset links whose source says ", until YYYY" (data/links.csv, status ended); file:line points into data/raw/',
    reproduce: reproduce.data(),
  };
}

export function qualitySection(dataset: Dataset, examples: number, o: { dataset: DatasetName; diagnosticsFile: string | null; algorithm: CommunityAlgorithm }): QualitySection {
  const byKind = new Map<string, Dataset['diagnostics']>();
  for (const d of dataset.diagnostics) byKind.set(d.kind, [...(byKind.get(d.kind) ?? []), d]);
  const kinds = [...byKind.entries()]
    .map(([kind, list]) => ({
      kind,
      count: list.length,
      examples: [...list]
        .sort((a, b) => compareSourceRefs(a, b) || compareText(a.message, b.message))
        .slice(0, examples)
        .map((d) => ({ ref: `${d.file}:${d.line}`, message: d.message })),
    }))
    .sort((a, b) => b.count - a.count || compareText(a.kind, b.kind));
  const methods = new Map<string, { method: string; count: number; high: number; medium: number; low: number }>();
  for (const r of dataset.resolutions) {
    const entry = methods.get(r.method) ?? { method: r.method, count: 0, high: 0, medium: 0, low: 0 };
    entry.count++;
    entry[r.confidence]++;
    methods.set(r.method, entry);
  }
  return {
    diagnostics: dataset.diagnostics.length,
    byKind: kinds,
    resolutionsByMethod: [...methods.values()].sort((a, b) => b.count - a.count || compareText(a.method, b.method)),
    resolutions: dataset.resolutions.map((r) => ({
      asWritten: r.asWritten,
      method: r.method,
      id: r.id,
      name: r.name,
      confidence: r.confidence,
      reason: r.reason,
      candidates: [...(r.candidates ?? [])],
    })),
    ...(o.dataset === 'world'
      ? {
          source: `the world dataset's diagnostics (${o.diagnosticsFile ?? 'diagnostics.csv'} beside this report) and data/resolutions.csv (rules in data/README.md, decisions in data/resolution/*.csv)`,
          reproduce: reproduce.report(o.algorithm, 'world'),
        }
      : {
          source: 'data/diagnostics.csv and data/resolutions.csv (rules in data/README.md, decisions in data/resolution/*.csv)',
          reproduce: reproduce.data(),
        }),
  };
}

export function chartSection(twin: Graph): ChartSection {
  const degrees: number[] = [];
  const countries = new Map<string, { links: number; places: Set<string> }>();
  twin.forEachNode((node, a) => {
    if (a.country === 'NO') degrees.push(twin.degree(node));
  });
  twin.forEachEdge((_e, _a, source, target, sa, ta) => {
    const [home, partner, homeKey] = sa.country === 'NO' ? [sa, ta, source] : [ta, sa, target];
    if (home.country !== 'NO' || partner.country === 'NO') return;
    const code = String(partner.country);
    const entry = countries.get(code) ?? { links: 0, places: new Set<string>() };
    entry.links++;
    entry.places.add(homeKey);
    countries.set(code, entry);
  });
  const max = Math.max(0, ...degrees);
  const degree = Array.from({ length: max }, (_, i) => ({ degree: i + 1, count: degrees.filter((d) => d === i + 1).length }));
  return {
    degree,
    degreeSource: 'twin network: number of partners of each Norwegian place',
    partnersByCountry: [...countries.entries()]
      .map(([code, e]) => ({ code, name: countryName(code), links: e.links, places: e.places.size }))
      .sort((a, b) => b.links - a.links || compareText(a.code, b.code)),
    partnersByCountrySource: "twin network: links between a Norwegian place and a place abroad, by the partner's country",
  };
}

export function geographySection(input: ReportGeographyInput): GeographySection {
  const { distances, nullModel } = input;
  return {
    overall: distances.overall ? { ...distances.overall } : null,
    binWidthKm: distances.histogram.binWidthKm,
    bins: distances.histogram.bins.map((b) => ({ fromKm: b.fromKm, toKm: b.toKm, count: b.count })),
    byRegion: (distances.byRegion ?? []).map((r) => ({ region: r.region, summary: { ...r.summary } })),
    skipped: distances.skipped?.length ?? 0,
    nullModel: nullModel
      ? {
          pairs: nullModel.pairs,
          seed: nullModel.options.seed,
          draws: nullModel.options.draws,
          meanKm: nullModel.meanKm,
          medianKm: nullModel.medianKm,
          verdict: nullModel.verdict,
          explanation: nullModel.explanation,
        }
      : null,
    reproduce: input.reproduce ?? 'vennskap geo',
  };
}
