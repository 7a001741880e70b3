/**
 * Parser for the world twin-town list (data/raw/wikipedia-twin-towns.csv):
 * English Wikipedia's "List of twin towns and sister cities in …" pages, as
 * scraped by Hekman/twincities. RFC 4180 CSV with the header
 * `city1,country1,city2,country2`; quoted fields may hold commas
 * ("Bayside, New South Wales") and doubled quotes. `city1, country1` is the
 * town whose country page listed the pair, so it becomes end a.
 *
 * Country strings become ids through the caller's country table
 * (data/resolution/world-countries.csv, via the parser context); a subnational
 * string ("Ohio, United States") keeps its unit as the end's region.
 *
 * Every line becomes a mention or a diagnostic naming it: a wrong field
 * count, an empty name, an unknown country string. An empty country whose
 * name carries it ("Varna, Bulgaria") or is itself a territory ("Falkland
 * Islands") is read from the name, with a diagnostic. Never throws.
 */
import type { MentionEnd, ParseResult } from '../dataset/types.ts';
import { ParseRecorder } from './line-accounting.ts';

export const WORLD_TWIN_TOWN_FILE = 'wikipedia-twin-towns.csv';
const HEADER = ['city1', 'country1', 'city2', 'country2'];

/** A country string's id and region, or undefined when the table does not know it. */
export type CountryLookup = (asWritten: string) => { code: string; region?: string } | undefined;

/**
 * The fields of one CSV line (RFC 4180, no line breaks inside quotes: this
 * list has none), or a reason it cannot be read.
 */
export function splitCsvLine(line: string): { fields: string[] } | { error: string } {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        const quote = line.indexOf('"', i);
        if (quote < 0) return { error: `a quoted field that is never closed (column ${fields.length + 1})` };
        value += line.slice(i, quote);
        if (line[quote + 1] === '"') {
          value += '"';
          i = quote + 2;
        } else {
          i = quote + 1;
          break;
        }
      }
      fields.push(value);
      if (i === line.length) return { fields };
      if (line[i] !== ',') return { error: `text after a closing quote (column ${fields.length})` };
      i++;
    } else {
      const comma = line.indexOf(',', i);
      const value = comma < 0 ? line.slice(i) : line.slice(i, comma);
      if (value.includes('"')) return { error: `a quote inside an unquoted field (column ${fields.length + 1})` };
      fields.push(value);
      if (comma < 0) return { fields };
      i = comma + 1;
    }
  }
}

export interface WorldParseOptions {
  file?: string;
  countryOf: CountryLookup;
}

/** Parse the world list. */
export function parseWorldTwinTowns(text: string, options: WorldParseOptions): ParseResult {
  const file = options.file ?? WORLD_TWIN_TOWN_FILE;
  const recorder = new ParseRecorder(file, text);
  const { lines, ledger, mentions } = recorder;
  const report = recorder.report.bind(recorder);
  // A final newline leaves one empty line: blank, like every other blank line.
  let last = lines.length;
  while (last > 0 && lines[last - 1]!.trim() === '') last--;
  if (last === 0) return recorder.result();

  const header = splitCsvLine(lines[0]!.replace(/^\uFEFF/u, ''));
  if (!('fields' in header) || header.fields.map((f) => f.trim().toLowerCase()).join(',') !== HEADER.join(',')) {
    report(1, 'malformed-row', `expected the header ${HEADER.join(',')}`);
  } else ledger.mark(1, 'header');

  /** One end from its name and country cells, or a reason it cannot be read. */
  const readEnd = (name: string, country: string, column: string, line: number): MentionEnd | string => {
    const trimmed = name.trim();
    if (trimmed === '') return `empty name in ${column}`;
    if (country.trim() === '') {
      // The country is missing: the name may carry it ("Varna, Bulgaria") or be a territory itself ("Falkland Islands").
      const comma = trimmed.lastIndexOf(', ');
      const fromSuffix = comma > 0 ? options.countryOf(trimmed.slice(comma + 2)) : undefined;
      const whole = options.countryOf(trimmed);
      const found = fromSuffix ? { ...fromSuffix, name: trimmed.slice(0, comma) } : whole ? { ...whole, name: trimmed } : undefined;
      if (!found) return `no country for "${trimmed}" in ${column}, and the name does not say one`;
      report(line, 'country-from-name', `"${trimmed}" has no country in the next column; read ${found.code} from the name`);
      return { name: found.name, country: found.code, kind: 'city', ...(found.region ? { region: found.region } : {}) };
    }
    const found = options.countryOf(country.trim());
    if (!found) return `unknown country "${country.trim()}" for "${trimmed}"; add it to resolution/world-countries.csv`;
    return { name: trimmed, country: found.code, kind: 'city', ...(found.region ? { region: found.region } : {}) };
  };

  for (let index = 1; index < last; index++) {
    const line = index + 1;
    const raw = lines[index]!;
    if (raw.trim() === '') {
      report(line, 'malformed-row', 'an empty row inside the list');
      continue;
    }
    const split = splitCsvLine(raw);
    if ('error' in split) {
      report(line, 'malformed-row', `cannot read the row: ${split.error}`);
      continue;
    }
    if (split.fields.length !== HEADER.length) {
      report(line, 'malformed-row', `expected ${HEADER.length} fields (${HEADER.join(',')}), found ${split.fields.length}`);
      continue;
    }
    const [city1, country1, city2, country2] = split.fields as [string, string, string, string];
    const a = readEnd(city1, country1, 'city1', line);
    const b = readEnd(city2, country2, 'city2', line);
    const problems = [a, b].filter((e): e is string => typeof e === 'string');
    if (problems.length > 0) {
      report(line, problems.some((p) => p.startsWith('unknown country') || p.startsWith('no country')) ? 'unknown-country' : 'empty-name', problems.join('; '));
      continue;
    }
    mentions.push({ file, line, endLine: line, relation: 'twin', a: a as MentionEnd, b: b as MentionEnd, status: 'active', tags: [], text: raw });
    ledger.mark(line, 'mention');
  }
  return recorder.result(2, last);
}
