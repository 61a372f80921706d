/**
 * `callwatch scrape [--source <id>] [--now <ISO time or YYYY-MM-DD>] [--db …]` — runs the due sources (or one) once,
 * and the due re-checks of watched items, and prints what changed as JSON:
 * `{ runs: [{ sourceId, name, run, changes }], watched: [...] }`. Exit code 0 even when a site fails (its run records
 * the error); 1 when storage or arguments fail.
 */
import { createMemoryNotifier } from '../notifier.ts';
import { findSource } from '../sources/repository.ts';
import { createSourcesRuntime } from '../sources/runtime.ts';
import { openMigratedStore, storeLocation } from '../store/db.ts';
import { parseCommandArgs, printJson } from './args.ts';
import { UsageError, type Command } from './command.ts';

/** `--now`: an ISO instant, or a day (taken as 08:00 UTC so it is that day in Berlin). */
function parseNow(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T08:00:00Z`) : Date.parse(value);
  if (Number.isNaN(ms)) throw new UsageError('--now must be YYYY-MM-DD or an ISO time');
  return ms;
}

export const scrape: Command = {
  summary: 'run due (or one) source(s) once and print what changed',
  usage: 'callwatch scrape [--source <id>] [--now YYYY-MM-DD|<ISO time>] [--db PATH|postgres://…]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      source: { type: 'string' },
      now: { type: 'string' },
      db: { type: 'string' },
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument ${positionals[0]}`);
    const fixed = parseNow(values.now);
    // a fixed --now still moves forward with the run's own time, so durations and hlcs stay ordered
    const startedAt = Date.now();
    const now = fixed === undefined ? Date.now : () => fixed + (Date.now() - startedAt);
    const store = await openMigratedStore(storeLocation(values.db, io));
    const notifier = createMemoryNotifier();
    const deps = { db: store.db, notifier, now };
    const runtime = await createSourcesRuntime(deps, { fetcher: { allowPrivate: io.env.CALLWATCH_ALLOW_PRIVATE_SOURCES === '1', now } });
    try {
      const { engine } = runtime;
      const outcomes = [];
      if (values.source !== undefined) {
        if (!(await findSource(store.db, values.source))) throw new Error(`no source with id ${values.source}`);
        outcomes.push(await engine.runNow(values.source, 'cli'));
      } else {
        // each run moves its source's next slot past now, so this ends once nothing is due
        for (let batch = await engine.runDue('cli'); batch.length > 0; batch = await engine.runDue('cli')) outcomes.push(...batch);
      }
      const watched = values.source === undefined ? await engine.checkWatched() : [];
      const names = new Map<string, string>();
      for (const o of outcomes) names.set(o.sourceId, (await findSource(store.db, o.sourceId))?.name ?? '');
      printJson(io, {
        runs: outcomes.map((o) => ({ sourceId: o.sourceId, name: names.get(o.sourceId), run: o.run, changes: o.changes })),
        watched: watched.filter((w) => w.status !== 'unchanged'),
      });
      return 0;
    } finally {
      await runtime.engine.close();
      await notifier.close();
      await store.close();
    }
  },
};
