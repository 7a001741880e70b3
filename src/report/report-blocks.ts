/**
 * The report as a list of format-neutral blocks (headings, paragraphs,
 * tables, figures). The layout decides what is said once; the Markdown and
 * HTML renderers only translate blocks and escape every text they write, so
 * the two files cannot drift apart and escaping lives in two small places.
 *
 * All strings in blocks are plain text (never markup): renderers escape them.
 */

/** Inline content: plain text, code (commands, file names), strong text, or an in-page link. */
export type Inline = string | { code: string } | { strong: string } | { link: string; text: string };

export interface TableColumn {
  header: string;
  align?: 'left' | 'right';
  /** Cells are commands or identifiers, shown as code. */
  code?: boolean;
}

export interface TableBlock {
  kind: 'table';
  caption?: string;
  columns: TableColumn[];
  rows: string[][];
  /** Lines under the table: where the data comes from, how to reproduce it. */
  notes: Inline[][];
}

export interface FigureBlock {
  kind: 'figure';
  id: string;
  caption: string;
  /** A standalone <svg> element (HTML only). */
  svg: string;
  /** The chart's numbers: shown in Markdown instead of the chart, and under it in HTML. */
  data: TableBlock;
}

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; id: string }
  | { kind: 'paragraph'; content: Inline[] }
  | { kind: 'list'; items: Inline[][] }
  | TableBlock
  | FigureBlock;

export const heading = (level: 1 | 2 | 3, text: string, id: string): Block => ({ kind: 'heading', level, text, id });
export const paragraph = (...content: Inline[]): Block => ({ kind: 'paragraph', content });
export const list = (items: Inline[][]): Block => ({ kind: 'list', items });
export const code = (text: string): Inline => ({ code: text });
export const strong = (text: string): Inline => ({ strong: text });

export function table(columns: (string | TableColumn)[], rows: string[][], notes: Inline[][] = [], caption?: string): TableBlock {
  return {
    kind: 'table',
    ...(caption !== undefined ? { caption } : {}),
    columns: columns.map((c) => (typeof c === 'string' ? { header: c } : c)),
    rows,
    notes,
  };
}

export const right = (header: string): TableColumn => ({ header, align: 'right' });
export const codeColumn = (header: string): TableColumn => ({ header, code: true });

/** The two standard notes under a table. */
export function provenance(source: string, command?: string): Inline[][] {
  const notes: Inline[][] = [['Source: ', source]];
  if (command) notes.push(['Reproduce: ', code(command)]);
  return notes;
}

/** The sections a report can have, in order, with their heading ids. */
export const REPORT_SECTIONS = [
  { id: 'overview', title: 'Overview' },
  { id: 'hubs', title: 'Hubs' },
  { id: 'clusters', title: 'Country clusters' },
  { id: 'rings', title: 'Friendship rings' },
  { id: 'geography', title: 'Geography' },
  { id: 'ended', title: 'Ended partnerships' },
  { id: 'crosscheck', title: 'Cross-source confirmation' },
  { id: 'quality', title: 'Data quality' },
  { id: 'method', title: 'How this report was made' },
] as const;

export type ReportSectionId = (typeof REPORT_SECTIONS)[number]['id'];

export const sectionTitle = (id: ReportSectionId) => REPORT_SECTIONS.find((s) => s.id === id)!.title;

/**
 * The sections of the report of a user's network, in order: the Norway-only
 * sections (country clusters, geography, data quality) have no counterpart;
 * "communities" is the generic one; "ended" appears only when links carry a status.
 */
export const NETWORK_REPORT_SECTIONS = [
  { id: 'overview', title: 'Overview' },
  { id: 'hubs', title: 'Hubs' },
  { id: 'communities', title: 'Communities' },
  { id: 'ended', title: 'Ended links' },
  { id: 'method', title: 'How this report was made' },
] as const;
