/**
 * `callwatch backup <file>` — a consistent copy of the SQLite database through SQLite's online backup API, safe
 * while the service runs. (PostgreSQL has its own tools: pg_dump.)
 */
import BetterSqlite3 from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { isPostgresUrl, openMigratedStore, storeLocation } from '../store/db.ts';
import { parseCommandArgs, printJson } from './args.ts';
import { UsageError, type Command } from './command.ts';

export const backup: Command = {
  summary: 'copy the SQLite database to a file while the service runs',
  usage: 'callwatch backup <file> [--db PATH]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { db: { type: 'string' } });
    if (positionals.length !== 1) throw new UsageError('expected the backup file');
    const location = storeLocation(values.db, io);
    if (isPostgresUrl(location)) {
      io.err('callwatch backup: the database is PostgreSQL; back it up with pg_dump');
      return 1;
    }
    const target = resolve(io.cwd, positionals[0]);
    if (target === location) throw new UsageError('the backup file must not be the database itself');
    if (existsSync(target)) {
      io.err(`callwatch backup: ${target} exists; choose a new file`);
      return 1;
    }
    await (await openMigratedStore(location)).close();
    const source = new BetterSqlite3(location, { fileMustExist: true });
    try {
      source.pragma('busy_timeout = 5000');
      const { totalPages } = await source.backup(target);
      printJson(io, { backup: target, pages: totalPages });
      return 0;
    } finally {
      source.close();
    }
  },
};
