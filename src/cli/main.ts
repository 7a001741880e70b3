#!/usr/bin/env node
/**
 * The vennskap command line (node-only). Parses arguments, runs a command,
 * and turns errors into exit codes: 0 ok, 1 user error (one line, no stack
 * trace unless --debug), 2 internal error.
 */
import { InputError } from '../formats/input-error.ts';
import { COMMANDS, type CommandName } from './commands/index.ts';
import { UsageError, formatGeneralHelp } from './parse-command-line.ts';

async function main(argv: string[]): Promise<number> {
  const debug = argv.includes('--debug');
  const [first, ...rest] = argv.filter((a) => a !== '--debug');
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    process.stdout.write(formatGeneralHelp());
    return 0;
  }
  if (first === '--version') {
    process.stdout.write('vennskap 0.1.0\n');
    return 0;
  }
  const load = Object.hasOwn(COMMANDS, first) ? COMMANDS[first as CommandName] : undefined;
  try {
    if (!load) throw new UsageError(`unknown command "${first}"; run "vennskap --help" for the list`);
    await (await load())(rest);
    return 0;
  } catch (error) {
    if (error instanceof InputError || error instanceof UsageError) {
      process.stderr.write(`vennskap: ${error.message}\n`);
      if (debug) process.stderr.write(`${error.stack}\n`);
      return 1;
    }
    process.stderr.write(`vennskap: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (debug) process.stderr.write(`${error instanceof Error ? error.stack : ''}\n`);
    else process.stderr.write('vennskap: run again with --debug for details, and please report it\n');
    return 2;
  }
}

// A reader that stops early (`vennskap rank | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
