/**
 * The places named in the raw documents, extracted here independently of the
 * ingest parsers, so the geocoding tests do not trust the code they check.
 */
import { readFileSync } from 'node:fs';

const RAW = new URL('../../data/raw/', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, RAW), 'utf8');

export interface RawPlace {
  name: string;
  country: string;
}

const FLAG = /^([\u{1F1E6}-\u{1F1FF}]{2}|\u{1F3F4})\s*(.*)$/u;

/** Foreign partners on the twin-town page: "<flag> Name" after each "🇳🇴 X," line; 🏴 is England or Scotland by section. */
export function readTwinTownPartners(): RawPlace[] {
  const found = new Map<string, RawPlace>();
  let section = '';
  for (const line of read('norway-twin-towns.txt').split('\n')) {
    // A line can hold a partner, then the next section's header: "🇷🇺 Vyborg Norway has links with Scotland".
    const [entries, nextSection] = line.split(/Norway has links with /u) as [string, string | undefined];
    for (const segment of entries.split(/(?=\u{1F3F4}|(?<![\u{1F1E6}-\u{1F1FF}])[\u{1F1E6}-\u{1F1FF}]{2})/u)) {
      const match = FLAG.exec(segment.trim());
      if (!match) continue;
      const flag = match[1]!;
      const country =
        flag === '\u{1F3F4}'
          ? section === 'Scotland'
            ? 'GB-SCT'
            : 'GB-ENG'
          : [...flag].map((c) => String.fromCharCode(c.codePointAt(0)! - 0x1f1e6 + 65)).join('');
      const name = match[2]!.replace(/,.*$/u, '').trim();
      if (country === 'NO' || !name) continue;
      found.set(`${country}|${name}`, { name, country });
    }
    if (nextSection !== undefined) section = nextSection.trim();
  }
  return [...found.values()];
}

/** Chinese partners on the China page: pair headings "A and B; C and D", keeping the side that is not Norwegian. */
export function readChinaPartners(norwegianNames: ReadonlySet<string>): RawPlace[] {
  const out: RawPlace[] = [];
  for (const line of read('norway-china-friendship.txt').split('\n')) {
    if (line.length > 80 || line.includes('.')) continue;
    for (const pair of line.split('; ')) {
      const sides = pair.split(' and ').map((s) => s.trim());
      if (sides.length !== 2) continue;
      const foreign = sides.filter((s) => !norwegianNames.has(s));
      if (foreign.length === 1) out.push({ name: foreign[0]!, country: 'CN' });
    }
  }
  return out;
}

export interface RawMember {
  name: string;
  kind: 'municipality' | 'county' | 'university';
}

/** Members of the Oslo Region European Office: "Municipality of X", "City of X", "X County", "… University". */
export function readOsloRegionMembers(): RawMember[] {
  const out: RawMember[] = [];
  for (const line of read('oslo-region-members.txt').split('\n').map((l) => l.trim())) {
    let m: RegExpExecArray | null;
    if ((m = /^(?:Municipality|City) of (.+)$/u.exec(line))) out.push({ name: m[1]!, kind: 'municipality' });
    else if ((m = /^(.+) County$/u.exec(line))) out.push({ name: m[1]!, kind: 'county' });
    else if (/University$/u.test(line) && line.length < 80) out.push({ name: line, kind: 'university' });
  }
  return out;
}
