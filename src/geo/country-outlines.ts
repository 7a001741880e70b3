/**
 * Which world-atlas outlines (Natural Earth admin-0, `countries-50m.json`) a
 * place of a given country may lie in: the project's country ids (ISO
 * 3166-1 alpha-2, GB-ENG / GB-SCT / GB-WLS / GB-NIR, XK Kosovo) mapped to
 * world-atlas ids (ISO 3166-1 numeric, as strings) or, for the features
 * world-atlas gives no id, to their name. Used to check that every placed
 * point lies in (or within 25 km of) its own country, which catches a
 * namesake in the wrong country. Pure.
 *
 * Decisions:
 *  - The UK's constituent countries → the United Kingdom (826).
 *  - France's overseas departments (GP, MQ, GF, RE, YT) → France (250): Natural
 *    Earth draws them as parts of France.
 *  - Cyprus (196) also allows "N. Cyprus" (the list's Northern Cyprus places
 *    carry CY); Somalia also allows "Somaliland"; Morocco and Western
 *    Sahara (EH) allow each other: Natural Earth draws the part Morocco
 *    administers (Dakhla, Laayoune) inside Morocco and only the strip east
 *    of the berm as "W. Sahara" (732).
 *  - A sovereign state also allows its territories' outlines (France: New
 *    Caledonia, French Polynesia, …; the Netherlands: Aruba, Curaçao, Sint
 *    Maarten; the US: Puerto Rico, Guam, …; the UK: the Crown dependencies
 *    and overseas territories; Denmark: Faroe, Greenland; China: Hong Kong,
 *    Macao): the list files their towns under the state, and the geocoder
 *    looks them up there (TERRITORIES in geocode-places.ts).
 *  - Gibraltar (GI) has no outline at 50 m: it is checked against Spain (724),
 *    whose border is under a kilometre away, within the 25 km allowance.
 *  - Åland (AX), Faroe (FO), Greenland (GL), Jersey, Guernsey, Isle of Man,
 *    Hong Kong, Macao, Puerto Rico, Guam, American Samoa, Northern Marianas,
 *    Bermuda have outlines of their own.
 */
import { geoBounds, geoContains } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { distanceKm } from './great-circle-distance.ts';

export const COUNTRY_OUTLINE_IDS: Readonly<Record<string, readonly string[]>> = {
  AD: ['020'], AE: ['784'], AF: ['004'], AG: ['028'], AL: ['008'], AM: ['051'], AO: ['024'], AR: ['032'], AS: ['016'], AT: ['040'],
  AU: ['036', '574'], AX: ['248', '246'], AZ: ['031'], BA: ['070'], BB: ['052'], BD: ['050'], BE: ['056'], BF: ['854'], BG: ['100'], BH: ['048'],
  BI: ['108'], BJ: ['204'], BM: ['060'], BN: ['096'], BO: ['068'], BR: ['076'], BS: ['044'], BT: ['064'], BW: ['072'], BY: ['112'], BZ: ['084'],
  CA: ['124'], CD: ['180'], CF: ['140'], CG: ['178'], CH: ['756'], CI: ['384'], CK: ['184'], CL: ['152'], CM: ['120'], CN: ['156', '344', '446'],
  CO: ['170'], CR: ['188'], CU: ['192'], CV: ['132'], CY: ['196', 'N. Cyprus'], CZ: ['203'], DE: ['276'], DJ: ['262'], DK: ['208', '234', '304'], DM: ['212'],
  DO: ['214'], DZ: ['012'], EC: ['218'], EE: ['233'], EG: ['818'], EH: ['732', '504'], ER: ['232'], ES: ['724'], ET: ['231'], FI: ['246', '248'],
  FJ: ['242'], FK: ['238'], FM: ['583'], FO: ['234'], FR: ['250', '540', '258', '666', '876', '663', '652'], GA: ['266'], GB: ['826', '831', '832', '833', '060', '136', '092', '796', '500', '660', '238', '654'], 'GB-ENG': ['826'], 'GB-NIR': ['826'],
  'GB-SCT': ['826'], 'GB-WLS': ['826'], GD: ['308'], GE: ['268'], GF: ['250'], GG: ['831'], GH: ['288'], GI: ['724'], GL: ['304'], GM: ['270'],
  GN: ['324'], GP: ['250'], GQ: ['226'], GR: ['300'], GT: ['320'], GU: ['316'], GW: ['624'], GY: ['328'], HK: ['344'], HN: ['340'],
  HR: ['191'], HT: ['332'], HU: ['348'], ID: ['360'], IE: ['372'], IL: ['376'], IM: ['833'], IN: ['356', 'Siachen Glacier'], IQ: ['368'], IR: ['364'],
  IS: ['352'], IT: ['380'], JE: ['832'], JM: ['388'], JO: ['400'], JP: ['392'], KE: ['404'], KG: ['417'], KH: ['116'], KI: ['296'],
  KM: ['174'], KN: ['659'], KP: ['408'], KR: ['410'], KW: ['414'], KZ: ['398'], LA: ['418'], LB: ['422'], LC: ['662'], LI: ['438'],
  LK: ['144'], LR: ['430'], LS: ['426'], LT: ['440'], LU: ['442'], LV: ['428'], LY: ['434'], MA: ['504', '732'], MC: ['492'], MD: ['498'],
  ME: ['499'], MG: ['450'], MH: ['584'], MK: ['807'], ML: ['466'], MM: ['104'], MN: ['496'], MO: ['446'], MP: ['580'], MQ: ['250'],
  MR: ['478'], MT: ['470'], MU: ['480'], MV: ['462'], MW: ['454'], MX: ['484'], MY: ['458'], MZ: ['508'], NA: ['516'], NC: ['540'],
  NE: ['562'], NG: ['566'], NI: ['558'], NL: ['528', '533', '531', '534'], NO: ['578'], NP: ['524'], NZ: ['554', '184', '570'], OM: ['512'], PA: ['591'], PE: ['604'],
  PF: ['258'], PG: ['598'], PH: ['608'], PK: ['586'], PL: ['616'], PR: ['630'], PS: ['275'], PT: ['620'], PW: ['585'], PY: ['600'],
  QA: ['634'], RE: ['250'], RO: ['642'], RS: ['688'], RU: ['643'], RW: ['646'], SA: ['682'], SB: ['090'], SC: ['690'], SD: ['729'],
  SE: ['752'], SG: ['702'], SI: ['705'], SK: ['703'], SL: ['694'], SM: ['674'], SN: ['686'], SO: ['706', 'Somaliland'], SR: ['740'], SS: ['728'],
  ST: ['678'], SV: ['222'], SY: ['760'], SZ: ['748'], TD: ['148'], TG: ['768'], TH: ['764'], TJ: ['762'], TL: ['626'], TM: ['795'],
  TN: ['788'], TO: ['776'], TR: ['792'], TT: ['780'], TW: ['158'], TZ: ['834'], UA: ['804'], UG: ['800'], US: ['840', '630', '316', '016', '580', '850'], UY: ['858'],
  UZ: ['860'], VA: ['336'], VC: ['670'], VE: ['862'], VN: ['704'], VU: ['548'], WS: ['882'], XK: ['Kosovo'], YE: ['887'], YT: ['250'],
  ZA: ['710'], ZM: ['894'], ZW: ['716'],
};

export interface CountryOutline {
  key: string;
  name: string;
  feature: Feature<Geometry>;
  /** [[west, south], [east, north]] from geoBounds; west > east across the antimeridian. */
  bounds: [[number, number], [number, number]];
  /** Every ring of the outline as [lon, lat] points, for the distance to it. */
  rings: [number, number][][];
}

/** The countries of a world-atlas topology by id (or name, where it has no id). */
export function readCountryOutlines(topology: Topology, objectName = 'countries'): Map<string, CountryOutline> {
  const object = topology.objects[objectName] as GeometryCollection<{ name: string }> | undefined;
  if (!object) throw new Error(`readCountryOutlines: the topology has no object "${objectName}"`);
  const outlines = new Map<string, CountryOutline>();
  for (const geometry of object.geometries) {
    const f = feature(topology, geometry) as unknown as Feature<Geometry, { name: string }>;
    const key = geometry.id === undefined ? (geometry.properties as { name: string }).name : String(geometry.id);
    const rings: [number, number][][] = [];
    const walk = (c: unknown): void => {
      if (!Array.isArray(c)) return;
      if (Array.isArray(c[0]) && typeof c[0][0] === 'number') rings.push(c as [number, number][]);
      else for (const x of c) walk(x);
    };
    if (f.geometry && 'coordinates' in f.geometry) walk(f.geometry.coordinates);
    // Two features share an id in world-atlas (Australia and the Ashmore and Cartier Islands): join them.
    const previous = outlines.get(key);
    if (previous) {
      previous.rings.push(...rings);
      continue;
    }
    outlines.set(key, { key, name: (f.properties as { name: string }).name, feature: f, bounds: geoBounds(f) as [[number, number], [number, number]], rings });
  }
  return outlines;
}

/**
 * Places the list files under one country that world-atlas (Natural Earth's
 * de facto borders) draws inside another: the country as the list states it
 * (de jure) is accepted there. Crimea: Natural Earth draws it with Russia;
 * the list (and the UN General Assembly, resolution 68/262) has it in Ukraine.
 */
export const DISPUTED_AREAS: readonly { country: string; name: string; outline: string; south: number; north: number; west: number; east: number }[] = [
  { country: 'UA', name: 'Crimea', outline: '643', south: 44.3, north: 46.3, west: 32.4, east: 36.7 },
];

/** Distance (km) from a point to the segment a–b, on a local equirectangular plane around the point (exact enough below a few hundred km). */
function segmentKm(lat: number, lon: number, a: readonly [number, number], b: readonly [number, number]): number {
  const k = (Math.PI / 180) * 6371.0088;
  const c = Math.cos((lat * Math.PI) / 180);
  const wrap = (d: number) => (d > 180 ? d - 360 : d < -180 ? d + 360 : d);
  const ax = wrap(a[0] - lon) * c * k, ay = (a[1] - lat) * k;
  const bx = wrap(b[0] - lon) * c * k, by = (b[1] - lat) * k;
  const dx = bx - ax, dy = by - ay;
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len));
  return Math.hypot(ax + t * dx, ay + t * dy);
}

/**
 * How far (km) a point lies from its country: 0 inside, else the distance to
 * the nearest edge of the outline. `outlines` is tried in order (the 50 m
 * outlines, then the 10 m ones, which keep the small islands and exclaves
 * that 50 m drops: Patmos, the Aeolian Islands, Melilla); the smallest
 * distance counts. Undefined when the country has no outline mapping.
 */
export function distanceToCountryKm(outlines: ReadonlyMap<string, CountryOutline> | readonly ReadonlyMap<string, CountryOutline>[], country: string, lat: number, lon: number): number | undefined {
  const keys = COUNTRY_OUTLINE_IDS[country];
  if (!keys) return undefined;
  const layers = outlines instanceof Map ? [outlines] : (outlines as readonly ReadonlyMap<string, CountryOutline>[]);
  const disputed = DISPUTED_AREAS.filter((d) => d.country === country && lat >= d.south && lat <= d.north && lon >= d.west && lon <= d.east).map((d) => d.outline);
  let best = Infinity;
  for (const layer of layers) {
    for (const key of [...keys, ...disputed]) {
      const outline = layer.get(key);
      if (!outline) continue;
      if (geoContains(outline.feature, [lon, lat])) return 0;
      for (const ring of outline.rings) {
        for (let i = 1; i < ring.length; i++) {
          const a = ring[i - 1]!, b = ring[i]!;
          // Cheap reject: both ends more than `best` km north or south of the point.
          if (Math.min(a[1], b[1]) - lat > best / 110 || lat - Math.max(a[1], b[1]) > best / 110) continue;
          best = Math.min(best, segmentKm(lat, lon, a, b));
        }
      }
    }
    if (best <= 0) return 0;
  }
  return best;
}

/** The outline that contains a point, if any (to say in which country a stray point lies). */
export function countryContaining(outlines: ReadonlyMap<string, CountryOutline>, lat: number, lon: number): CountryOutline | undefined {
  for (const outline of outlines.values()) {
    const [[w, s], [e, n]] = outline.bounds;
    if (lat < s - 0.01 || lat > n + 0.01) continue;
    if (w <= e && (lon < w - 0.01 || lon > e + 0.01)) continue;
    if (geoContains(outline.feature, [lon, lat])) return outline;
  }
  return undefined;
}
