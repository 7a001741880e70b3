/**
 * Bookkeeping shared by the parsers: every line of a document gets a role,
 * so a test can prove that nothing in the list part was silently dropped.
 */
import type { Diagnostic, DiagnosticKind, LineAccount, LineRole, Mention, ParseResult } from '../dataset/types.ts';

/** Split text into lines; "\r\n", "\r" and "\n" all end a line. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

const PRIORITY: Record<LineRole, number> = { prose: 0, blank: 1, header: 2, diagnostic: 3, mention: 4 };

/** Collects the strongest role seen for each line: mention > diagnostic > header > blank > prose. */
export class LineLedger {
  private readonly roles: LineRole[];

  constructor(lines: readonly string[]) {
    this.roles = lines.map((l) => (l.trim() === '' ? 'blank' : 'prose'));
  }

  mark(line: number, role: LineRole): void {
    const index = line - 1;
    const current = this.roles[index];
    if (current !== undefined && PRIORITY[role] > PRIORITY[current]) this.roles[index] = role;
  }

  markRange(from: number, to: number, role: LineRole): void {
    for (let line = from; line <= to; line++) this.mark(line, role);
  }

  role(line: number): LineRole | undefined {
    return this.roles[line - 1];
  }

  accounts(): LineAccount[] {
    return this.roles.map((role, i) => ({ line: i + 1, role }));
  }
}

/**
 * What every parser keeps while it reads a document: its lines, the ledger
 * of line roles, the mentions and diagnostics found. `report` records a
 * diagnostic and marks its line, so a reported line is always accounted for.
 */
export class ParseRecorder {
  readonly lines: string[];
  readonly ledger: LineLedger;
  readonly mentions: Mention[] = [];
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    readonly file: string,
    text: string,
  ) {
    this.lines = splitLines(text);
    this.ledger = new LineLedger(this.lines);
  }

  report(line: number, kind: DiagnosticKind, message: string): void {
    this.diagnostics.push({ file: this.file, line, kind, message });
    this.ledger.mark(line, 'diagnostic');
  }

  /** The parse result; 0, 0 when no list part was found. */
  result(listStart = 0, listEnd = 0): ParseResult {
    return { file: this.file, mentions: this.mentions, diagnostics: this.diagnostics, lines: this.ledger.accounts(), listStart, listEnd };
  }
}
