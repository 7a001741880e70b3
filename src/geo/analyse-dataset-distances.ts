/**
 * Distances of the dataset's partnerships and the null-model test, in one
 * call, for the `distances` command, the report and the notebooks. Pure.
 */
import type { Dataset } from '../dataset/build-dataset.ts';
import { resolveOptions } from '../options/resolve-options.ts';
import { computeDistanceStatistics, type DistanceStatistics } from './distance-statistics.ts';
import { testDistanceNullModel, type NullModelResult } from './distance-null-model.ts';
import { testWorldDistanceNullModel, type WorldNullModelResult } from './distance-null-model-world.ts';
import type { DatasetName } from '../dataset/scope-dataset.ts';

export interface AnalyseDistancesOptions {
  /** Count partnerships the sources say have ended. */
  includeEnded: boolean;
  seed: number;
  draws: number;
  /** How many nearest and farthest partnerships to list. */
  extremes: number;
  /**
   * 'norway': Norwegian–foreign links and the two-sided re-pairing model
   * (distance-null-model.ts). 'world': every link between two placed places
   * and the one-sided rewiring model (distance-null-model-world.ts).
   */
  dataset: DatasetName;
}

export const ANALYSE_DISTANCES_DEFAULTS: AnalyseDistancesOptions = { includeEnded: false, seed: 20240101, draws: 1000, extremes: 10, dataset: 'norway' };

export interface DatasetDistances {
  statistics: DistanceStatistics;
  nullModel: NullModelResult | WorldNullModelResult | null;
}

export function analyseDatasetDistances(dataset: Dataset, options?: Partial<AnalyseDistancesOptions>): DatasetDistances {
  const o = resolveOptions('analyseDatasetDistances', ANALYSE_DISTANCES_DEFAULTS, options);
  const links = dataset.links.filter((l) => o.includeEnded || l.status === 'active');
  const world = o.dataset === 'world';
  const statistics = computeDistanceStatistics(links, dataset.places, { extremes: o.extremes, ...(world ? { homeCountry: null } : {}) });
  const coordinates = new Map(dataset.places.filter((p) => p.lat !== undefined && p.lon !== undefined).map((p) => [p.id, { lat: p.lat!, lon: p.lon! }]));
  const pairs = statistics.links.map(({ homeId, partnerId }) => ({ homeId, partnerId }));
  const test = world ? testWorldDistanceNullModel : testDistanceNullModel;
  const nullModel = pairs.length > 1 ? test(pairs, coordinates, { seed: o.seed, draws: o.draws }) : null;
  return { statistics, nullModel };
}
