/**
 * The categorical palette for communities, shared by the GEXF writer and the
 * viewer so that community 3 has the same colour in Gephi and in the browser.
 *
 * The first eight colours are Okabe & Ito's colour-blind-safe set (Okabe &
 * Ito 2008, "Color Universal Design"), without its black, which would read as
 * "no data"; the last four are the darker tones of Paul Tol's "muted" scheme
 * chosen to stay apart from the first eight under deuteranopia and
 * protanopia. Beyond twelve communities colours repeat: distinguishing more
 * than about a dozen hues is not possible for anyone, so the viewer relies on
 * labels and selection for the long tail.
 */
export const COMMUNITY_PALETTE: readonly string[] = [
  '#e69f00', // orange
  '#56b4e9', // sky blue
  '#009e73', // bluish green
  '#f0e442', // yellow
  '#0072b2', // blue
  '#d55e00', // vermillion
  '#cc79a7', // reddish purple
  '#999999', // grey
  '#882255', // wine
  '#117733', // green
  '#332288', // indigo
  '#ddcc77', // sand
];

/**
 * The colour of a community id. Integers index the palette cyclically
 * (negative ids count from the end, so -1 still gets a colour); any other
 * value is a caller's mistake.
 */
export function colorForCommunity(community: number): string {
  if (!Number.isInteger(community)) throw new Error(`colorForCommunity: expected an integer community id, got ${community}`);
  const n = COMMUNITY_PALETTE.length;
  return COMMUNITY_PALETTE[((community % n) + n) % n]!;
}

/** "#rrggbb" → its red, green and blue bytes. */
export function hexToRgb(hex: string): { r: number; g: number; b: number } {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`hexToRgb: expected a colour like "#1a2b3c", got "${hex}"`);
  return { r: parseInt(match[1]!, 16), g: parseInt(match[2]!, 16), b: parseInt(match[3]!, 16) };
}
