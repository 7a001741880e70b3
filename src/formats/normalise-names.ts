/**
 * Unicode normalisation of node ids and names (NFC). "é" can be written as
 * one code point (composed, U+00E9) or as "e" plus a combining accent
 * (decomposed, U+0065 U+0301): both print the same, but as ids they would be
 * two nodes. Every reader passes ids and names through one NameNormaliser,
 * which returns the NFC form and remembers what it changed, so that the
 * reader can say so: a merge of two spellings into one node is a warning
 * (the CLI prints it on stderr) and a note; a name that was only
 * re-encoded is a note.
 */

/** Where a spelling was seen: a line of a text file or a position such as "nodes[3]". */
export type Place = number | string;

const formOf = (raw: string) => (raw === raw.normalize('NFC') ? 'composed (NFC)' : raw === raw.normalize('NFD') ? 'decomposed (NFD)' : 'partly decomposed');
const where = (place: Place) => (typeof place === 'number' ? `line ${place}` : place);

export class NameNormaliser {
  /** First place of each id spelling seen, for ids only. */
  private readonly firstPlace = new Map<string, Place>();
  /** NFC form → its non-NFC spellings. */
  private readonly variants = new Map<string, Set<string>>();
  private namesChanged = 0;

  /**
   * `trackAscii: false` (the streamed reader, millions of ids) remembers
   * only non-ASCII spellings; the rare merge of a compatibility character
   * into plain ASCII (the Kelvin sign "K" into "K") is then reported as a
   * re-encoding instead of a merge.
   */
  constructor(
    private readonly file: string,
    private readonly options: { trackAscii: boolean } = { trackAscii: true },
  ) {}

  /** The NFC form of a node id; remembers the spelling and where it was first seen. */
  id(raw: string, place: Place): string {
    // Plain ASCII is always NFC: skip the normalisation call for it.
    const ascii = !/[^\u0000-\u007f]/.test(raw);
    if ((!ascii || this.options.trackAscii) && !this.firstPlace.has(raw)) this.firstPlace.set(raw, place);
    if (ascii) return raw;
    const nfc = raw.normalize('NFC');
    if (nfc !== raw) {
      let set = this.variants.get(nfc);
      if (set === undefined) this.variants.set(nfc, (set = new Set()));
      set.add(raw);
    }
    return nfc;
  }

  /** The NFC form of a name or label (not an id: nothing can merge). */
  name(raw: string): string {
    if (!/[^\u0000-\u007f]/.test(raw)) return raw;
    const nfc = raw.normalize('NFC');
    if (nfc !== raw) this.namesChanged++;
    return nfc;
  }

  /** Warnings (merges, also notes) and notes (re-encodings) about what was normalised. */
  report(): { warnings: string[]; notes: string[] } {
    const warnings: string[] = [];
    let reencoded = 0;
    for (const [nfc, set] of this.variants) {
      const spellings = [...(this.firstPlace.has(nfc) ? [nfc] : []), ...set];
      if (spellings.length < 2) {
        reencoded++;
        continue;
      }
      const seen = spellings.map((s) => ({ form: formOf(s), place: this.firstPlace.get(s)! }));
      seen.sort((a, b) => (typeof a.place === 'number' && typeof b.place === 'number' ? a.place - b.place : 0));
      warnings.push(
        `${this.file}: "${nfc}" is written in ${spellings.length} Unicode forms (${seen.map((s) => `${s.form} on ${where(s.place)}`).join(', ')}) that print alike; they were read as one node, in NFC.`,
      );
    }
    const notes = [...warnings];
    if (reencoded > 0 || this.namesChanged > 0) {
      const parts = [reencoded > 0 ? `${reencoded} node id${reencoded === 1 ? '' : 's'}` : '', this.namesChanged > 0 ? `${this.namesChanged} name${this.namesChanged === 1 ? '' : 's'} or label${this.namesChanged === 1 ? '' : 's'}` : ''].filter(Boolean);
      notes.push(`${this.file}: ${parts.join(' and ')} written in decomposed Unicode ${reencoded + this.namesChanged === 1 ? 'was' : 'were'} normalised to NFC (composed), which prints the same.`);
    }
    return { warnings, notes };
  }
}
