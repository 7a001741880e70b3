/**
 * The four documents together: the world list adds the partner side of the
 * Norway network and confirms (or adds) Norwegian partnerships. Expected
 * values checked by hand with grep on data/raw/wikipedia-twin-towns.csv.
 */
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/dataset/build-dataset.ts';
import { rawTexts, resolutionTables } from '../helpers/repository.ts';

const norway = buildDataset(rawTexts(), resolutionTables());
const world = buildDataset(rawTexts(), resolutionTables(), { dataset: 'world' });
const link = (d: typeof norway, a: string, b: string) => d.links.find((l) => (l.sourceId === a && l.targetId === b) || (l.sourceId === b && l.targetId === a));

describe('the Norway dataset from all four documents', () => {
  it('lists the documents that state each Norwegian link', () => {
    // seed page line 72 "🇳🇴 Bergen," + 73 "🇩🇰 Aarhus"; world list 5952: Aarhus,Denmark,Bergen,Norway
    expect(link(norway, 'NO:4601', 'DK:aarhus')).toMatchObject({ documents: ['norway-twin-towns.txt', 'wikipedia-twin-towns.csv'], scope: 'norwegian' });
    expect(link(norway, 'NO:4601', 'DK:aarhus')!.sources).toContain('wikipedia-twin-towns.csv:5952');
    // Asmara is only on the seed page (grep Asmara: no Norwegian row in the world list)
    expect(link(norway, 'NO:4601', 'ER:asmara')!.documents).toEqual(['norway-twin-towns.txt']);
  });

  it('merges a district written with its municipality: "Årstad (Bergen)" is Bergen', () => {
    // 16343: Liepāja,Latvia,Årstad (Bergen),Norway
    expect(link(norway, 'NO:4601', 'LV:liepaja')!.sources).toContain('wikipedia-twin-towns.csv:16343');
    expect(norway.diagnostics).toContainEqual(expect.objectContaining({ file: 'wikipedia-twin-towns.csv', line: 16343, kind: 'district-merged' }));
  });

  it('resolves the list’s Norwegian names with the seed page’s rules, old municipalities included', () => {
    // 23080: Sandviken,Sweden,Rjukan,"Tinn, Norway" — Rjukan is Tinn (4026) through the alias table, as on the seed page (line 219)
    expect(link(norway, 'NO:4026', 'SE:sandviken')!.sources).toContain('wikipedia-twin-towns.csv:23080');
    const former = norway.mentions.filter((m) => m.file === 'wikipedia-twin-towns.csv' && (m.aResolution === 'former-municipality' || m.bResolution === 'former-municipality'));
    expect(former.length).toBeGreaterThan(0);
  });

  it('moves a place written under another country to its own, as the alias table says: Mariehamn is in Åland', () => {
    // seed page: line 22 ends "🇳🇴 Kragerø,", line 23 starts "🇦🇽 Mariehamn"; world list 8129: Mariehamn,Finland,Kragerø,Norway
    expect(link(norway, 'NO:4014', 'AX:mariehamn')).toMatchObject({ documents: ['norway-twin-towns.txt', 'wikipedia-twin-towns.csv'] });
    expect(norway.places.some((p) => p.id === 'FI:mariehamn')).toBe(false);
    expect(norway.diagnostics).toContainEqual(expect.objectContaining({ line: 8127, kind: 'spelling-variant-merged' }));
  });

  it('holds the links between partners of Norwegian places as context links', () => {
    // 5953: Aarhus,Denmark,Gothenburg,Sweden — both are partners of Bergen
    expect(link(norway, 'DK:aarhus', 'SE:gothenburg')).toMatchObject({ scope: 'context', documents: ['wikipedia-twin-towns.csv'], sources: ['wikipedia-twin-towns.csv:5953'] });
    // 2271: Oudenaarde,Belgium,Bergen op Zoom,Netherlands — neither is a partner of a Norwegian place
    expect(norway.places.some((p) => p.id === 'BE:oudenaarde')).toBe(false);
    expect(norway.links.every((l) => l.scope !== 'world')).toBe(true);
  });
});

describe('the world dataset', () => {
  it('holds the whole list with the Norwegian documents', () => {
    expect(world.links.length).toBeGreaterThan(norway.links.length);
    expect(link(world, 'BE:oudenaarde', 'NL:bergen-op-zoom')).toMatchObject({ scope: 'world', sources: ['wikipedia-twin-towns.csv:2271'] });
    expect(world.mentions.filter((m) => m.file === 'wikipedia-twin-towns.csv')).toHaveLength(26114);
  });

  it('keeps two towns of one name apart (the three same-name rows), never a loop', () => {
    // 12171: Nienburg,Germany,Nienburg,Germany; 24306 Stryi; 24635 Dobřany
    expect(world.links.filter((l) => l.sourceId === l.targetId)).toEqual([]);
    expect(link(world, 'DE:nienburg', 'DE:nienburg~namesake')).toBeDefined();
    expect(world.diagnostics.filter((d) => d.kind === 'namesakes-kept-apart').map((d) => d.line)).toEqual([12171, 24306, 24635]);
     // The as-written view keeps them apart too (it used to make the Dobřany row a self-loop and crash rank --as-written).
    const rows = world.mentions.filter((m) => m.file === 'wikipedia-twin-towns.csv' && [12171, 24306, 24635].includes(m.line));
    expect(rows.map((m) => [m.asWrittenAId, m.asWrittenBId])).toEqual([
      ['DE:nienburg', 'DE:nienburg~namesake'],
      ['UA:stryi', 'UA:stryi~namesake'],
      ['CZ:dobrany', 'CZ:dobrany~namesake'],
    ]);
  });

  it('merges "Tokyo – Setagaya"-style and "Setagaya (Tokyo)"-style districts into their city, once reported per form', () => {
    // 375: …,Setagaya (Tokyo),Japan
    expect(world.diagnostics).toContainEqual(expect.objectContaining({ line: 375, kind: 'district-merged', message: '"Setagaya (Tokyo)" is Setagaya, part of Tokyo; merged into Tokyo (JP:tokyo)' }));
    expect(world.places.some((p) => p.id === 'JP:setagaya-tokyo')).toBe(false);
    // 336: …,Yerevan – Davtashen,Armenia
    expect(world.diagnostics).toContainEqual(expect.objectContaining({ line: 336, kind: 'district-merged' }));
  });
});

describe('status comes from the most specific document', () => {
  it('a world-list row never turns the seed page’s "ended" into active', () => {
    // The seed page says Tromsø–Murmansk ended (", until 2022"); a world row stating the pair without a date does not revive it.
    const texts = { ...rawTexts(), 'wikipedia-twin-towns.csv': 'city1,country1,city2,country2\nTromsø,Norway,Murmansk,Russia\n' };
    const d = buildDataset(texts, resolutionTables());
    expect(link(d, 'NO:5501', 'RU:murmansk')).toMatchObject({ status: 'ended', until: 2022, documents: ['norway-twin-towns.txt', 'wikipedia-twin-towns.csv'] });
  });
});
