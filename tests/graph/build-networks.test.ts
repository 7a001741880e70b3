import { describe, expect, it } from 'vitest';
import { buildCountryNetwork } from '../../src/graph/build-country-network.ts';
import { buildMunicipalityCountryNetwork } from '../../src/graph/build-municipality-country-network.ts';
import { buildMunicipalityNetwork } from '../../src/graph/build-municipality-network.ts';
import { buildNetworks } from '../../src/graph/build-networks.ts';
import { buildTwinNetwork } from '../../src/graph/build-twin-network.ts';
import { lettersOfFlag } from '../../src/ingest/flags.ts';
import { seedDataset, rawText } from '../helpers/repository.ts';

const dataset = seedDataset();
const networks = buildNetworks(dataset);

/**
 * An independent reading of the raw page for one Norwegian name: the flag that
 * starts the line after each "🇳🇴 <name>," (regional letters, or 🏴 as-is).
 */
function partnerFlagsOf(name: string): string[] {
  const lines = rawText('norway-twin-towns.txt').split('\n');
  const flags: string[] = [];
  lines.forEach((line, i) => {
    if (line.endsWith(`🇳🇴 ${name},`)) {
      const next = [...(lines[i + 1] ?? '')];
      flags.push(lettersOfFlag(next.slice(0, 2).join('')) ?? next[0]!);
    }
  });
  return flags;
}

describe('buildTwinNetwork', () => {
  it('has one edge per active partnership link by default (no memberships, no ended links)', () => {
    // 449 links − 17 Oslo Region memberships − 3 ended partnerships
    expect(networks.twin.size).toBe(449 - 17 - 3);
    expect(networks.twin.hasEdge('NO:5501', 'RU:murmansk')).toBe(false);
    expect(networks.twin.hasNode('BE:oslo-region-european-office')).toBe(false);
  });

  it('gives Øvre Eiker as many neighbours as the raw page has "🇳🇴 Øvre Eiker," lines', () => {
    expect(networks.twin.degree('NO:3314')).toBe(partnerFlagsOf('Øvre Eiker').length);
    expect(networks.twin.getNodeAttributes('NO:3314')).toMatchObject({ name: 'Øvre Eiker', country: 'NO', kind: 'municipality', municipalityNumber: '3314', county: 'Buskerud' });
  });

  it('carries status, years, tags and sources on edges', () => {
    const twin = buildTwinNetwork(dataset, { includeEnded: true });
    expect(twin.getEdgeAttributes(twin.edge('NO:5501', 'RU:murmansk'))).toMatchObject({ status: 'ended', until: 2022, sources: ['norway-twin-towns.txt:381'] });
    expect(twin.getEdgeAttributes(twin.edge('NO:0301', 'CN:shanghai'))).toMatchObject({ signed: '2001-11-08', relations: ['friendship', 'twin'] });
  });

  it('keeps names as written in the as-written view', () => {
    const asWritten = buildTwinNetwork(dataset, { view: 'as-written' });
    expect(asWritten.hasNode('NO:drobak')).toBe(true);
    expect(asWritten.getNodeAttribute('NO:drobak', 'kind')).toBe('locality');
    expect(asWritten.degree('NO:trondheim')).toBe(16); // Dumfermline and Dunfermline are two names here
    expect(asWritten.hasNode('GB-SCT:dumfermline')).toBe(true);
  });

  it('uses only the chosen source documents', () => {
    const twinPageOnly = buildTwinNetwork(dataset, { sources: ['norway-twin-towns.txt'] });
    const shanghai = twinPageOnly.getEdgeAttributes(twinPageOnly.edge('NO:0301', 'CN:shanghai'));
    expect(shanghai.signed).toBeUndefined(); // the date came from the China page
    expect(twinPageOnly.hasEdge('NO:county:40', 'CN:hubei')).toBe(false); // Telemark–Hubei is only on the China page
    expect(networks.twin.hasEdge('NO:county:40', 'CN:hubei')).toBe(true);
  });

  it('rejects an unknown option, naming it', () => {
    expect(() => buildTwinNetwork(dataset, { veiw: 'as-written' } as never)).toThrow('buildTwinNetwork: unknown option "veiw"');
  });
});

describe('the derived networks', () => {
  it('municipality–country: weights count links per country (Hammerfest, read off the raw page)', () => {
    const flags = partnerFlagsOf('Hammerfest');
    const expected = new Map<string, number>();
    for (const f of flags) expected.set(f, (expected.get(f) ?? 0) + 1);
    const mc = networks['municipality-country'];
    const actual = new Map(mc.edges('NO:5603').map((e) => [mc.getNodeAttribute(mc.opposite('NO:5603', e), 'country'), mc.getEdgeAttribute(e, 'weight')]));
    expect(actual).toEqual(expected); // AR 1, DK 1, FI 1, KR 1, RU 1, SE 2, US 1
    expect(mc.getNodeAttribute('country:SE', 'bipartite')).toBe('country');
  });

  it('country: two countries are linked by the municipalities partnering with both', () => {
    // Argentina's only link is Hammerfest–Ushuaia, so AR is linked to Hammerfest's other countries with weight 1.
    expect(networks.country.neighbors('country:AR').sort()).toEqual(['country:DK', 'country:FI', 'country:KR', 'country:RU', 'country:SE', 'country:US']);
    expect(networks.country.getEdgeAttributes('country:AR', 'country:KR')).toEqual({ weight: 1, municipalities: ['NO:5603'] });
  });

  it('municipality: cosine similarity of partner-country profiles, checked by hand for Hammerfest and Oslo', () => {
    // Hammerfest (AR1 DK1 FI1 KR1 RU1 SE2 US1) · Oslo (CN3 DE2 GB-ENG1 IS1 LT1 PL1 RU1 SE1 TR1 ZA1)
    // = RU 1·1 + SE 2·1 = 3; |H| = √10, |O| = √21; cosine = 3/√210
    const edge = networks.municipality.getEdgeAttributes('NO:5603', 'NO:0301');
    expect(edge.cosine).toBeCloseTo(3 / Math.sqrt(210), 12);
    expect(edge.sharedCountries).toBe(2);
    const shared = buildMunicipalityNetwork(networks['municipality-country'], { weight: 'shared' });
    expect(shared.getEdgeAttribute('NO:5603', 'NO:0301', 'weight')).toBe(2);
  });

  it('handles an empty twin network', () => {
    const empty = buildTwinNetwork(dataset, { sources: [] });
    const mc = buildMunicipalityCountryNetwork(empty);
    expect([empty.order, mc.order, buildCountryNetwork(mc).order, buildMunicipalityNetwork(mc).order]).toEqual([0, 0, 0, 0]);
  });
});
