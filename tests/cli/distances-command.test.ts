import { describe, expect, it } from 'vitest';
import { parseCsvTable } from '../../src/formats/csv.ts';
import { readData } from '../helpers/repository.ts';
import { runCli } from '../helpers/run-cli.ts';

/** Haversine on a sphere of mean Earth radius 6371.0088 km, written out independently of src/geo. */
function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(a));
}

const places = new Map(parseCsvTable(readData('places.csv')).rows.map((r) => [r.values.id!, r.values]));
const run = (args: string[]) => {
  const result = runCli(['distances', ...args, '--json']);
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout);
};

describe('vennskap distances', () => {
  const parsed = run(['--draws', '200']);

  it('measures the farthest partnership, Hammerfest–Ushuaia, as the haversine of their coordinates', () => {
    const [farthest] = parsed.farthest;
    expect([farthest.homeId, farthest.partnerId]).toEqual(['NO:5603', 'AR:ushuaia']);
    const h = places.get('NO:5603')!;
    const u = places.get('AR:ushuaia')!;
    expect(farthest.km).toBeCloseTo(haversineKm(Number(h.lat), Number(h.lon), Number(u.lat), Number(u.lon)), 6);
    expect(farthest.km).toBeGreaterThan(15000);
  });

  it('counts every active partnership abroad, leaving out memberships', () => {
    // 429 from the seed documents alone (commit 684c792); Wikipedia adds 121 Norwegian links (569 − 17 memberships − 3 ended = 549 active),
    // of which those with both ends placed on the map are measured
    expect(parsed.overall.count).toBe(532);
    const reasons = new Map<string, number>();
    for (const s of parsed.skipped as { reason: string }[]) reasons.set(s.reason, (reasons.get(s.reason) ?? 0) + 1);
    // 17 memberships, 17 links to a place the offline geocoder could not place yet, 368 context links (no Norwegian end)
    expect(Object.fromEntries(reasons)).toEqual({ 'relation-excluded': 17, 'no-coordinates': 17, 'not-home-to-abroad': 368 });
    expect(parsed.nearest[0].km).toBeLessThanOrEqual(parsed.nearest[1].km);
  });

  it('gives the same null model for the same seed, and says whether proximity matters', () => {
    const again = run(['--draws', '200']);
    expect(again.nullModel).toEqual(parsed.nullModel);
    expect(['closer-than-chance', 'farther-than-chance', 'consistent-with-chance']).toContain(parsed.nullModel.verdict);
    const other = run(['--draws', '200', '--seed', '7']);
    expect(other.nullModel.meanKm.null.mean).not.toBe(parsed.nullModel.meanKm.null.mean);
  });
});
