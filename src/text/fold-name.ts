/**
 * Accent- and case-insensitive form of a name, for matching and ids:
 * "Tromsø" → "tromso", "Ísafjörður" → "isafjordur", "Ełk" → "elk".
 * NFKD removes combining marks; the letters NFKD leaves alone are mapped by hand.
 */
const LETTERS: Record<string, string> = {
  ø: 'o', æ: 'ae', ð: 'd', þ: 'th', ß: 'ss', ł: 'l', ı: 'i', đ: 'd', ħ: 'h', œ: 'oe', ŀ: 'l',
};

/** Folded names repeat a lot (sorting, matching): a small memo keeps startup fast. */
const memo = new Map<string, string>();
const MEMO_LIMIT = 50_000;

export function foldName(name: string): string {
  const known = memo.get(name);
  if (known !== undefined) return known;
  const folded = foldUncached(name);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(name, folded);
  return folded;
}

function foldUncached(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[øæðþßłıđħœŀ]/g, (c) => LETTERS[c] ?? c)
    .replace(/[’'`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A slug for ids: "Khan Younis" → "khan-younis". */
export function slugName(name: string): string {
  return foldName(name).replace(/ /g, '-');
}
