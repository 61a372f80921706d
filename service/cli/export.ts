/** `callwatch export --team <id> [--format json|csv]` — the team's watchlist on stdout. */
import { itemsToCsv } from '../io/items-csv.ts';
import { openMigratedStore } from '../store/db.ts';
import { exportWatchlist } from '../services/transfer.ts';
import { parseCommandArgs, printJson, storeLocation } from './args.ts';
import { UsageError, type Command } from './command.ts';

export const exportCommand: Command = {
  summary: "print a team's watchlist as JSON or CSV",
  usage: 'callwatch export --team <id> [--format json|csv] [--db PATH|postgres://…]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { team: { type: 'string' }, format: { type: 'string' }, db: { type: 'string' } });
    if (positionals.length > 0) throw new UsageError(`unexpected argument ${positionals[0]}`);
    if (!values.team) throw new UsageError('--team <id> is required');
    const format = values.format ?? 'json';
    // TODO(2026-11-22): `--format ics` belongs with the ICS feed (service/feeds), not built yet
    if (format !== 'json' && format !== 'csv') throw new UsageError('--format must be json or csv');
    const store = await openMigratedStore(storeLocation(values.db, io));
    try {
      const watchlist = await exportWatchlist({ db: store.db, now: Date.now }, values.team);
      if (format === 'csv') io.out(itemsToCsv(watchlist.items));
      else printJson(io, watchlist);
      return 0;
    } finally {
      await store.close();
    }
  },
};

