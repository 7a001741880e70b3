/**
 * Adjusted Rand index (Hubert & Arabie 1985), computed as scikit-learn's
 * `adjusted_rand_score` does: from the pair confusion counts, with its
 * special case that two partitions with no disagreeing pair score 1 (both
 * empty, both a single cluster, both all singletons).
 *
 * Range: 1 for identical partitions, about 0 for independent ones, and
 * negative (down to −0.5) when they agree less than chance.
 */
import { buildContingencyTable, type ContingencyTable, type Partition } from './contingency-table.ts';

function pairs(k: number): number {
  return (k * (k - 1)) / 2;
}

/** ARI of two partitions over the same items (label values only matter by equality). */
export function adjustedRandIndex(a: Partition, b: Partition): number {
  return adjustedRandIndexOfTable(buildContingencyTable('adjustedRandIndex', a, b));
}

/** ARI from a contingency table already built (e.g. over membership arrays). */
export function adjustedRandIndexOfTable(table: ContingencyTable): number {
  const together = table.cells.reduce((s, c) => s + pairs(c), 0); // same in both
  const togetherA = table.rowSums.reduce((s, c) => s + pairs(c), 0);
  const togetherB = table.columnSums.reduce((s, c) => s + pairs(c), 0);
  const all = pairs(table.n);
  // Pair confusion: tp together in both, fp only in b, fn only in a, tn apart in both.
  const tp = together;
  const fn = togetherA - together;
  const fp = togetherB - together;
  const tn = all - togetherA - togetherB + together;
  if (fn === 0 && fp === 0) return 1;
  return (2 * (tp * tn - fn * fp)) / ((tp + fn) * (fn + tn) + (tp + fp) * (fp + tn));
}
