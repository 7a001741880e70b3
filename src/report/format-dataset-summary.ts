/** The dataset summary as terminal text. Pure. */
import type { DatasetSummary } from '../dataset/summarise-dataset.ts';
import { formatTextTable } from './format-text-table.ts';

export function formatDatasetSummary(summary: DatasetSummary): string {
  const lines: string[] = [];
  lines.push('Dataset');
  lines.push(
    `  ${summary.places} places (${summary.norwegianPlaces} Norwegian, ${summary.foreignPlaces} foreign) in ${summary.countries} countries`,
  );
  lines.push(`  ${summary.links} links (${summary.activeLinks} active, ${summary.endedLinks} ended) from ${summary.mentions} source statements`);
  lines.push('');
  lines.push('Diagnostics by kind');
  lines.push(
    formatTextTable(
      [{ header: 'kind' }, { header: 'count', align: 'right' }],
      summary.diagnosticsByKind.map((d) => [d.kind, String(d.count)]),
    ).replace(/^/gm, '  ').trimEnd(),
  );
  lines.push('');
  lines.push('Top Norwegian municipalities by number of foreign partners (all sources; and as stated by the seed page and by Wikipedia)');
  const rows: string[][] = [];
  const n = Math.max(summary.topAsWritten.length, summary.topResolved.length);
  for (let i = 0; i < n; i++) {
    const w = summary.topAsWritten[i];
    const r = summary.topResolved[i];
    rows.push([String(i + 1), w?.name ?? '', w ? String(w.partners) : '', r?.name ?? '', r ? String(r.partners) : '', r ? String(r.seedPage ?? '') : '', r ? String(r.wikipedia ?? '') : '']);
  }
  lines.push(
    formatTextTable(
      [
        { header: '#', align: 'right' },
        { header: 'as written' },
        { header: 'partners', align: 'right' },
        { header: 'resolved (2024)' },
        { header: 'partners', align: 'right' },
        { header: 'seed page', align: 'right' },
        { header: 'Wikipedia', align: 'right' },
      ],
      rows,
    ).replace(/^/gm, '  ').trimEnd(),
  );
  return lines.join('\n') + '\n';
}
