import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/dataset/build-dataset.ts';
import { DATASET_FILES, formatDatasetCsv } from '../../src/dataset/format-dataset-csv.ts';
import { summariseDataset } from '../../src/dataset/summarise-dataset.ts';
import { parseCsvTable } from '../../src/formats/csv.ts';
import { geocodeDataset } from '../../src/cli/geocode-dataset.ts';
import { dataDir, seedDataset, rawTexts, readData, resolutionTables } from '../helpers/repository.ts';

const dataset = seedDataset();
const place = (id: string) => dataset.places.find((p) => p.id === id)!;
const link = (sourceId: string, targetId: string) => dataset.links.find((l) => l.sourceId === sourceId && l.targetId === targetId)!;

describe('the Norway dataset', () => {
  it('keeps every source statement as a mention (439 twin pairs + 8 Chinese pairs + 17 memberships)', () => {
    expect(dataset.mentions).toHaveLength(439 + 8 + 17);
  });

  it('merges spelling variants into one link whose sources list both lines', () => {
    // line 73 "🇩🇰 Aarhus" and line 75 "🇩🇰 Arhus", each for the "🇳🇴 Bergen," at the end of the line before
    expect(link('NO:4601', 'DK:aarhus').sources).toEqual(['norway-twin-towns.txt:72', 'norway-twin-towns.txt:74']);
    expect(dataset.places.some((p) => p.id === 'DK:arhus')).toBe(false);
    expect(place('DK:aarhus').aliases).toEqual(['Arhus']);
    expect(dataset.diagnostics).toContainEqual(expect.objectContaining({ line: 74, kind: 'spelling-variant-merged' }));
  });

  it('merges a repeated pair and reports the duplicate', () => {
    expect(link('NO:3405', 'US:hayward').sources).toEqual(['norway-twin-towns.txt:504', 'norway-twin-towns.txt:505']);
    expect(dataset.diagnostics).toContainEqual(expect.objectContaining({ line: 505, kind: 'duplicate', message: 'Lillehammer – Hayward repeats line 504; merged' }));
  });

  it('merges a Chinese friendship that is also on the twin-town page, gaining its signing date and tags', () => {
    const oslo = link('NO:0301', 'CN:shanghai');
    expect(oslo.relations).toEqual(['friendship', 'twin']);
    expect(oslo.signed).toBe('2001-11-08');
    expect(oslo.tags).toEqual(['culture', 'education', 'environment']);
    // line 40 ends "🇳🇴 Oslo,", line 41 starts "🇨🇳 Shanghai"; the China page's "Oslo and Shanghai" is line 17
    expect(oslo.sources).toEqual(['norway-twin-towns.txt:40', 'norway-china-friendship.txt:17']);
    // "Sør-Trøndelag" on both pages becomes the 2024 county Trøndelag
    expect(link('NO:county:50', 'CN:chongqing')).toMatchObject({ level: 'county–province', signed: '2005' });
  });

  it('resolves pre-reform names so two spellings of one municipality become one link', () => {
    // "🇳🇴 Radøy," ends line 318 and "🇳🇴 Alver," ends line 320, each followed by "🇱🇻 Limbaži";
    // Radøy merged into Alver in 2020
    expect(link('NO:4631', 'LV:limbazi').sources).toEqual(['norway-twin-towns.txt:318', 'norway-twin-towns.txt:320']);
  });

  it('keeps ended partnerships with their year', () => {
    expect(link('NO:5501', 'RU:murmansk')).toMatchObject({ status: 'ended', until: 2022 });
    expect(link('NO:5607', 'RU:murmansk').status).toBe('active'); // Vadsø
    expect(dataset.links.filter((l) => l.status === 'ended')).toHaveLength(3);
  });

  it('gives places stable ids: municipality number for Norway, country plus name abroad', () => {
    expect(place('NO:0301')).toMatchObject({ name: 'Oslo', kind: 'municipality', municipalityNumber: '0301', county: 'Oslo' });
    expect(place('GB-SCT:dunfermline')).toMatchObject({ name: 'Dunfermline', country: 'GB-SCT', aliases: ['Dumfermline'] });
    expect(place('CN:guangdong').kind).toBe('province');
    expect(place('NO:3334').population).toBe(2700); // Flesberg, "Approximately 2,700 people"
  });

  it('links each Oslo Region member to the office in Brussels', () => {
    const members = dataset.links.filter((l) => l.relations.includes('membership'));
    expect(members).toHaveLength(17);
    expect(new Set(members.map((l) => l.targetId))).toEqual(new Set(['BE:oslo-region-european-office']));
  });

  it('reports every Norwegian name that is not a clean 2024 name', () => {
    const kinds = (name: string) => dataset.diagnostics.filter((d) => d.message.startsWith(`"${name}"`)).map((d) => d.kind);
    expect(kinds('Sande')).toEqual(['ambiguous-name-decided', 'ambiguous-name-decided', 'ambiguous-name-decided']);
    expect(kinds('Bjugn')).toEqual(['resolved-former-municipality', 'resolved-former-municipality']);
    expect(kinds('Viken')).toEqual(['ambiguous-name']);
  });

  it('has the top municipality by number of foreign partners that the raw page shows: Øvre Eiker, 20', () => {
    const summary = summariseDataset(dataset);
    expect(summary.topResolved[0]).toMatchObject({ name: 'Øvre Eiker', partners: 20 });
    expect(summary.topAsWritten[0]).toMatchObject({ name: 'Øvre Eiker', partners: 20 });
    // Trondheim: 16 partners as written, 15 resolved (Dumfermline and Dunfermline are one town)
    expect(summary.topAsWritten.find((p) => p.name === 'Trondheim')!.partners).toBe(16);
    expect(summary.topResolved.find((p) => p.name === 'Trondheim')!.partners).toBe(15);
  });
});

describe('the dataset files', () => {
  it('are byte-identical on every build', () => {
    const again = formatDatasetCsv(buildDataset(rawTexts(), resolutionTables()));
    expect(again).toEqual(formatDatasetCsv(buildDataset(rawTexts(), resolutionTables())));
  });

  it('are committed up to date: data/*.csv equal a fresh, geocoded build (run `npm run data` after changing a table)', () => {
    const fresh = formatDatasetCsv(geocodeDataset(buildDataset(rawTexts(), resolutionTables()), dataDir));
    for (const file of DATASET_FILES) expect(readData(file), file).toBe(fresh[file]);
  });

  it('place every place on the map, or say why not', () => {
    const unplaced = dataset.places.filter((p) => p.lat === undefined);
    const diagnosed = new Set(dataset.diagnostics.filter((d) => d.kind === 'not-geocoded').map((d) => d.message));
    expect(unplaced.filter((p) => ![...diagnosed].some((m) => m.includes(`(${p.id})`)))).toEqual([]);
    // Hand-checked positions: Oslo near 59.91 N 10.75 E, Ushuaia near 54.8 S 68.3 W
    expect(dataset.places.find((p) => p.id === 'NO:0301')).toMatchObject({ lat: expect.closeTo(59.91, 1), lon: expect.closeTo(10.75, 1) });
    expect(dataset.places.find((p) => p.id === 'AR:ushuaia')).toMatchObject({ lat: expect.closeTo(-54.8, 1), lon: expect.closeTo(-68.3, 1) });
  });

  it('have the documented columns', () => {
    const header = (file: string) => parseCsvTable(readData(file)).header;
    expect(header('links.csv')).toEqual(['source_id', 'source_name', 'source_country', 'target_id', 'target_name', 'target_country', 'relations', 'status', 'since', 'until', 'signed', 'level', 'tags', 'sources', 'documents', 'scope']);
    expect(header('diagnostics.csv')).toEqual(['source_file', 'line', 'kind', 'message']);
    const readme = readData('README.md');
    for (const file of DATASET_FILES) for (const column of header(file)) expect(readme, `${file} ${column}`).toContain(`\`${column}\``);
  });
});
