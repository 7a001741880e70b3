/**
 * The proximity null model for a network whose links join any two places
 * (the world dataset), where the Norway model's two disjoint sides (home,
 * partner) do not exist. Browser-safe and deterministic for a seed.
 *
 * Degree-preserving double-edge swaps on the undirected graph (Maslov &
 * Sneppen 2002): pick two links a–b and c–d and rewire them to a–d, c–b (or
 * a–c, b–d, by a coin toss) unless that makes a loop or repeats a link.
 * Every place keeps its number of partners. At 26,000 links restarting every
 * draw from the observed links (as the Norway model does) would cost
 * draws × swapsPerEdge × links attempts (~260 million); instead one seeded
 * chain runs `burnInSwapsPerEdge × links` attempts and then
 * `swapsPerEdge × links` between draws (thinning), the standard Markov-chain
 * practice. Distances are computed on demand from unit vectors: a 17,000 ×
 * 17,000 table would not fit.
 */
import { createRng } from '../analyse/random.ts';
import { EARTH_RADIUS_KM, type LatLon } from './great-circle-distance.ts';
import { medianOf, meanOf, testStatistic, type NullModelPair, type NullModelResult, type NullModelVerdict } from './distance-null-model.ts';

export interface WorldNullModelOptions {
  seed: number;
  draws: number;
  /** Swap attempts per link before the first draw. */
  burnInSwapsPerEdge: number;
  /** Swap attempts per link between two draws. */
  swapsPerEdge: number;
  alpha: number;
}

export const WORLD_DEFAULTS: WorldNullModelOptions = { seed: 20240101, draws: 200, burnInSwapsPerEdge: 10, swapsPerEdge: 1, alpha: 0.05 };

export type WorldNullModelResult = Omit<NullModelResult, 'options'> & { options: WorldNullModelOptions };

function resolve(options: Partial<WorldNullModelOptions>): WorldNullModelOptions {
  for (const key of Object.keys(options)) if (!(key in WORLD_DEFAULTS)) throw new Error(`testWorldDistanceNullModel: unknown option "${key}"`);
  const r = { ...WORLD_DEFAULTS, ...options };
  if (!Number.isInteger(r.draws) || r.draws < 1) throw new Error(`testWorldDistanceNullModel: draws must be a positive integer, got ${r.draws}`);
  if (!(r.swapsPerEdge >= 0) || !(r.burnInSwapsPerEdge >= 0)) throw new Error('testWorldDistanceNullModel: swaps per edge must be >= 0');
  if (!(r.alpha > 0 && r.alpha < 1)) throw new Error(`testWorldDistanceNullModel: alpha must be in (0, 1), got ${r.alpha}`);
  return r;
}

const km = (v: number) => `${Math.round(v).toLocaleString('en-GB')} km`;
const formatP = (p: number) => (p < 0.001 ? p.toExponential(1) : p.toFixed(3));

/**
 * Run the model on undirected pairs (homeId/partnerId are just the two ends;
 * a–b and b–a are one link, counted once; a loop is an error). Every id needs coordinates.
 */
export function testWorldDistanceNullModel(
  pairs: readonly NullModelPair[],
  coordinates: ReadonlyMap<string, LatLon>,
  options: Partial<WorldNullModelOptions> = {},
): WorldNullModelResult {
  const o = resolve(options);
  const index = new Map<string, number>();
  const indexOf = (id: string) => {
    let k = index.get(id);
    if (k === undefined) {
      if (!coordinates.has(id)) throw new Error(`testWorldDistanceNullModel: no coordinates for place "${id}"`);
      index.set(id, (k = index.size));
    }
    return k;
  };
  const ends: number[] = [];
  const seen = new Set<string>();
  for (const { homeId, partnerId } of pairs) {
    if (homeId === partnerId) throw new Error(`testWorldDistanceNullModel: "${homeId}" is linked to itself`);
    const key = homeId < partnerId ? `${homeId}\u0000${partnerId}` : `${partnerId}\u0000${homeId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    ends.push(indexOf(homeId), indexOf(partnerId));
  }
  const m = ends.length / 2;
  if (m === 0) throw new Error('testWorldDistanceNullModel: no pairs');
  const n = index.size;
  // Unit vectors: distance = R · atan2(|u × v|, u · v), numerically safe for near and antipodal points.
  const xyz = new Float64Array(3 * n);
  for (const [id, k] of index) {
    const { lat, lon } = coordinates.get(id)!;
    const phi = (lat * Math.PI) / 180;
    const lambda = (lon * Math.PI) / 180;
    xyz[3 * k] = Math.cos(phi) * Math.cos(lambda);
    xyz[3 * k + 1] = Math.cos(phi) * Math.sin(lambda);
    xyz[3 * k + 2] = Math.sin(phi);
  }
  const dist = (a: number, b: number) => {
    const ax = xyz[3 * a]!, ay = xyz[3 * a + 1]!, az = xyz[3 * a + 2]!;
    const bx = xyz[3 * b]!, by = xyz[3 * b + 1]!, bz = xyz[3 * b + 2]!;
    const cx = ay * bz - az * by, cy = az * bx - ax * bz, cz = ax * by - ay * bx;
    return EARTH_RADIUS_KM * Math.atan2(Math.sqrt(cx * cx + cy * cy + cz * cz), ax * bx + ay * by + az * bz);
  };
  const key = (a: number, b: number) => (a < b ? a * n + b : b * n + a);
  const end = Int32Array.from(ends);
  const present = new Set<number>();
  for (let e = 0; e < m; e++) present.add(key(end[2 * e]!, end[2 * e + 1]!));
  const rng = createRng(o.seed);
  let attempts = 0;
  let accepted = 0;
  const swap = (count: number) => {
    for (let t = 0; t < count; t++) {
      const i = Math.floor(rng() * m);
      const j = Math.floor(rng() * m);
      const flip = rng() < 0.5;
      if (i === j) continue;
      const a = end[2 * i]!, b = end[2 * i + 1]!;
      const c = flip ? end[2 * j + 1]! : end[2 * j]!;
      const d = flip ? end[2 * j]! : end[2 * j + 1]!;
      // a–b, c–d → a–d, c–b
      if (a === d || c === b) continue;
      const ad = key(a, d), cb = key(c, b);
      if (ad === cb || present.has(ad) || present.has(cb)) continue;
      present.delete(key(a, b));
      present.delete(key(c, d));
      present.add(ad);
      present.add(cb);
      end[2 * i + 1] = d;
      end[2 * j] = c;
      end[2 * j + 1] = b;
      accepted++;
    }
    attempts += count;
  };
  const observedKm = new Float64Array(m);
  for (let e = 0; e < m; e++) observedKm[e] = dist(ends[2 * e]!, ends[2 * e + 1]!);
  swap(Math.round(o.burnInSwapsPerEdge * m));
  const current = new Float64Array(m);
  const nullMeanKm: number[] = [];
  const nullMedianKm: number[] = [];
  for (let draw = 0; draw < o.draws; draw++) {
    if (draw > 0) swap(Math.round(o.swapsPerEdge * m));
    for (let e = 0; e < m; e++) current[e] = dist(end[2 * e]!, end[2 * e + 1]!);
    nullMeanKm.push(meanOf(current));
    nullMedianKm.push(medianOf(current));
  }
  const meanKm = testStatistic(meanOf(observedKm), nullMeanKm);
  const medianKm = testStatistic(medianOf(observedKm), nullMedianKm);
  const { verdict, explanation } = explainWorld(m, o, meanKm, medianKm);
  return {
    pairs: m,
    homePlaces: n,
    partnerPlaces: n,
    options: o,
    meanKm,
    medianKm,
    nullMeanKm,
    nullMedianKm,
    acceptedSwapShare: attempts > 0 ? accepted / attempts : 0,
    verdict,
    explanation,
  };
}

function explainWorld(
  m: number,
  o: WorldNullModelOptions,
  meanKm: ReturnType<typeof testStatistic>,
  medianKm: ReturnType<typeof testStatistic>,
): { verdict: NullModelVerdict; explanation: string } {
  const setting =
    `Over ${m.toLocaleString('en-GB')} partnerships, the observed mean distance is ${km(meanKm.observed)} (median ${km(medianKm.observed)}). ` +
    `${o.draws} random rewirings that keep every place's number of partners give a mean of ${km(meanKm.null.mean)} ` +
    `(95 % of draws between ${km(meanKm.null.q025)} and ${km(meanKm.null.q975)}; median ${km(medianKm.null.mean)}).`;
  if (meanKm.z === null) return { verdict: 'untestable', explanation: `${setting} Every rewiring gives the same distances, so proximity cannot be tested.` };
  const stats = `(z = ${meanKm.z.toFixed(1)}, two-sided p = ${formatP(meanKm.p)} for the mean; p = ${formatP(medianKm.p)} for the median)`;
  const gap = meanKm.null.mean - meanKm.observed;
  const size = `${km(Math.abs(gap))} (${Math.round((100 * Math.abs(gap)) / meanKm.null.mean)} %)`;
  const scope = ' Here any place may be rewired to any other, so the test includes the choice of partner country, unlike the Norway model, which keeps the pool of partners fixed.';
  if (meanKm.p < o.alpha && gap > 0) return { verdict: 'closer-than-chance', explanation: `${setting} Real partners are closer than random ones by ${size} on average ${stats}: twinning follows proximity.${scope}` };
  if (meanKm.p < o.alpha) return { verdict: 'farther-than-chance', explanation: `${setting} Real partners are farther apart than random ones by ${size} on average ${stats}.${scope}` };
  return { verdict: 'consistent-with-chance', explanation: `${setting} The observed distances are within what random rewiring produces ${stats}.${scope}` };
}
