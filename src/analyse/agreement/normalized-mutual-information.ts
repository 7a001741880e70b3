/**
 * Normalized mutual information, as scikit-learn's
 * `normalized_mutual_info_score` (natural logarithms; the base cancels):
 *
 *   NMI = I(A; B) / mean(H(A), H(B))
 *
 * with the arithmetic mean by default (sklearn's default since 0.22; the
 * geometric, min and max means are available through `average`). Edge cases
 * follow sklearn: when both partitions are a single cluster, or both are
 * empty, NMI is 1 (neither splits the data, so they agree); otherwise zero
 * mutual information gives 0. Range 0..1.
 */
import { resolveOptions } from '../../options/resolve-options.ts';
import { buildContingencyTable, type ContingencyTable, type Partition } from './contingency-table.ts';

export interface NormalizedMutualInformationOptions {
  average: 'arithmetic' | 'geometric' | 'min' | 'max';
}

export const DEFAULTS: NormalizedMutualInformationOptions = { average: 'arithmetic' };

function entropy(counts: number[], n: number): number {
  let h = 0;
  for (const c of counts) if (c > 0) h -= (c / n) * Math.log(c / n);
  return h;
}

/** NMI of two partitions over the same items (label values only matter by equality). */
export function normalizedMutualInformation(
  a: Partition,
  b: Partition,
  options?: Partial<NormalizedMutualInformationOptions>,
): number {
  return normalizedMutualInformationOfTable(buildContingencyTable('normalizedMutualInformation', a, b), options);
}

/** NMI from a contingency table already built (e.g. over membership arrays). */
export function normalizedMutualInformationOfTable(table: ContingencyTable, options?: Partial<NormalizedMutualInformationOptions>): number {
  const { average } = resolveOptions('normalizedMutualInformation', DEFAULTS, options);
  const ra = table.rowSums.length;
  const rb = table.columnSums.length;
  if ((ra === 1 && rb === 1) || (ra === 0 && rb === 0)) return 1;

  // I(A;B) = Σ p(a,b) log p(a,b) − Σ p(a) log p(a) − Σ p(b) log p(b) = H(A) + H(B) − H(A,B)
  const ha = entropy(table.rowSums, table.n);
  const hb = entropy(table.columnSums, table.n);
  const hab = entropy(table.cells, table.n);
  const mi = Math.max(0, ha + hb - hab);
  if (mi <= 1e-15) return 0;

  let normalizer: number;
  switch (average) {
    case 'arithmetic':
      normalizer = (ha + hb) / 2;
      break;
    case 'geometric':
      normalizer = Math.sqrt(ha * hb);
      break;
    case 'min':
      normalizer = Math.min(ha, hb);
      break;
    case 'max':
      normalizer = Math.max(ha, hb);
      break;
    default:
      throw new Error(`normalizedMutualInformation: unknown average "${String(average)}"`);
  }
  // Rounding can push the ratio a hair past 1 for identical partitions.
  return Math.min(1, mi / normalizer);
}
