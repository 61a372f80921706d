/**
 * `callwatch import <file> --team <id>` — items from a JSON export (`{ items: [...] }`), a JSON list, or CSV (by the
 * file's extension or its first character). Prints `{ created, updated, unchanged, rejected }`.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { csvToRecords, type CsvMember } from '../../shared/items-csv.ts';
import { createMemoryNotifier } from '../notifier.ts';
import { openMigratedStore, storeLocation } from '../store/db.ts';
import { pgPublisher } from '../store/pg-notifier.ts';
import { teamCsvMembers } from '../io/items-csv.ts';
import { findTeam } from '../store/teams.ts';
import { importWatchlist } from '../items/transfer.ts';
import { parseCommandArgs, printJson } from './args.ts';
import { UsageError, type Command } from './command.ts';

/** The records of an import file (a CSV's assignees are named by one of `members`). */
export function readRecords(path: string, text: string, members: readonly CsvMember[] = []): unknown[] {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (/\.csv$/i.test(path) || !(trimmed.startsWith('{') || trimmed.startsWith('['))) return csvToRecords(text, members);
  const data = JSON.parse(trimmed) as unknown;
  if (Array.isArray(data)) return data;
  if (data && typeof data === 'object' && Array.isArray((data as { items?: unknown }).items)) return (data as { items: unknown[] }).items;
  throw new Error('a JSON import is a list of items or an export { "items": [...] }');
}

export const importCommand: Command = {
  summary: "add or update a team's items from a JSON or CSV file",
  usage: 'callwatch import <file.json|file.csv> --team <id> [--db PATH|postgres://…]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { team: { type: 'string' }, db: { type: 'string' } });
    if (positionals.length !== 1) throw new UsageError('expected one file');
    if (!values.team) throw new UsageError('--team <id> is required');
    const path = resolve(io.cwd, positionals[0]);
    const text = await readFile(path, 'utf8');
    const store = await openMigratedStore(storeLocation(values.db, io));
    try {
      if (!(await findTeam(store.db, values.team))) {
        io.err(`callwatch import: no team with id ${values.team}`);
        return 1;
      }
      const members = await teamCsvMembers(store.db, values.team);
      const records = readRecords(path, text, members);
      const notifier = store.dialect === 'postgres' ? pgPublisher(store.db) : createMemoryNotifier();
      const report = await importWatchlist({ db: store.db, now: Date.now, notifier }, values.team, records);
      printJson(io, report);
      return report.rejected.length > 0 && report.created + report.updated + report.unchanged === 0 ? 1 : 0;
    } finally {
      await store.close();
    }
  },
};
