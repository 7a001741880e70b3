/**
 * Are twin towns closer than chance? A degree-preserving null model for
 * partnership distances. Browser-safe and deterministic for a seed.
 *
 * The observed links form a bipartite graph: Norwegian places on one side,
 * foreign partners on the other. A random "re-pairing" keeps every place's
 * number of partnerships (Oslo keeps its 12, Mariehamn its 2) and the set of
 * places that twin at all, and only shuffles who is paired with whom. It is
 * drawn by swap rewiring (Milo et al. 2003, "curveball"-style checkerboard
 * swaps): pick two links (a–x, b–y), replace them by (a–y, b–x) unless that
 * would create a pair that already exists. Swaps preserve degrees exactly and
 * never duplicate a pair, which plain stub matching cannot promise without
 * rejection loops that stall on hubs. Each draw starts again from the
 * observed links and makes `swapsPerEdge × links` attempts, so draws do not
 * depend on each other's order beyond sharing one seeded random stream.
 *
 * The question the model answers: given who twins and how often, do
 * Norwegian places pick partners nearer than a random choice among the same
 * partners would? Observed mean and median distances are compared with their
 * null distributions: z-score and a two-sided empirical p-value
 * (2 × the smaller tail, with the +1 correction of Davison & Hinkley).
 */
import { createRng } from '../analyse/random.ts';
import { distanceKm, type LatLon } from './great-circle-distance.ts';
import { quantileSorted } from './distance-statistics.ts';

export interface NullModelPair {
  homeId: string;
  partnerId: string;
}

export interface NullModelOptions {
  seed: number;
  draws: number;
  swapsPerEdge: number;
  /** Significance level for the verdict. */
  alpha: number;
}

export const DEFAULTS: NullModelOptions = { seed: 20240101, draws: 1000, swapsPerEdge: 10, alpha: 0.05 };

export interface NullDistribution {
  mean: number;
  sd: number;
  /** 2.5 %, 50 % and 97.5 % quantiles of the statistic over the draws. */
  q025: number;
  q500: number;
  q975: number;
}

export interface StatisticTest {
  observed: number;
  null: NullDistribution;
  /** (observed − null mean) / null sd; null when every draw gave the same value. */
  z: number | null;
  /** Two-sided empirical p-value. */
  p: number;
}

export type NullModelVerdict = 'closer-than-chance' | 'farther-than-chance' | 'consistent-with-chance' | 'untestable';

export interface NullModelResult {
  pairs: number;
  homePlaces: number;
  partnerPlaces: number;
  options: NullModelOptions;
  meanKm: StatisticTest;
  medianKm: StatisticTest;
  /** The statistic of every draw, in draw order (for a histogram). */
  nullMeanKm: number[];
  nullMedianKm: number[];
  /** Share of swap attempts that changed the graph; near 0 means the degrees leave almost no freedom. */
  acceptedSwapShare: number;
  verdict: NullModelVerdict;
  /** One paragraph in plain language. */
  explanation: string;
}

function resolveOptions(options: Partial<NullModelOptions>): NullModelOptions {
  for (const key of Object.keys(options)) {
    if (!(key in DEFAULTS)) throw new Error(`testDistanceNullModel: unknown option "${key}"`);
  }
  const resolved = { ...DEFAULTS, ...options };
  if (!Number.isInteger(resolved.draws) || resolved.draws < 1) throw new Error(`testDistanceNullModel: draws must be a positive integer, got ${resolved.draws}`);
  if (!(resolved.swapsPerEdge >= 0)) throw new Error(`testDistanceNullModel: swapsPerEdge must be >= 0, got ${resolved.swapsPerEdge}`);
  if (!(resolved.alpha > 0 && resolved.alpha < 1)) throw new Error(`testDistanceNullModel: alpha must be in (0, 1), got ${resolved.alpha}`);
  return resolved;
}

export function meanOf(values: ArrayLike<number>): number {
  let s = 0;
  for (let k = 0; k < values.length; k++) s += values[k]!;
  return s / values.length;
}

export function medianOf(values: Float64Array): number {
  const sorted = Float64Array.from(values).sort();
  return quantileSorted(sorted, 0.5);
}

function describeNull(values: readonly number[]): NullDistribution {
  const mean = meanOf(values);
  const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / Math.max(1, values.length - 1);
  const sorted = [...values].sort((a, b) => a - b);
  return {
    mean,
    sd: Math.sqrt(variance),
    q025: quantileSorted(sorted, 0.025),
    q500: quantileSorted(sorted, 0.5),
    q975: quantileSorted(sorted, 0.975),
  };
}

/**
 * Compare with a tolerance: the null statistic of an arrangement equal to the
 * observed one can differ in the last bits because sums run in another order.
 */
export function testStatistic(observed: number, draws: readonly number[]): StatisticTest {
  const tolerance = 1e-9 * Math.max(1, Math.abs(observed));
  const below = draws.filter((v) => v <= observed + tolerance).length;
  const above = draws.filter((v) => v >= observed - tolerance).length;
  const distribution = describeNull(draws);
  const p = Math.min(1, (2 * (Math.min(below, above) + 1)) / (draws.length + 1));
  const z = distribution.sd > tolerance ? (observed - distribution.mean) / distribution.sd : null;
  return { observed, null: distribution, z, p };
}

const km = (v: number) => `${Math.round(v).toLocaleString('en-GB')} km`;
const formatP = (p: number) => (p < 0.001 ? p.toExponential(1) : p.toFixed(3));

function explain(result: Omit<NullModelResult, 'verdict' | 'explanation'>, alpha: number): { verdict: NullModelVerdict; explanation: string } {
  const { meanKm, medianKm, pairs, options } = result;
  const setting =
    `Over ${pairs} partnerships, the observed mean distance is ${km(meanKm.observed)} (median ${km(medianKm.observed)}). ` +
    `${options.draws} random re-pairings that keep every place's number of partnerships give a mean of ` +
    `${km(meanKm.null.mean)} (95 % of draws between ${km(meanKm.null.q025)} and ${km(meanKm.null.q975)}; median ${km(medianKm.null.mean)}).`;
  if (meanKm.z === null) {
    return {
      verdict: 'untestable',
      explanation: `${setting} Every re-pairing gives the same distances: the numbers of partnerships leave no other arrangement, so proximity cannot be tested.`,
    };
  }
  const stats = `(z = ${meanKm.z.toFixed(1)}, two-sided p = ${formatP(meanKm.p)} for the mean; p = ${formatP(medianKm.p)} for the median` +
    `${meanKm.p <= 2 / (options.draws + 1) ? `, the smallest p ${options.draws} draws can show` : ''})`;
  const gap = meanKm.null.mean - meanKm.observed;
  const size = `${km(Math.abs(gap))} (${Math.round((100 * Math.abs(gap)) / meanKm.null.mean)} %) on average`;
  const scope =
    ' The model keeps the pool of partners fixed, so proximity already built into which countries Norway twins with at all is not part of this test.';
  if (meanKm.p < alpha && gap > 0) {
    return {
      verdict: 'closer-than-chance',
      explanation:
        `${setting} Real partners are closer than random ones by ${size}, more than chance allows ${stats}. ` +
        `The data contradict the published finding that twinning is "not influenced by geographical proximity": ` +
        `Norwegian places choose nearer partners than a random choice among the same partners would.${scope}`,
    };
  }
  if (meanKm.p < alpha) {
    return {
      verdict: 'farther-than-chance',
      explanation:
        `${setting} Real partners are farther apart than random ones by ${size} ${stats}. ` +
        `Proximity does not favour twinning here, in line with the published finding that it is "not influenced by geographical proximity".${scope}`,
    };
  }
  return {
    verdict: 'consistent-with-chance',
    explanation:
      `${setting} The observed distances are within what random re-pairing produces ${stats}. ` +
      `The data are consistent with the published finding that twinning is "not influenced by geographical proximity".${scope}`,
  };
}

/**
 * Degree-preserving swap rewiring of a bipartite edge list, in place: each
 * attempt picks two edges (a–x, b–y) and makes them (a–y, b–x) unless that
 * would repeat an existing pair. Returns how many attempts were accepted.
 * Edges are (home[e], partner[e]); partner ids are below `partnerCount`.
 */
function swapRewire(home: Int32Array, partner: Int32Array, partnerCount: number, rng: () => number, attempts: number): number {
  const edgeCount = home.length;
  const present = new Set<number>();
  for (let e = 0; e < edgeCount; e++) present.add(home[e]! * partnerCount + partner[e]!);
  let accepted = 0;
  for (let t = 0; t < attempts; t++) {
    const i = Math.floor(rng() * edgeCount);
    const j = Math.floor(rng() * edgeCount);
    const a = home[i]!;
    const b = home[j]!;
    const x = partner[i]!;
    const y = partner[j]!;
    if (a === b || x === y) continue;
    const ay = a * partnerCount + y;
    const bx = b * partnerCount + x;
    if (present.has(ay) || present.has(bx)) continue;
    present.delete(a * partnerCount + x);
    present.delete(b * partnerCount + y);
    present.add(ay);
    present.add(bx);
    partner[i] = y;
    partner[j] = x;
    accepted++;
  }
  return accepted;
}

/**
 * One random re-pairing of distinct (home, partner) pairs by `attempts` swap
 * attempts: every place keeps its number of pairs and no pair repeats. The
 * same routine drives testDistanceNullModel; exported so tests can check it.
 */
export function rewirePairs(pairs: readonly NullModelPair[], rng: () => number, attempts: number): NullModelPair[] {
  if (new Set(pairs.map((p) => `${p.homeId}\u0000${p.partnerId}`)).size !== pairs.length) {
    throw new Error('rewirePairs: pairs must be distinct');
  }
  const homeIds = [...new Set(pairs.map((p) => p.homeId))];
  const partnerIds = [...new Set(pairs.map((p) => p.partnerId))];
  const homeIndex = new Map(homeIds.map((id, k) => [id, k]));
  const partnerIndex = new Map(partnerIds.map((id, k) => [id, k]));
  const home = Int32Array.from(pairs, (p) => homeIndex.get(p.homeId)!);
  const partner = Int32Array.from(pairs, (p) => partnerIndex.get(p.partnerId)!);
  swapRewire(home, partner, partnerIds.length, rng, attempts);
  return Array.from(home, (h, e) => ({ homeId: homeIds[h]!, partnerId: partnerIds[partner[e]!]! }));
}

/**
 * Run the null model. Pairs are de-duplicated first (a twin and a friendship
 * agreement between the same two places count once); every id must have
 * coordinates. Throws when a place has none or when there are no pairs.
 */
export function testDistanceNullModel(
  pairs: readonly NullModelPair[],
  coordinates: ReadonlyMap<string, LatLon>,
  options: Partial<NullModelOptions> = {},
): NullModelResult {
  const resolved = resolveOptions(options);
  const homeIndex = new Map<string, number>();
  const partnerIndex = new Map<string, number>();
  const indexOf = (map: Map<string, number>, id: string) => {
    let k = map.get(id);
    if (k === undefined) map.set(id, (k = map.size));
    return k;
  };
  const seen = new Set<string>();
  const homes: number[] = [];
  const partners: number[] = [];
  for (const { homeId, partnerId } of pairs) {
    const key = `${homeId}\u0000${partnerId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const id of [homeId, partnerId]) {
      if (!coordinates.has(id)) throw new Error(`testDistanceNullModel: no coordinates for place "${id}"`);
    }
    homes.push(indexOf(homeIndex, homeId));
    partners.push(indexOf(partnerIndex, partnerId));
  }
  const edgeCount = homes.length;
  if (edgeCount === 0) throw new Error('testDistanceNullModel: no pairs');
  for (const id of homeIndex.keys()) {
    if (partnerIndex.has(id)) throw new Error(`testDistanceNullModel: place "${id}" is on both sides; the model needs two disjoint sides`);
  }

  // Every possible pair's distance, computed once: |home| × |partner| is small (~100 × ~400).
  const partnerCount = partnerIndex.size;
  const distance = new Float64Array(homeIndex.size * partnerCount);
  const homePoints = [...homeIndex.keys()].map((id) => coordinates.get(id)!);
  const partnerPoints = [...partnerIndex.keys()].map((id) => coordinates.get(id)!);
  homePoints.forEach((h, i) => partnerPoints.forEach((p, j) => (distance[i * partnerCount + j] = distanceKm(h, p))));

  const observedKm = Float64Array.from(homes, (h, e) => distance[h * partnerCount + partners[e]!]!);
  const rng = createRng(resolved.seed);
  const attempts = Math.round(resolved.swapsPerEdge * edgeCount);
  const nullMeanKm: number[] = [];
  const nullMedianKm: number[] = [];
  let accepted = 0;
  const home = new Int32Array(edgeCount);
  const partner = new Int32Array(edgeCount);
  const current = new Float64Array(edgeCount);
  for (let draw = 0; draw < resolved.draws; draw++) {
    home.set(homes);
    partner.set(partners);
    accepted += swapRewire(home, partner, partnerCount, rng, attempts);
    for (let e = 0; e < edgeCount; e++) current[e] = distance[home[e]! * partnerCount + partner[e]!]!;
    nullMeanKm.push(meanOf(current));
    nullMedianKm.push(medianOf(current));
  }

  const partial = {
    pairs: edgeCount,
    homePlaces: homeIndex.size,
    partnerPlaces: partnerCount,
    options: resolved,
    meanKm: testStatistic(meanOf(observedKm), nullMeanKm),
    medianKm: testStatistic(medianOf(observedKm), nullMedianKm),
    nullMeanKm,
    nullMedianKm,
    acceptedSwapShare: attempts > 0 ? accepted / (attempts * resolved.draws) : 0,
  };
  return { ...partial, ...explain(partial, resolved.alpha) };
}
