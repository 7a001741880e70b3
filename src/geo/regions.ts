/**
 * World regions for summarising partnership distances by where the partner is.
 *
 * The grouping follows how Norwegian twinning history reads, not a UN scheme:
 * the Nordic countries (with their self-governing islands) are one block
 * because the post-war Nordic "vennskapsby" chains are the bulk of the links;
 * the Baltic states are split from the rest of Central/Eastern Europe because
 * most of their links were made after 1991; Russia stands alone because the
 * Barents cooperation links are a distinct wave, many ended in 2022. Former
 * Yugoslavia is placed in Central/Eastern Europe, Turkey in the Middle East
 * (every Turkish partner in our data is in Anatolia). A code not listed here
 * falls in 'Other', so an unexpected country shows up in the summaries
 * instead of silently joining a wrong group. Browser-safe.
 */

export const REGION_NAMES = [
  'Nordic',
  'Baltic',
  'British Isles',
  'Western Europe',
  'Central/Eastern Europe',
  'Southern Europe',
  'Russia',
  'Middle East',
  'Asia',
  'Africa',
  'Americas',
  'Oceania',
  'Other',
] as const;
export type Region = (typeof REGION_NAMES)[number];

const MEMBERS: Readonly<Record<Exclude<Region, 'Other'>, readonly string[]>> = {
  Nordic: ['NO', 'SE', 'DK', 'FI', 'IS', 'FO', 'GL', 'AX', 'SJ'],
  Baltic: ['EE', 'LV', 'LT'],
  'British Isles': ['GB', 'GB-ENG', 'GB-SCT', 'GB-WLS', 'GB-NIR', 'IE', 'IM', 'JE', 'GG'],
  'Western Europe': ['DE', 'FR', 'NL', 'BE', 'LU', 'AT', 'CH', 'LI', 'MC'],
  'Central/Eastern Europe': [
    'PL', 'CZ', 'SK', 'HU', 'RO', 'BG', 'UA', 'BY', 'MD',
    'SI', 'HR', 'BA', 'RS', 'ME', 'MK', 'AL', 'XK',
  ],
  'Southern Europe': ['ES', 'PT', 'IT', 'GR', 'MT', 'CY', 'AD', 'SM', 'VA', 'GI'],
  Russia: ['RU'],
  'Middle East': ['TR', 'IL', 'PS', 'LB', 'JO', 'SY', 'IQ', 'IR', 'SA', 'AE', 'QA', 'KW', 'BH', 'OM', 'YE', 'EG', 'GE', 'AM', 'AZ'],
  Asia: [
    'CN', 'JP', 'KR', 'KP', 'TW', 'HK', 'MO', 'MN', 'VN', 'TH', 'LA', 'KH', 'MM', 'MY', 'SG', 'ID', 'PH', 'TL', 'BN',
    'IN', 'PK', 'BD', 'LK', 'NP', 'BT', 'MV', 'AF', 'KZ', 'KG', 'TJ', 'TM', 'UZ',
  ],
  Africa: [
    'ER', 'ET', 'KE', 'UG', 'TZ', 'RW', 'BI', 'SO', 'DJ', 'SD', 'SS', 'MG', 'MZ', 'MW', 'ZM', 'ZW', 'BW', 'NA', 'ZA',
    'LS', 'SZ', 'AO', 'CD', 'CG', 'CM', 'GA', 'NG', 'GH', 'CI', 'SN', 'ML', 'BF', 'NE', 'TD', 'LR', 'SL', 'GN', 'GM',
    'GW', 'BJ', 'TG', 'MR', 'MA', 'DZ', 'TN', 'LY', 'CV', 'ST', 'GQ', 'CF', 'KM', 'MU', 'SC',
  ],
  Americas: [
    'US', 'CA', 'MX', 'GT', 'BZ', 'SV', 'HN', 'NI', 'CR', 'PA', 'CU', 'HT', 'DO', 'JM', 'PR', 'TT', 'BB', 'BS',
    'CO', 'VE', 'EC', 'PE', 'BO', 'BR', 'PY', 'UY', 'AR', 'CL', 'GY', 'SR',
  ],
  Oceania: ['AU', 'NZ', 'PG', 'FJ', 'WS', 'TO', 'SB', 'VU'],
};

const REGION_OF: ReadonlyMap<string, Region> = new Map(
  Object.entries(MEMBERS).flatMap(([region, codes]) => codes.map((code) => [code, region as Region] as const)),
);

/** The region of an ISO 3166-1 alpha-2 code (or GB-ENG / GB-SCT / …); 'Other' when the code is not listed. */
export function regionOfCountry(country: string): Region {
  return REGION_OF.get(country.toUpperCase()) ?? 'Other';
}
