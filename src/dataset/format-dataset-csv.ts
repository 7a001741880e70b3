/**
 * The dataset as CSV files (data/places.csv, mentions.csv, links.csv,
 * diagnostics.csv, resolutions.csv). Deterministic: same dataset, same bytes.
 * Lists are joined with "|". Columns are documented in data/README.md.
 */
import { countryName } from '../ingest/country-names.ts';
import { formatCsv } from '../formats/csv.ts';
import type { Dataset } from './build-dataset.ts';

export const DATASET_FILES = ['places.csv', 'mentions.csv', 'links.csv', 'diagnostics.csv', 'resolutions.csv'] as const;
export type DatasetFile = (typeof DATASET_FILES)[number];

const list = (values: readonly string[] | undefined) => (values ?? []).join('|');

/** diagnostics.csv alone (the world report writes the world dataset's beside itself). */
export function formatDiagnosticsCsv(diagnostics: Dataset['diagnostics']): string {
  return formatCsv(
    ['source_file', 'line', 'kind', 'message'],
    diagnostics.map((d) => ({ source_file: d.file, line: d.line, kind: d.kind, message: d.message })),
  );
}

export function formatDatasetCsv(dataset: Dataset): Record<DatasetFile, string> {
  const places = new Map(dataset.places.map((p) => [p.id, p]));
  return {
    'places.csv': formatCsv(
      ['id', 'name', 'country', 'country_name', 'kind', 'municipality_number', 'county_number', 'county', 'population', 'lat', 'lon', 'geo_source', 'aliases', 'sources'],
      dataset.places.map((p) => ({
        id: p.id,
        name: p.name,
        country: p.country,
        country_name: countryName(p.country),
        kind: p.kind,
        municipality_number: p.municipalityNumber,
        county_number: p.countyNumber,
        county: p.county,
        population: p.population,
        lat: p.lat,
        lon: p.lon,
        geo_source: p.geoSource,
        aliases: list(p.aliases),
        sources: list(p.sources),
      })),
    ),
    'mentions.csv': formatCsv(
      ['source_file', 'line', 'end_line', 'relation', 'a_as_written', 'a_country', 'a_region', 'b_as_written', 'b_country', 'b_region', 'status', 'since', 'until', 'signed', 'level', 'tags', 'population', 'stated_county', 'a_id', 'b_id', 'a_resolution', 'b_resolution', 'text'],
      dataset.mentions.map((m) => ({
        source_file: m.file,
        line: m.line,
        end_line: m.endLine,
        relation: m.relation,
        a_as_written: m.a.name,
        a_country: m.a.country,
        a_region: m.a.region,
        b_as_written: m.b.name,
        b_country: m.b.country,
        b_region: m.b.region,
        status: m.status,
        since: m.since,
        until: m.until,
        signed: m.signed,
        level: m.level,
        tags: list(m.tags),
        population: m.population,
        stated_county: m.statedCounty,
        a_id: m.aId,
        b_id: m.bId,
        a_resolution: m.aResolution,
        b_resolution: m.bResolution,
        text: m.text,
      })),
    ),
    'links.csv': formatCsv(
      ['source_id', 'source_name', 'source_country', 'target_id', 'target_name', 'target_country', 'relations', 'status', 'since', 'until', 'signed', 'level', 'tags', 'sources', 'documents', 'scope'],
      dataset.links.map((l) => ({
        source_id: l.sourceId,
        source_name: places.get(l.sourceId)?.name,
        source_country: places.get(l.sourceId)?.country,
        target_id: l.targetId,
        target_name: places.get(l.targetId)?.name,
        target_country: places.get(l.targetId)?.country,
        relations: list(l.relations),
        status: l.status,
        since: l.since,
        until: l.until,
        signed: l.signed,
        level: l.level,
        tags: list(l.tags),
        sources: list(l.sources),
        documents: list(l.documents),
        scope: l.scope,
      })),
    ),
    'diagnostics.csv': formatDiagnosticsCsv(dataset.diagnostics),
    'resolutions.csv': formatCsv(
      ['name_as_written', 'method', 'id', 'name', 'kind', 'municipality_number', 'county', 'confidence', 'candidates', 'reason'],
      dataset.resolutions.map((r) => ({
        name_as_written: r.asWritten,
        method: r.method,
        id: r.id,
        name: r.name,
        kind: r.kind,
        municipality_number: r.municipalityNumber,
        county: r.countyName,
        confidence: r.confidence,
        candidates: list(r.candidates),
        reason: r.reason,
      })),
    ),
  };
}
