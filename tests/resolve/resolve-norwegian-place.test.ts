import { describe, expect, it } from 'vitest';
import { readResolutionTables } from '../../src/resolve/resolution-tables.ts';
import { createNorwegianResolver } from '../../src/resolve/resolve-norwegian-place.ts';
import { resolutionTables, tableTexts } from '../helpers/repository.ts';

const resolver = createNorwegianResolver(resolutionTables());
const resolve = (name: string, hint?: Parameters<typeof resolver.resolve>[1]) => resolver.resolve(name, hint);

describe('resolving Norwegian names to 2024 municipalities and counties', () => {
  it('finds 2024 municipalities by name, ignoring case and accents', () => {
    expect(resolve('Tromsø')).toMatchObject({ id: 'NO:5501', method: 'exact-municipality', countyName: 'Troms' });
    expect(resolve('Øvre Eiker')).toMatchObject({ id: 'NO:3314', municipalityNumber: '3314', countyName: 'Buskerud' });
    expect(resolve('TROMSO').id).toBe('NO:5501');
  });

  it('maps pre-reform municipalities through the 2016→2024 correspondence', () => {
    // gazetteer: 1627 Bjugn → 5057 (Ørland), 0213 Ski → 3207 (Nordre Follo), 1002 Mandal → 4205 (Lindesnes)
    expect(resolve('Bjugn')).toMatchObject({ id: 'NO:5057', name: 'Ørland', method: 'former-municipality' });
    expect(resolve('Ski')).toMatchObject({ id: 'NO:3207', name: 'Nordre Follo' });
    expect(resolve('Mandal')).toMatchObject({ id: 'NO:4205', name: 'Lindesnes' });
    expect(resolve('Radøy').name).toBe('Alver');
  });

  it('maps villages, towns and city districts through the alias table', () => {
    expect(resolve('Holmenkollen')).toMatchObject({ id: 'NO:0301', name: 'Oslo', method: 'alias' });
    expect(resolve('Årstad')).toMatchObject({ id: 'NO:4601', name: 'Bergen' });
    expect(resolve('Mo i Rana')).toMatchObject({ id: 'NO:1833', name: 'Rana' });
    expect(resolve('Drøbak').name).toBe('Frogn');
  });

  it('decides Sande, Os and Tysfjord from the alias table, and says it decided', () => {
    // Sande: 1514 Sande (Møre og Romsdal, 2024) or 0713 Sande (Vestfold) → 3903 Holmestrand
    expect(resolve('Sande')).toMatchObject({ id: 'NO:3903', decided: true, confidence: 'low' });
    expect(resolve('Sande').candidates).toEqual(expect.arrayContaining(['1514 Sande', '3903 Holmestrand']));
    expect(resolve('Os')).toMatchObject({ id: 'NO:4624', name: 'Bjørnafjorden', decided: true });
    // Tysfjord's 2016 row says "Rest" (split between Narvik and Hamarøy)
    expect(resolve('Tysfjord')).toMatchObject({ id: 'NO:1806', decided: true, confidence: 'medium' });
  });

  it('reports a name that could mean two places, when no table row decides it', () => {
    // Herøy is both 1515 (Møre og Romsdal) and 1818 (Nordland); no alias row exists for it.
    expect(resolve('Herøy')).toMatchObject({ method: 'ambiguous', id: 'NO:ambiguous:heroy' });
    expect(resolve('Herøy').candidates).toEqual(['1515 Herøy (Møre og Romsdal)', '1818 Herøy (Nordland)']);
  });

  it('resolves counties, former counties, and reports split counties as ambiguous', () => {
    expect(resolve('Rogaland', 'county')).toMatchObject({ id: 'NO:county:11', method: 'exact-county' });
    expect(resolve('Østfold')).toMatchObject({ id: 'NO:county:31', kind: 'county' });
    expect(resolve('Sør-Trøndelag')).toMatchObject({ id: 'NO:county:50', name: 'Trøndelag', method: 'former-county' });
    expect(resolve('Hordaland').name).toBe('Vestland');
    expect(resolve('Viken', 'county')).toMatchObject({ method: 'ambiguous', kind: 'former-county', candidates: ['31 Østfold', '32 Akershus', '33 Buskerud'] });
  });

  it('prefers the municipality for Oslo, which is also a county', () => {
    expect(resolve('Oslo').id).toBe('NO:0301');
    expect(resolve('Oslo', 'county').id).toBe('NO:county:03');
  });

  it('reports names it cannot place as unresolved', () => {
    expect(resolve('Atlantis')).toMatchObject({ method: 'unresolved', id: 'NO:unresolved:atlantis' });
  });
});

describe('readResolutionTables', () => {
  it('rejects an alias whose number is not a 2024 municipality, naming the file and line', () => {
    const texts = tableTexts();
    texts.aliases += 'NO,Nowhere,Oslo,9999,town,high,"a bad row",\n';
    const lines = texts.aliases.trimEnd().split('\n').length;
    expect(() => readResolutionTables(texts)).toThrow(`resolution/aliases.csv:${lines}: expected a 2024 municipality or county number, found "9999"`);
  });
  it('rejects an alias whose name does not match its number', () => {
    const texts = tableTexts();
    texts.aliases += 'NO,Nowhere,Bergen,0301,town,high,"wrong",\n';
    expect(() => readResolutionTables(texts)).toThrow(/number 0301 is Oslo, but the canonical name says "Bergen"/);
  });
});
