/**
 * Distances of the dataset's partnerships and the null-model test, in one
 * call, for the `distances` command, the report and the notebooks. Pure.
 */
import type { Dataset } from '../dataset/build-dataset.ts';
import { resolveOptions } from '../options/resolve-options.ts';
import { computeDistanceStatistics, type DistanceStatistics } from './distance-statistics.ts';
import { testDistanceNullModel, type NullModelResult } from './distance-null-model.ts';

export interface AnalyseDistancesOptions {
  /** Count partnerships the sources say have ended. */
  includeEnded: boolean;
  seed: number;
  draws: number;
  /** How many nearest and farthest partnerships to list. */
  extremes: number;
}

export const ANALYSE_DISTANCES_DEFAULTS: AnalyseDistancesOptions = { includeEnded: false, seed: 20240101, draws: 1000, extremes: 10 };

export interface DatasetDistances {
  statistics: DistanceStatistics;
  nullModel: NullModelResult | null;
}

export function analyseDatasetDistances(dataset: Dataset, options?: Partial<AnalyseDistancesOptions>): DatasetDistances {
  const o = resolveOptions('analyseDatasetDistances', ANALYSE_DISTANCES_DEFAULTS, options);
  const links = dataset.links.filter((l) => o.includeEnded || l.status === 'active');
  const statistics = computeDistanceStatistics(links, dataset.places, { extremes: o.extremes });
  const coordinates = new Map(dataset.places.filter((p) => p.lat !== undefined && p.lon !== undefined).map((p) => [p.id, { lat: p.lat!, lon: p.lon! }]));
  const pairs = statistics.links.map(({ homeId, partnerId }) => ({ homeId, partnerId }));
  const nullModel = pairs.length > 1 ? testDistanceNullModel(pairs, coordinates, { seed: o.seed, draws: o.draws }) : null;
  return { statistics, nullModel };
}
