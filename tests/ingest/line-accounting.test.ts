/**
 * Nothing is lost silently: every line of the list part of each document is
 * a mention, a header, blank, or a diagnostic — on the real documents and on
 * random and mutated ones (fast-check), where the parsers must never throw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParseResult } from '../../src/dataset/types.ts';
import { parseChinaFriendshipPage } from '../../src/ingest/parse-china-friendship-page.ts';
import { parseOsloRegionPage } from '../../src/ingest/parse-oslo-region-page.ts';
import { parseTwinTownPage } from '../../src/ingest/parse-twin-town-page.ts';
import { parseWorldTwinTowns } from '../../src/ingest/parse-world-twin-towns.ts';
import { rawText, resolutionTables } from '../helpers/repository.ts';

const NORWEGIAN = new Set(['Rogaland', 'Telemark', 'Sør-Trøndelag', 'Stavanger', 'Oslo', 'Sandefjord', 'Fredrikstad', 'Bergen']);
const WORLD_COUNTRIES = new Map(resolutionTables().worldCountries.map((c) => [c.asWritten, c]));
const PARSERS: Record<string, (text: string) => ParseResult> = {
  'norway-twin-towns.txt': (t) => parseTwinTownPage(t),
  'norway-china-friendship.txt': (t) => parseChinaFriendshipPage(t, { isNorwegian: (n) => NORWEGIAN.has(n) }),
  'oslo-region-members.txt': (t) => parseOsloRegionPage(t),
  'wikipedia-twin-towns.csv': (t) => parseWorldTwinTowns(t, { countryOf: (s) => WORLD_COUNTRIES.get(s) }),
};

/** The accounting invariant, returned as a list of violations (empty when it holds). */
function violations(text: string, result: ParseResult): string[] {
  const problems: string[] = [];
  const lineCount = text.split(/\r\n|\r|\n/).length;
  if (result.lines.length !== lineCount) problems.push(`${result.lines.length} accounts for ${lineCount} lines`);
  // Lines covered by a mention or a diagnostic, computed once (the world list has 26,115 lines).
  const inMention = new Set<number>();
  for (const m of result.mentions) for (let l = m.line; l <= m.endLine; l++) inMention.add(l);
  const diagnosed = new Set(result.diagnostics.map((d) => d.line));
  for (const { line, role } of result.lines) {
    const inList = result.listStart > 0 && line >= result.listStart && line <= result.listEnd;
    if (inList && role === 'prose') problems.push(`line ${line} in the list is unaccounted for`);
    if (role === 'diagnostic' && !diagnosed.has(line)) problems.push(`line ${line} marked diagnostic without one`);
    if (role === 'mention' && !inMention.has(line)) {
      problems.push(`line ${line} marked mention outside every mention`);
    }
  }
  for (const d of result.diagnostics) if (d.line < 1 || d.line > lineCount) problems.push(`diagnostic on line ${d.line} of ${lineCount}`);
  for (const m of result.mentions) if (m.line < 1 || m.endLine > lineCount || m.endLine < m.line) problems.push(`mention ${m.line}-${m.endLine}`);
  return problems;
}

describe('every line of the list part is accounted for', () => {
  for (const [name, parse] of Object.entries(PARSERS)) {
    it(`in the real ${name} document`, () => {
      const text = rawText(name);
      const result = parse(text);
      expect(result.listStart).toBeGreaterThan(0);
      expect(violations(text, result)).toEqual([]);
      const roles = new Set(result.lines.filter((l) => l.line >= result.listStart && l.line <= result.listEnd).map((l) => l.role));
      expect([...roles].every((r) => ['mention', 'header', 'blank', 'diagnostic'].includes(r))).toBe(true);
    });
  }
});

/** Random edits of a real document: delete, duplicate, swap or garble lines, insert flags and noise. */
const mutatedDocument = (text: string) => {
  const lines = text.split('\n');
  const edit = fc.oneof(
    fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
    fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
    fc.record({ op: fc.constant('swap' as const), at: fc.nat(), to: fc.nat() }),
    fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.string(), fc.constantFrom('🇳🇴 ', '🏴 X', '🇿🇿 Y', 'Norway has links with Atlantis', ', until 20', '\r', 'A and B', 'Municipality of X', 'Foto: x')) }),
    fc.record({ op: fc.constant('truncate' as const), at: fc.nat(), cut: fc.nat() }),
  );
  return fc.array(edit, { maxLength: 12 }).map((edits) => {
    const copy = [...lines];
    for (const e of edits) {
      const i = copy.length ? e.at % copy.length : 0;
      if (e.op === 'delete') copy.splice(i, 1);
      else if (e.op === 'duplicate') copy.splice(i, 0, copy[i] ?? '');
      else if (e.op === 'swap') {
        const j = copy.length ? e.to % copy.length : 0;
        [copy[i], copy[j]] = [copy[j] ?? '', copy[i] ?? ''];
      } else if (e.op === 'insert') copy.splice(i, 0, e.text);
      else copy[i] = [...(copy[i] ?? '')].slice(0, e.cut % 40).join('');
    }
    return copy.join('\n');
  });
};

describe('the parsers accept any text (property-based)', () => {
  for (const [name, parse] of Object.entries(PARSERS)) {
    it(`${name}: random text never throws and every line is accounted for`, () => {
      fc.assert(
        fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
          expect(violations(text, parse(text))).toEqual([]);
        }),
        { numRuns: 300, seed: 20261122 },
      );
    });
    it(`${name}: mutated real documents never throw and every line is accounted for`, () => {
      // The world list's rows are all alike: its first 400 lines (quoted commas, districts, a header) stand for the whole in 150 runs.
      const text = name === 'wikipedia-twin-towns.csv' ? rawText(name).split('\n').slice(0, 400).join('\n') : rawText(name);
      fc.assert(
        fc.property(mutatedDocument(text), (mutated) => {
          expect(violations(mutated, parse(mutated))).toEqual([]);
        }),
        { numRuns: 150, seed: 20261122 },
      );
    });
  }
});
