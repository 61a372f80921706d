/** `callwatch export --team <id> [--format json|csv|ics] [--delimiter ;|,]` — the team's watchlist on stdout. */
import { teamIcsFeed } from '../feeds/team-feed.ts';
import { CSV_DELIMITERS, type CsvDelimiter } from '../../shared/csv.ts';
import { teamItemsCsv } from '../io/items-csv.ts';
import { openMigratedStore, storeLocation } from '../store/db.ts';
import { exportWatchlist } from '../items/transfer.ts';
import { parseCommandArgs, printJson } from './args.ts';
import { UsageError, type Command } from './command.ts';

export const exportCommand: Command = {
  summary: "print a team's watchlist as JSON, CSV or iCalendar",
  usage: 'callwatch export --team <id> [--format json|csv|ics] [--delimiter ";"|","] [--db PATH|postgres://…]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { team: { type: 'string' }, format: { type: 'string' }, delimiter: { type: 'string' }, db: { type: 'string' } });
    if (positionals.length > 0) throw new UsageError(`unexpected argument ${positionals[0]}`);
    if (!values.team) throw new UsageError('--team <id> is required');
    const format = values.format ?? 'json';
    if (format !== 'json' && format !== 'csv' && format !== 'ics') throw new UsageError('--format must be json, csv or ics');
    // German Excel splits on ";" (the default); "," for other tools
    const delimiter = (values.delimiter ?? ';') as CsvDelimiter;
    if (!CSV_DELIMITERS.includes(delimiter)) throw new UsageError('--delimiter must be ";" or ","');
    const store = await openMigratedStore(storeLocation(values.db, io));
    try {
      if (format === 'ics') {
        // the same calendar the feed route serves (service/feeds/team-feed.ts)
        const feed = await teamIcsFeed(store.db, values.team, { onSkip: ({ itemId, reason }) => io.err(`callwatch export: item ${itemId}: ${reason}`) });
        if (feed === null) throw new UsageError(`no team ${values.team}`);
        io.out(feed);
        return 0;
      }
      const watchlist = await exportWatchlist({ db: store.db, now: Date.now }, values.team);
      if (format === 'csv') io.out(await teamItemsCsv(store.db, values.team, watchlist.items, { now: Date.now(), delimiter }));
      else printJson(io, watchlist);
      return 0;
    } finally {
      await store.close();
    }
  },
};

