import { describe, expect, it } from 'vitest';
import { parseOsloRegionPage, readPopulation } from '../../src/ingest/parse-oslo-region-page.ts';
import { rawText } from '../helpers/repository.ts';

const page = parseOsloRegionPage(rawText('oslo-region-members.txt'));
const member = (name: string) => page.mentions.find((m) => m.a.name === name)!;

describe('parseOsloRegionPage on the real page', () => {
  it('finds the 17 members the page announces, each a membership of the office in Brussels', () => {
    expect(page.mentions).toHaveLength(17);
    expect(page.diagnostics.filter((d) => d.kind === 'count-mismatch')).toEqual([]);
    expect(new Set(page.mentions.map((m) => `${m.relation}:${m.b.name}:${m.b.country}`))).toEqual(
      new Set(['membership:Oslo Region European Office:BE']),
    );
  });

  it('reads each member kind from its header', () => {
    const kinds = Object.fromEntries(page.mentions.map((m) => [m.a.name, m.a.kind]));
    expect(kinds).toMatchObject({
      Asker: 'municipality',
      Oslo: 'municipality', // "City of Oslo"
      Innlandet: 'county',
      'Vestfold and Telemark': 'county',
      Viken: 'county',
      'OsloMet - Oslo Metropolitan University': 'university',
    });
    expect(page.mentions.filter((m) => m.a.kind === 'municipality')).toHaveLength(13);
  });

  it('reads the stated county and population', () => {
    // "Bærum is a municipality in Viken County, and it is Norway´s fifth largest municipality with its 122.000 inhabitants."
    expect(member('Bærum')).toMatchObject({ statedCounty: 'Viken', population: 122000, line: 7 });
    // "Drammen is located in Viken County, and with its 68.000 inhabitants"
    expect(member('Drammen')).toMatchObject({ statedCounty: 'Viken', population: 68000 });
    // "Approximately 2,700 people live in Flesberg"
    expect(member('Flesberg')).toMatchObject({ statedCounty: 'Viken', population: 2700 });
    // "Stangein Innlandet county" (sic)
    expect(member('Stange').statedCounty).toBe('Innlandet');
    // "Hamar is Innlandet County´s administrative centre"
    expect(member('Hamar').statedCounty).toBe('Innlandet');
    expect(member('Oslo').population).toBeUndefined();
  });

  it('reads focus areas as tags and the membership year', () => {
    // "Topics they work with in addition to sustainability, include digitalization, innovation, citizen participation, transport and climate."
    expect(member('Asker').tags).toEqual(expect.arrayContaining(['sustainability', 'digitalisation', 'innovation', 'citizen participation', 'transport', 'climate']));
    expect(member('Asker').since).toBe(2021); // "a new member from 1 January 2021"
  });

  it('reports the photo credit inside the list as text that is not data, naming line 55', () => {
    expect(page.diagnostics).toEqual([
      expect.objectContaining({ line: 55, kind: 'unparsed-text' }),
    ]);
  });

  it('keeps Elverum\'s extra paragraphs with Elverum (lines 15–21)', () => {
    expect(member('Elverum')).toMatchObject({ line: 15, endLine: 21 });
  });

  it('ends the list before the footer', () => {
    expect(page.listEnd).toBe(77);
    expect(page.lines.slice(78).every((l) => l.role === 'prose' || l.role === 'blank')).toBe(true);
  });
});

describe('readPopulation', () => {
  it.each([
    ['with its 122.000 inhabitants', 122000],
    ['Approximately 2,700 people live here', 2700],
    ['about 10 percent of the population', undefined],
  ])('%s → %s', (text, expected) => expect(readPopulation(text)).toBe(expected));
});
