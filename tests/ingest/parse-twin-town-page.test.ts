import { describe, expect, it } from 'vitest';
import { parseTwinTownPage, readEntryText } from '../../src/ingest/parse-twin-town-page.ts';
import { rawText } from '../helpers/repository.ts';

const page = parseTwinTownPage(rawText('norway-twin-towns.txt'));
const find = (norwegian: string, partner: string) => page.mentions.filter((m) => m.a.name === norwegian && m.b.name === partner);

describe('parseTwinTownPage on the real page', () => {
  it('skips the marketing text: the list starts at the first section header (line 14)', () => {
    // Lines 1–13 are the SME-market article; line 14 is "Norway has links with Argentina".
    expect(page.listStart).toBe(14);
    expect(page.lines.slice(0, 13).every((l) => l.role === 'prose' || l.role === 'blank')).toBe(true);
    expect(page.mentions.some((m) => /SME|Zoom/.test(m.text))).toBe(false);
  });

  it('reads the first pair across two lines: Hammerfest (line 15) – Ushuaia, Argentina (line 16)', () => {
    const [m] = find('Hammerfest', 'Ushuaia');
    expect(m).toMatchObject({ line: 15, endLine: 16, b: { country: 'AR' }, status: 'active', relation: 'twin' });
    expect(m!.text).toBe('🇳🇴 Hammerfest,\n🇦🇷 Ushuaia');
  });

  it('turns regional-indicator flags into ISO codes', () => {
    expect(find('Trondheim', 'Graz')[0]!.b.country).toBe('AT');
    expect(find('Holmestrand', 'Mariehamn')[0]!.b.country).toBe('AX');
    expect(find('Bergen', 'Asmara')[0]!.b.country).toBe('ER');
  });

  it('reads the bare black flag as England or Scotland from the section', () => {
    // line 134–135: "🇳🇴 Bryne," / "🏴 Alnwick" in "Norway has links with England"
    expect(find('Bryne', 'Alnwick')[0]).toMatchObject({ line: 134, b: { country: 'GB-ENG' } });
    // line 391–392: "🇳🇴 Stavanger," / "🏴 Aberdeen" in "Norway has links with Scotland"
    expect(find('Stavanger', 'Aberdeen')[0]).toMatchObject({ line: 391, b: { country: 'GB-SCT' } });
  });

  it('reads ", until YYYY" as ended and ", since YYYY" as active with the year', () => {
    // line 171: "🇫🇮 Karkkila , until 2016" (its Norwegian side, Vadsø, is on line 170)
    expect(find('Vadsø', 'Karkkila')[0]).toMatchObject({ line: 170, status: 'ended', until: 2016 });
    // line 354: "🇵🇸 Gaza City , since 2001"
    expect(find('Tromsø', 'Gaza City')[0]).toMatchObject({ status: 'active', since: 2001 });
    // lines 380–382: "🇷🇺 Kola 🇳🇴 Vadsø," / "🇷🇺 Murmansk 🇳🇴 Tromsø," / "🇷🇺 Murmansk , until 2022"
    expect(find('Vadsø', 'Murmansk')[0]).toMatchObject({ line: 380, status: 'active' });
    expect(find('Tromsø', 'Murmansk')[0]).toMatchObject({ line: 381, status: 'ended', until: 2022 });
    expect(page.mentions.filter((m) => m.status === 'ended').map((m) => `${m.a.name}–${m.b.name}`).sort()).toEqual(
      ['Tromsø–Arkhangelsk', 'Tromsø–Murmansk', 'Vadsø–Karkkila'],
    );
  });

  it('reports Norwegian entries with no partner, naming the line', () => {
    const noPartner = page.diagnostics.filter((d) => d.kind === 'no-partner').map((d) => `${d.line}:${/"(.+?)"/.exec(d.message)![1]}`);
    // Checked by hand: a "🇳🇴 X," line directly followed by another "🇳🇴" entry or a section header.
    expect(noPartner).toEqual(['141:Kristiansand', '265:Bærum', '396:Hordaland', '397:Hordaland', '414:Oslo', '415:Bergen', '493:Gran']);
  });

  it('keeps repeated statements as separate mentions (merging happens later, and is reported)', () => {
    // lines 504–506: "🇺🇸 Grand Forks 🇳🇴 Lillehammer," / "🇺🇸 Hayward 🇳🇴 Lillehammer," / "🇺🇸 Hayward 🇳🇴 Stavanger,"
    expect(find('Lillehammer', 'Hayward').map((m) => m.line)).toEqual([504, 505]);
  });

  it('finds 439 pairs: every "🇳🇴" entry but the seven without a partner', () => {
    const norwegianEntries = (rawText('norway-twin-towns.txt').match(/🇳🇴/g) ?? []).length;
    expect(page.mentions.length).toBe(norwegianEntries - 7);
    expect(page.mentions.length).toBe(439);
  });

  it('reads Øvre Eiker with 20 partners, one for each "🇳🇴 Øvre Eiker," line', () => {
    const lines = rawText('norway-twin-towns.txt').split('\n').filter((l) => l.includes('🇳🇴 Øvre Eiker,'));
    expect(lines).toHaveLength(20);
    expect(new Set(page.mentions.filter((m) => m.a.name === 'Øvre Eiker').map((m) => m.b.name)).size).toBe(20);
  });
});

describe('readEntryText', () => {
  it('strips the trailing comma and reads annotations', () => {
    expect(readEntryText('Mo i Rana,')).toEqual({ name: 'Mo i Rana', status: 'active' });
    expect(readEntryText('Karkkila , until 2016')).toEqual({ name: 'Karkkila', status: 'ended', until: 2016 });
    expect(readEntryText('Gaza City , since 2001')).toEqual({ name: 'Gaza City', status: 'active', since: 2001 });
  });
  it('keeps unrecognised text after a comma as rest, never dropping it', () => {
    expect(readEntryText('Springfield, Illinois')).toEqual({ name: 'Springfield', status: 'active', rest: 'Illinois' });
  });
});

describe('parseTwinTownPage on broken input', () => {
  it('reports a partner with no Norwegian side, an unknown flag and a flag from the wrong section', () => {
    const text = ['Norway has links with Sweden', '🇸🇪 Orphan 🇳🇴 Bergen,', '🇶🇶 Nowhere 🇳🇴 Oslo,', '🇩🇰 Aarhus'].join('\n');
    const result = parseTwinTownPage(text);
    expect(result.diagnostics.map((d) => [d.line, d.kind])).toEqual([
      [2, 'no-norwegian-side'],
      [3, 'unknown-flag'],
      [4, 'flag-mismatch'],
    ]);
    // The unknown flag takes the section's country; the mismatched flag keeps its own.
    expect(result.mentions.map((m) => [m.a.name, m.b.name, m.b.country])).toEqual([
      ['Bergen', 'Nowhere', 'SE'],
      ['Oslo', 'Aarhus', 'DK'],
    ]);
  });
  it('reads tagged subdivision flags when the tags survive', () => {
    const scotland = '\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}';
    const result = parseTwinTownPage(`Norway has links with Scotland\n🇳🇴 Bergen,\n${scotland} Lerwick`);
    expect(result.mentions[0]!.b.country).toBe('GB-SCT');
  });
  it('returns nothing, and no list, for text without a list', () => {
    const result = parseTwinTownPage('Just an article.\nNothing here.');
    expect(result).toMatchObject({ listStart: 0, mentions: [], diagnostics: [] });
  });
});
