/**
 * Layout shared by the Norway report and the report of a user's network:
 * the overview table, the hub rankings (the measures, each top N, where the
 * rankings disagree, how much the lists overlap) and the provenance lines.
 * Both reports carry the same ReportFigure, HubSection and GeneratedFrom
 * data, so they are laid out by one code path; only the noun ("place" or
 * "node") and one explanation differ.
 */
import { formatDecimal, formatMetricValue, formatPercent } from './format-figures.ts';
import { code, codeColumn, heading, list, paragraph, provenance, right, strong, table, type Block, type Inline, type TableBlock } from './report-blocks.ts';
import type { GeneratedFrom, HubMetric, HubSection, ReportFigure } from './report-data.ts';

/** A figure's value as shown. */
export function formatFigure(f: ReportFigure): string {
  return f.value === null ? 'undefined' : f.unit === 'count' ? String(f.value) : f.unit === 'share' ? formatPercent(f.value) : formatDecimal(f.value, 4);
}

/** The overview figures, each with its source and the command that reproduces it. */
export function overviewTable(figures: readonly ReportFigure[], notes: Inline[][]): TableBlock {
  return table(
    ['Figure', right('Value'), 'Note', 'Source', codeColumn('Reproduce')],
    figures.map((f) => [f.label, formatFigure(f), f.detail ?? '', f.source, f.reproduce]),
    notes,
  );
}

/** How the hub tables name what they rank. */
export interface HubWording {
  /** "place" or "node". */
  one: string;
  many: string;
  /** What a disagreement between two measures means, for the reader of this network. */
  explanation: string;
}

export const PLACE_WORDING: HubWording = {
  one: 'place',
  many: 'places',
  explanation:
    'A place high on betweenness but not on partners bridges groups with few partners of its own; a place high on eigenvector but low elsewhere sits in the largest connected group.',
};

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function hubCell(hubs: HubSection, metric: HubMetric, i: number): string {
  const entry = hubs.rankings[metric][i];
  if (!entry) return '';
  const digits = hubs.metrics.find((m) => m.key === metric)!.digits;
  return `${entry.rank}. ${entry.name} (${formatMetricValue(entry.value, digits)})`;
}

/** Everything of the hub section after its introduction: measures, top lists, disagreements, overlap. */
export function layoutHubRankings(hubs: HubSection, wording: HubWording): Block[] {
  const metrics = hubs.metrics;
  const label = (key: HubMetric) => metrics.find((m) => m.key === key)!.label;
  // Ties at the cut are all listed; a degenerate tie (every place equal) is cut at three times N.
  const limit = hubs.top * 3;
  const longest = Math.max(0, ...metrics.map((m) => hubs.rankings[m.key].length));
  const rows = Array.from({ length: Math.min(longest, limit) }, (_, i) => metrics.map((m) => hubCell(hubs, m.key, i)));
  const cut = metrics.filter((m) => hubs.rankings[m.key].length > limit).map((m) => m.label);
  const blocks: Block[] = [
    list(metrics.map((m) => [strong(m.label), `: ${m.description}. `, ...(m.warning ? [`${m.warning} `] : []), code(m.reproduce)])),
    table(
      metrics.map((m) => m.label),
      rows,
      [
        ...provenance(hubs.source),
        ...(cut.length > 0 ? [[`Lists cut at ${limit} rows because of ties: ${cut.join(', ')}.`]] : []),
      ],
      `Top ${hubs.top} by each measure: rank. ${wording.one} (value)`,
    ),
    heading(3, 'Where the rankings disagree', 'hubs-disagreements'),
    paragraph(
      `${capital(wording.many)} in the top ${hubs.top} of some measures but not of all, or whose ranks differ by more than ${hubs.rankGap}; largest difference first. `,
      wording.explanation,
    ),
  ];
  if (hubs.disagreements.length === 0) {
    blocks.push(paragraph(`The measures agree: every ${wording.one} in one top ${hubs.top} is in all of them, with ranks at most ${hubs.rankGap} apart.`));
  } else {
    blocks.push(
      table(
        [capital(wording.one), ...metrics.map((m) => right(`${m.label} rank`)), `In top ${hubs.top} of`, right('Rank gap')],
        hubs.disagreements.map((d) => [
          d.name,
          ...metrics.map((m) => String(d.ranks[m.key])),
          d.inTop.map(label).join(', '),
          String(d.gap),
        ]),
        provenance(hubs.source),
      ),
    );
  }
  blocks.push(
    table(
      ['', ...metrics.map((m) => right(m.label))],
      metrics.map((a) => [
        a.label,
        ...metrics.map((b) => {
          if (a.key === b.key) return '–';
          const pair = hubs.overlap.find((o) => (o.a === a.key && o.b === b.key) || (o.a === b.key && o.b === a.key));
          return pair ? String(pair.shared) : '';
        }),
      ]),
      [[`${capital(wording.many)} that two top-${hubs.top} lists share (with ties at the cut, a list can hold more than ${hubs.top}).`]],
      `Overlap of the top ${hubs.top} lists`,
    ),
  );
  return blocks;
}

/** The caller's provenance (tool, note, input files with their SHA-256), when given. */
export function layoutGeneratedFrom(from: GeneratedFrom | null): Block[] {
  if (!from) return [];
  const blocks: Block[] = [];
  const items: Inline[][] = [];
  if (from.tool) items.push(['Generated by ', from.tool]);
  if (from.note) items.push([from.note]);
  blocks.push(...(items.length > 0 ? [list(items)] : []));
  if (from.files && from.files.length > 0) {
    blocks.push(table(['Input file', 'SHA-256'], from.files.map((f) => [f.file, f.sha256 ?? '']), []));
  }
  return blocks;
}
