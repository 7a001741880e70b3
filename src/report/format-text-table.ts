/**
 * Plain-text tables for the terminal: columns padded to their widest cell,
 * numbers right-aligned. Pure; widths count code points, which is right for
 * the Latin, Cyrillic-free names in this data (no double-width characters).
 */
export interface TextColumn {
  header: string;
  align?: 'left' | 'right';
}

const width = (s: string) => [...s].length;

export function formatTextTable(columns: readonly TextColumn[], rows: readonly (readonly string[])[]): string {
  const widths = columns.map((c, i) => Math.max(width(c.header), ...rows.map((r) => width(r[i] ?? ''))));
  const pad = (cell: string, i: number) => {
    const gap = ' '.repeat(widths[i]! - width(cell));
    return columns[i]!.align === 'right' ? gap + cell : cell + gap;
  };
  const line = (cells: readonly string[]) => columns.map((_, i) => pad(cells[i] ?? '', i)).join('  ').trimEnd();
  return [line(columns.map((c) => c.header)), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n') + '\n';
}
