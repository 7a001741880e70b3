/**
 * Layout of the friendship-rings and cross-source-confirmation sections (data
 * from build-partner-sections.ts). Plain-text blocks only: the renderers
 * escape every string, so names from the data can never become markup.
 */
import type { CrosscheckSection, RingsSection, RingsSectionGroup } from './build-partner-sections.ts';
import { countryName } from '../ingest/country-names.ts';
import { formatPercent } from './format-figures.ts';
import { heading, list, paragraph, provenance, right, sectionTitle, table, type Block } from './report-blocks.ts';
import { plural } from './layout-report-sections.ts';

/** Rings and near-rings listed in the table; the rest are counted and left to `vennskap rings`. */
const MAX_GROUPS = 40;

function groupRow(g: RingsSectionGroup, label: string): string[] {
  return [
    label,
    String(g.members.length),
    g.members.map((m) => `${m.name} (${m.country})`).join(', '),
    String(g.countries.length),
    g.missing ? `missing ${g.missing.a} – ${g.missing.b}` : 'complete',
    g.links.map((l) => `${l.a} – ${l.b}: ${l.sources.join(', ') || 'no source'}`).join('; '),
  ];
}

export function layoutRings(s: RingsSection): Block[] {
  const o = s.options;
  const home = countryName(o.country) || o.country;
  const blocks: Block[] = [
    heading(2, sectionTitle('rings'), 'rings'),
    paragraph(
      'Nordic twinning often comes in friendship rings: a Norwegian, a Swedish, a Danish, a Finnish and an Icelandic town, each twinned with every other. ',
      `A ring here is a group of at least ${o.minSize} places in at least ${o.minCountries} countries, all linked to one another, with a place in ${home} among them `,
      '(a maximal clique of the twin network). A near-ring lacks exactly one link: with that one link it would be a ring, so it names a partnership worth asking about.',
    ),
  ];
  if (s.rings.length === 0 && s.nearRings.length === 0) {
    blocks.push(
      paragraph(
        `No rings and no near-rings in this network (${plural(s.seeds, 'place')} in ${home} searched). `,
        s.starsOnly
          ? `Every link in it has an end in ${home}: the documents it is built from list whom each Norwegian place is twinned with, never whether its partners are twinned with each other, so the network is a set of stars and no ring can show. The world list of twin towns adds those partner links.`
          : `No group of ${o.minSize} places in ${o.minCountries} countries is linked all round.`,
      ),
      list(provenance(s.source, s.reproduce)),
    );
    return blocks;
  }
  const shown = [...s.rings.map((g, i) => groupRow(g, `Ring ${i + 1}`)), ...s.nearRings.map((g, i) => groupRow(g, `Near-ring ${i + 1}`))];
  const left = shown.length - MAX_GROUPS;
  blocks.push(
    paragraph(`${plural(s.rings.length, 'ring')} and ${plural(s.nearRings.length, 'near-ring')} around ${plural(s.seeds, 'place')} in ${home}.`),
    table(
      ['Group', right('Places'), 'Members (country)', right('Countries'), 'Complete?', 'Links (file:line of each statement)'],
      shown.slice(0, MAX_GROUPS),
      [...(left > 0 ? [[`${left} more not shown; the command below lists them all.`]] : []), ...provenance(s.source, s.reproduce)],
      'Friendship rings, largest first, then near-rings',
    ),
  );
  return blocks;
}

export function layoutCrosscheck(s: CrosscheckSection): Block[] {
  const c = s.counts;
  const share = (n: number) => formatPercent(c.links > 0 ? n / c.links : null);
  const blocks: Block[] = [
    heading(2, sectionTitle('crosscheck'), 'crosscheck'),
    paragraph(
      'A link two independent sources state is better attested than one a single page names. ',
      `Every link with a Norwegian end is sorted by the documents that state it: the seed page (${s.seedFile}), the English Wikipedia list (${s.wikipediaFile}), both, or neither. `,
      'Links neither states come only from the Norway–China friendship page or the Oslo Region office page, which record friendship agreements and memberships; they form their own group, so the seed page is not credited with what it does not say.',
    ),
  ];
  if (!s.wikipediaInData) {
    blocks.push(
      paragraph(
        `The Wikipedia list is not part of this dataset (the sources chosen leave it out), so no link can be confirmed by it or found only there: `,
        `of the ${plural(c.links, 'link')}, ${c['seed-only']} are on the seed page alone and ${c['other-only']} on the other pages alone.`,
      ),
    );
  }
  blocks.push(
    table(
      ['Stated by', right('Links'), right('Share')],
      [
        ['Both the seed page and Wikipedia', String(c.both), share(c.both)],
        ['The seed page only', String(c['seed-only']), share(c['seed-only'])],
        ['Wikipedia only', String(c['wikipedia-only']), share(c['wikipedia-only'])],
        ['Other sources only', String(c['other-only']), share(c['other-only'])],
      ],
      provenance(s.source, s.reproduce),
      'Links with a Norwegian end, by the sources that state them',
    ),
    table(
      ['Norwegian place', 'County', right('Both'), right('Seed page only'), right('Wikipedia only'), right('Other only'), right('Links')],
      s.places.map((p) => [p.name, p.county ?? '', String(p.counts.both), String(p.counts['seed-only']), String(p.counts['wikipedia-only']), String(p.counts['other-only']), String(p.counts.links)]),
      [['Every link of each row, with the file:line on both sides: ', { code: `${s.reproduce} --csv` }]],
      'By Norwegian place',
    ),
  );
  if (s.otherOnly.length > 0) {
    blocks.push(
      table(
        ['Norwegian place', 'Partner', 'Country', 'Relation', 'Source (file:line)'],
        s.otherOnly.map((r) => [r.home, r.partner, r.partnerCountry, r.relations.join(', '), r.sources.join(', ')]),
        provenance(s.source, s.reproduce),
        'Links only the other sources state',
      ),
    );
  }
  return blocks;
}
