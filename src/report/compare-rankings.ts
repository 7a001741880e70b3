/**
 * Where hub rankings disagree. Different centralities answer different
 * questions (who has most partners, who bridges otherwise separate groups,
 * who is tied to other well-tied places), so a place that tops one list and
 * is missing from another tells the reader something; a report that shows
 * only one ranking hides it.
 *
 * Input: for each metric, every place in ranking order with competition
 * ranks (as rankPlaces returns with top 0). "In the top N" means a
 * competition rank of N or better, so places tied at the cut are all in:
 * whether a place is "in the top 10" must not depend on the alphabet.
 */
import { foldName } from '../text/fold-name.ts';

export interface RankedRow {
  id: string;
  name: string;
  rank: number;
}

export interface RankingComparison<M extends string> {
  overlap: { a: M; b: M; shared: number }[];
  disagreements: { id: string; name: string; ranks: Record<M, number>; inTop: M[]; gap: number }[];
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Competition ranks ("1, 2, 2, 4") by a value, highest first; ties by
 * accent-folded name, then id — the order rankPlaces uses.
 */
export function rankByValue<T extends { id: string; name: string }>(rows: readonly T[], valueOf: (row: T) => number): (T & { rank: number; value: number })[] {
  const sorted = rows
    .map((row) => ({ ...row, value: valueOf(row) }))
    .sort((x, y) => y.value - x.value || compareText(foldName(x.name), foldName(y.name)) || compareText(x.id, y.id));
  const ranked: (T & { rank: number; value: number })[] = [];
  sorted.forEach((row, i) => {
    const previous = ranked[i - 1];
    ranked.push({ ...row, rank: previous && previous.value === row.value ? previous.rank : i + 1 });
  });
  return ranked;
}

/**
 * Top-N overlap of every pair of metrics, and the places the rankings
 * disagree on: in some top-N but not in all of them, or with ranks more
 * than `rankGap` apart. Every ranking must rank the same places.
 */
export function compareRankings<M extends string>(
  rankings: Readonly<Record<M, readonly RankedRow[]>>,
  metrics: readonly M[],
  top: number,
  rankGap: number,
): RankingComparison<M> {
  if (!Number.isInteger(top) || top < 1) throw new Error(`compareRankings: top must be a positive integer, got ${top}`);
  if (!(rankGap >= 0)) throw new Error(`compareRankings: rankGap must be a non-negative number, got ${rankGap}`);
  const rankOf = new Map<M, Map<string, number>>();
  const names = new Map<string, string>();
  const topSets = new Map<M, Set<string>>();
  for (const metric of metrics) {
    const rows = rankings[metric];
    if (!rows) throw new Error(`compareRankings: no ranking for "${metric}"`);
    rankOf.set(metric, new Map(rows.map((r) => [r.id, r.rank])));
    topSets.set(metric, new Set(rows.filter((r) => r.rank <= top).map((r) => r.id)));
    for (const r of rows) names.set(r.id, r.name);
  }
  for (const metric of metrics) {
    if (rankOf.get(metric)!.size !== names.size) throw new Error(`compareRankings: "${metric}" does not rank the same places as the others`);
  }

  const overlap: RankingComparison<M>['overlap'] = [];
  metrics.forEach((a, i) => {
    for (const b of metrics.slice(i + 1)) {
      const setB = topSets.get(b)!;
      overlap.push({ a, b, shared: [...topSets.get(a)!].filter((id) => setB.has(id)).length });
    }
  });

  const candidates = new Set<string>();
  for (const metric of metrics) for (const id of topSets.get(metric)!) candidates.add(id);
  const disagreements: RankingComparison<M>['disagreements'] = [];
  for (const id of candidates) {
    const ranks = {} as Record<M, number>;
    for (const metric of metrics) ranks[metric] = rankOf.get(metric)!.get(id)!;
    const values = metrics.map((m) => ranks[m]);
    const gap = Math.max(...values) - Math.min(...values);
    const inTop = metrics.filter((m) => topSets.get(m)!.has(id));
    if (inTop.length < metrics.length || gap > rankGap) disagreements.push({ id, name: names.get(id)!, ranks, inTop, gap });
  }
  const best = (d: { ranks: Record<M, number> }) => Math.min(...metrics.map((m) => d.ranks[m]));
  disagreements.sort(
    (x, y) => y.gap - x.gap || best(x) - best(y) || compareText(foldName(x.name), foldName(y.name)) || compareText(x.id, y.id),
  );
  return { overlap, disagreements };
}
