/**
 * Fallback spellings for a place name the gazetteer does not hold as written,
 * for the world list (English Wikipedia writes municipalities, districts and
 * units where GeoNames holds towns). Each variant says why it was tried, so a
 * placement or a miss can name the rule. Tried only after the name as written
 * and its aliases failed; a variant still goes through the same namesake
 * (ambiguity) check. Pure; measured by scripts/measure-geocoding.ts, and each
 * rule is kept only because it placed more places without moving any into
 * another country (tests/geo/points-in-country.test.ts).
 */

export interface NameVariant {
  name: string;
  rule: string;
  /**
   * The variant dropped a qualifier the source wrote to tell namesakes apart
   * ("Lengnau, Bern", "Stolberg (Rhineland)"): any namesake far away makes it
   * ambiguous, whatever the populations, unless `region` narrows it.
   */
  strict?: boolean;
  /** A region the dropped qualifier names ("Lagoa, Algarve" → Algarve), to narrow namesakes by GeoNames admin1. */
  region?: string;
}

const UNIT_SUFFIX = / (prefecture|province|region|municipality|rural district|district|metropolitan borough|borough|city|town|village|commune|municipal district|rural gmina|urban gmina|gmina|raion|county)$/iu;
/**
 * US counties and townships name many places; a county is not its namesake
 * town (Montgomery County, Maryland is not Montgomery, Alabama). A Chinese
 * county's seat has its own name, and its namesake town is often elsewhere
 * (audit: Donghai, Dayi, Lichuan and Zhongshan County landed in other
 * provinces; scripts/audit-geocoding-rules.ts).
 */
const NO_COUNTY_STRIP = new Set(['US', 'CN']);
/** "Rottenburg am Neckar", "Frankenberg an der Eder", "Balog nad Ipľom", "Weiden in der Oberpfalz": the town before the river or landscape. */
const RIVER_QUALIFIER = / (am|an der|in der|im|ob der|bei|nad|pod|na|upon|on|sur|sous|en|lès|les|near) .+$/u;
/** Countries whose districts GeoNames names "…skiy Rayon". */
const RAYON_COUNTRIES = new Set(['RU', 'BY', 'UA', 'KZ']);
const DASH_DISTRICT = /^(.+?) [–—-] (.+)$/u;
const QUALIFIED = /^(.+?) \(([^()]+)\)$/u;
const COMMA = /^([^,]+), (.+)$/u;
const ROMAN_OR_NUMBER = /^(.*\S) (?:[IVXLC]+|\d+)\.?$/u;
/** Leading words that make the first part of a hyphenated name meaningless alone (Saint-Laurent-Médoc). */
const HYPHEN_HEAD_STOP = /^(saint|sainte|st|ste|san|santa|santo|são|la|le|les|l'|el|al|bad|nieder|ober|unter|groß|klein|dolny|horny|nowy|stary|velke|male|nova|stara)$/iu;

function push(out: NameVariant[], seen: Set<string>, name: string, rule: string, extra: Partial<NameVariant> = {}): void {
  const trimmed = name.trim();
  if (!trimmed || seen.has(trimmed)) return;
  seen.add(trimmed);
  out.push({ name: trimmed, rule, ...extra });
}

/** Saint / St / St. spellings of one name. */
function saintForms(name: string): string[] {
  const forms: string[] = [];
  if (/^St\.? /u.test(name)) forms.push(name.replace(/^St\.? /u, 'Saint '), name.replace(/^St\.? /u, name.startsWith('St.') ? 'St ' : 'St. '));
  if (/^Saint /u.test(name)) forms.push(name.replace(/^Saint /u, 'St '), name.replace(/^Saint /u, 'St. '));
  if (/^Sankt /u.test(name)) forms.push(name.replace(/^Sankt /u, 'St. '));
  return forms;
}

/** Variants of one name, best first; never the name itself. */
export function nameVariants(name: string, country: string): NameVariant[] {
  const out: NameVariant[] = [];
  const seen = new Set([name]);
  const iso = country.toUpperCase().startsWith('GB-') ? 'GB' : country.toUpperCase();
  const add = (variant: string, rule: string, extra: Partial<NameVariant> = {}) => {
    push(out, seen, variant, rule, extra);
    for (const form of saintForms(variant)) push(out, seen, form, `${rule}; Saint/St spelling`, extra);
  };
  for (const form of saintForms(name)) push(out, seen, form, 'Saint/St spelling');

  const qualified = QUALIFIED.exec(name);
  if (qualified) {
    // A capitalised qualifier tells namesakes apart ("Frankfurt (Oder)"); a lowercase one names a kind of unit ("(rural gmina)").
    const tellsApart = /^\p{Lu}/u.test(qualified[2]!);
    add(qualified[1]!, `without the qualifier "(${qualified[2]})"`, tellsApart ? { strict: true, region: qualified[2]! } : {});
    if (/^\p{Lu}/u.test(qualified[2]!)) add(qualified[2]!, `the place named in the qualifier (a district is placed at its town)`);
  }
  const dash = DASH_DISTRICT.exec(name);
  if (dash && !qualified) {
    add(dash[2]!, 'the district after the dash');
    add(dash[1]!, 'the town before the dash (a district is placed at its town)');
  }
  const comma = COMMA.exec(name);
  if (comma) add(comma[1]!, `without the qualifier ", ${comma[2]}"`, { strict: true, region: comma[2]! });
  const base = qualified?.[1] ?? comma?.[1] ?? name;
  const numbered = ROMAN_OR_NUMBER.exec(base);
  if (numbered) add(numbered[1]!, 'a numbered district, placed at its town');
  const unit = UNIT_SUFFIX.exec(base);
  if (unit && !(NO_COUNTY_STRIP.has(iso) && /county|township|borough/i.test(unit[1]!))) {
    add(base.slice(0, unit.index), `a ${unit[1]!.toLowerCase()} placed at its namesake town`);
  }
  const cityOf = /^(?:(?:City|Town|Municipality|Borough|Royal Borough|District) of|County) (.+)$/iu.exec(base);
  if (cityOf) add(cityOf[1]!, 'a unit placed at its namesake town');
  const river = RIVER_QUALIFIER.exec(base);
  // The river or landscape is what tells namesakes apart (Frankfurt an der Oder, Frankfurt am Main): strict.
  if (river && river.index > 0) add(base.slice(0, river.index), `without "${base.slice(river.index + 1)}"`, { strict: true });
  const hyphen = base.split(/[-–]/u);
  if (hyphen.length >= 2 && !/\s/u.test(hyphen[0]!) && !HYPHEN_HEAD_STOP.test(hyphen[0]!) && /^\p{Lu}/u.test(hyphen[1] ?? '')) {
    add(hyphen[0]!, 'the first town of a merged municipality');
  }
  // English Wikipedia's "Yeysky District" is GeoNames' "Yeyskiy Rayon" (or, newer, "Yeysky District" as written).
  const rayon = /^(.+)(sk|ts)(?:y|iy|oy) District$/u.exec(base);
  if (rayon && RAYON_COUNTRIES.has(iso)) {
    const ending = base.endsWith('oy District') ? 'oy' : 'iy';
    add(`${rayon[1]}${rayon[2]}${ending} Rayon`, "GeoNames' spelling of a district (rayon)");
  }
  const and = / and /u.exec(base);
  if (and && and.index > 0) add(base.slice(0, and.index), 'the first town of a merged district');
  return out;
}
