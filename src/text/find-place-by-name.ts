/**
 * Find a place by name the way people type it: accents and case ignored
 * ("tromso" finds Tromsø), aliases count ("Drøbak" finds Frogn), an id works
 * too. When nothing matches, the closest names are suggested (edit distance
 * on the folded names). Pure; used by `vennskap town` and the viewer search.
 */
import { foldName } from './fold-name.ts';

export interface NamedPlace {
  id: string;
  name: string;
  aliases?: readonly string[];
}

export interface PlaceSearch<T extends NamedPlace> {
  /** Places whose name, alias or id matches exactly (after folding), else by prefix. */
  matches: T[];
  /** When there is no match: the closest names, best first. */
  suggestions: T[];
}

/** Levenshtein distance, two rows. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function findPlaceByName<T extends NamedPlace>(query: string, places: readonly T[], suggestionCount = 5): PlaceSearch<T> {
  const folded = foldName(query);
  const byName = (a: T, b: T) => compareText(foldName(a.name), foldName(b.name)) || compareText(a.id, b.id);
  const names = (p: T) => [p.name, ...(p.aliases ?? [])].map(foldName);
  const exact = places.filter((p) => p.id === query || names(p).includes(folded));
  if (exact.length > 0 || folded === '') return { matches: exact.sort(byName), suggestions: [] };
  const prefix = places.filter((p) => names(p).some((n) => n.startsWith(folded)));
  if (prefix.length > 0) return { matches: prefix.sort(byName), suggestions: [] };
  const scored = places.map((p) => ({ p, d: Math.min(...names(p).map((n) => editDistance(folded, n))) }));
  scored.sort((a, b) => a.d - b.d || byName(a.p, b.p));
  const limit = Math.max(2, Math.ceil(folded.length / 2));
  return { matches: [], suggestions: scored.filter((s) => s.d <= limit).slice(0, suggestionCount).map((s) => s.p) };
}
