/**
 * `callwatch cleanup [--now <ISO time>] [--dry-run]` — deletes once what the retention policy no longer keeps
 * (service/retention/policy.ts), with the same code as the daily run in `callwatch serve` (safe beside a running
 * service). Prints the rows deleted per table — with `--dry-run`, the rows that would be — as JSON.
 */
import { runRetention } from '../retention/run.ts';
import { openMigratedStore, storeLocation } from '../store/db.ts';
import { parseCommandArgs, printJson } from './args.ts';
import { UsageError, type Command } from './command.ts';

export const cleanup: Command = {
  summary: 'delete old alert deliveries, inbox alerts and source runs (what the daily run does) once',
  usage: 'callwatch cleanup [--now <ISO time>] [--dry-run] [--db PATH|postgres://…]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { now: { type: 'string' }, 'dry-run': { type: 'boolean' }, db: { type: 'string' } });
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const nowMs = values.now === undefined ? Date.now() : Date.parse(values.now);
    if (Number.isNaN(nowMs) || (values.now !== undefined && !/^\d{4}-\d{2}-\d{2}T/.test(values.now))) {
      throw new UsageError('--now must be an ISO time such as 2027-03-01T08:00:00Z');
    }
    const store = await openMigratedStore(storeLocation(values.db, io));
    try {
      const report = await runRetention(store.db, { nowMs, dryRun: values['dry-run'] ?? false });
      if (report === null) {
        io.err('callwatch cleanup: another instance is cleaning up right now; nothing done, try again later');
        return 1;
      }
      printJson(io, report);
      return 0;
    } finally {
      await store.close();
    }
  },
};
