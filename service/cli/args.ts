/** Argument parsing shared by the sub-commands (node:util parseArgs; mistakes become UsageError). */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError, type CommandIO } from './command.ts';

/** Parses a command's arguments strictly (unknown options are usage errors). */
export function parseCommandArgs<const O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** Prints a value as JSON on stdout. */
export function printJson(io: CommandIO, value: unknown): void {
  io.out(JSON.stringify(value, null, 2));
}
