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

  it('counts every active partnership abroad, leaving out memberships and the links between partners', () => {
    // Counted independently from data/links.csv: active, not only a membership, one end in Norway and the other abroad.
    const links = parseCsvTable(readData('links.csv')).rows.map((r) => r.values);
    const counted = links.filter(
      (l) => l.status === 'active' && l.relations!.split('|').some((r) => r !== 'membership') && (l.source_country === 'NO') !== (l.target_country === 'NO'),
    );
    const active = links.filter((l) => l.status === 'active');
    expect(parsed.overall.count).toBe(counted.length);
    expect(parsed.skipped).toHaveLength(active.length - counted.length);
    expect(parsed.nearest[0].km).toBeLessThanOrEqual(parsed.nearest[1].km);
  });

  it('gives the same null model for the same seed, and says whether proximity matters', () => {
    const again = run(['--draws', '200']);
    expect(again.nullModel).toEqual(parsed.nullModel);
    expect(['closer-than-chance', 'farther-than-chance', 'consistent-with-chance']).toContain(parsed.nullModel.verdict);
    const other = run(['--draws', '200', '--seed', '7']);
    expect(other.nullModel.meanKm.null.mean).not.toBe(parsed.nullModel.meanKm.null.mean);
  });

  describe('--dataset world', () => {
    const world = run(['--dataset', 'world', '--draws', '20']);
    const worldPlaces = new Map(parseCsvTable(readData('world-places.csv')).rows.map((r) => [r.values.id!, r.values]));

    it('counts links between any two places, far more than the Norwegian ones, with distances from data/world-places.csv', () => {
      expect(world.overall.count).toBeGreaterThan(20 * parsed.overall.count);
      const [farthest] = world.farthest;
      const a = worldPlaces.get(farthest.homeId)!;
      const b = worldPlaces.get(farthest.partnerId)!;
      expect(farthest.km).toBeCloseTo(haversineKm(Number(a.lat), Number(a.lon), Number(b.lat), Number(b.lon)), 6);
      expect(world.skipped.every((s: { reason: string }) => s.reason !== 'not-home-to-abroad')).toBe(true);
    });

    it('runs the whole-network null model, the same for the same seed', () => {
      expect(world.nullModel.pairs).toBeGreaterThan(20_000);
      expect(world.nullModel.options.draws).toBe(20);
      expect(run(['--dataset', 'world', '--draws', '20']).nullModel).toEqual(world.nullModel);
    });
  });

  it('rejects an unknown dataset in one line', () => {
    const result = runCli(['distances', '--dataset', 'mars']);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('vennskap: --dataset: expected one of norway, world, found "mars"');
  });
});
