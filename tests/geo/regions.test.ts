import { describe, expect, it } from 'vitest';
import { REGION_NAMES, regionOfCountry } from '../../src/geo/regions.ts';

describe('regionOfCountry', () => {
  it('groups the countries of our data as the module documents', () => {
    expect(regionOfCountry('SE')).toBe('Nordic');
    expect(regionOfCountry('AX')).toBe('Nordic');
    expect(regionOfCountry('GL')).toBe('Nordic');
    expect(regionOfCountry('LV')).toBe('Baltic');
    expect(regionOfCountry('GB-SCT')).toBe('British Isles');
    expect(regionOfCountry('IE')).toBe('British Isles');
    expect(regionOfCountry('DE')).toBe('Western Europe');
    expect(regionOfCountry('RS')).toBe('Central/Eastern Europe');
    expect(regionOfCountry('IT')).toBe('Southern Europe');
    expect(regionOfCountry('RU')).toBe('Russia');
    expect(regionOfCountry('PS')).toBe('Middle East');
    expect(regionOfCountry('TR')).toBe('Middle East');
    expect(regionOfCountry('VN')).toBe('Asia');
    expect(regionOfCountry('UG')).toBe('Africa');
    expect(regionOfCountry('GT')).toBe('Americas');
  });

  it('is case-insensitive and puts an unlisted code in Other', () => {
    expect(regionOfCountry('fi')).toBe('Nordic');
    expect(regionOfCountry('ZZ')).toBe('Other');
    expect(REGION_NAMES.at(-1)).toBe('Other');
  });
});
