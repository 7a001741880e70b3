/**
 * Argument parsing for each command, on node:util's parseArgs (strict, so an
 * unknown option is an error), with one-line messages and per-command help.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A mistake on the command line: reported in one line, exit 1. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface CommandSpec {
  name: string;
  summary: string;
  usage: string;
  /** Lines of help below the usage: options and a real example. */
  help: string;
  options: OptionSpec;
  allowPositionals?: boolean;
}

export interface ParsedCommandLine {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
  help: boolean;
}

/**
 * node:util's parseArgs reads "--top -1" as two options ("argument is
 * ambiguous"). A negative number after an option that takes a value is that
 * option's value: join them as "--top=-1", so that the option's own check
 * says what it expects.
 */
function joinNegativeNumbers(spec: CommandSpec, argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const name = /^--([^=]+)$/.exec(arg)?.[1];
    const next = argv[i + 1];
    if (name !== undefined && spec.options[name]?.type === 'string' && next !== undefined && /^-(\d|\.\d|Infinity\b)/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

export function parseCommandLine(spec: CommandSpec, argv: string[]): ParsedCommandLine {
  try {
    const { values, positionals } = parseArgs({
      args: joinNegativeNumbers(spec, argv),
      options: { ...spec.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: spec.allowPositionals ?? false,
      strict: true,
    });
    const { help, ...rest } = values as Record<string, string | boolean | string[] | undefined>;
    return { values: rest, positionals, help: help === true };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]!.replace(/\. To specify a positional argument.*$/, '') : String(error);
    throw new UsageError(`${spec.name}: ${message.replace(/^Unknown option/, 'unknown option')}; run "vennskap ${spec.name} --help"`);
  }
}

export function formatCommandHelp(spec: CommandSpec): string {
  return `Usage: ${spec.usage}\n\n${spec.summary}\n\n${spec.help.trim()}\n`;
}

/** Read a whole-number option of at least `min` (default 0) and at most `max`, or fail naming it. */
export function integerOption(name: string, value: unknown, fallback: number, range: { min?: number; max?: number } = {}): number {
  if (value === undefined) return fallback;
  const min = range.min ?? 0;
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < min || (range.max !== undefined && n > range.max)) {
    const bounds = range.max === undefined ? `≥ ${min}` : `from ${min} to ${range.max}`;
    throw new UsageError(`--${name}: expected a whole number ${bounds}, got ${String(value)}`);
  }
  return n;
}

/** Read a number option (greater than `above` when given), or fail naming it. */
export function numberOption(name: string, value: unknown, fallback: number, range: { above?: number } = {}): number {
  if (value === undefined) return fallback;
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  if (!Number.isFinite(n) || (range.above !== undefined && !(n > range.above))) {
    throw new UsageError(`--${name}: expected a number${range.above === undefined ? '' : ` > ${range.above}`}, got ${String(value)}`);
  }
  return n;
}

/** Read an option restricted to a set of values. */
export function choiceOption<T extends string>(name: string, value: unknown, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!choices.includes(value as T)) throw new UsageError(`--${name}: expected one of ${choices.join(', ')}, found "${String(value)}"`);
  return value as T;
}

let generalHelp: (() => string) | undefined;
export function setGeneralHelp(render: () => string) {
  generalHelp = render;
}
export function formatGeneralHelp(): string {
  return generalHelp ? generalHelp() : 'vennskap\n';
}
