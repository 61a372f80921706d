/** Argument parsing shared by the sub-commands (node:util parseArgs; mistakes become UsageError). */
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isPostgresUrl } from '../store/db.ts';
import { UsageError, type CommandIO } from './command.ts';

/** Parses a command's arguments strictly (unknown options are usage errors). */
export function parseCommandArgs<const O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** The storage location: `--db`, else DATABASE_URL, else ./callwatch.db (DESIGN.md "Command line"). */
export function storeLocation(db: string | undefined, io: CommandIO): string {
  const location = db ?? io.env.DATABASE_URL ?? 'callwatch.db';
  return isPostgresUrl(location) ? location : resolve(io.cwd, location);
}

/** Prints a value as JSON on stdout. */
export function printJson(io: CommandIO, value: unknown): void {
  io.out(JSON.stringify(value, null, 2));
}
