/**
 * `callwatch alerts run [--now <ISO time>]` — plans and delivers the alerts due at that time once, with the same
 * code as the scheduler in `callwatch serve` (safe beside a running service). Prints the run's report as JSON.
 */
import { runAlerts } from '../alerts/run.ts';
import { createAlertRuntime } from '../alerts/runtime.ts';
import { alertSettingsFromEnv } from '../main.ts';
import { openMigratedStore, storeLocation } from '../store/db.ts';
import { parseCommandArgs, printJson } from './args.ts';
import { UsageError, type Command } from './command.ts';

export const alertsCommand: Command = {
  summary: 'deliver the alerts due now (or at --now) once',
  usage: 'callwatch alerts run [--now <ISO time>] [--db PATH|postgres://…]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { now: { type: 'string' }, db: { type: 'string' } });
    if (positionals[0] !== 'run' || positionals.length > 1) throw new UsageError('expected: alerts run');
    const nowMs = values.now === undefined ? Date.now() : Date.parse(values.now);
    if (Number.isNaN(nowMs) || (values.now !== undefined && !/^\d{4}-\d{2}-\d{2}T/.test(values.now))) {
      throw new UsageError('--now must be an ISO time such as 2027-03-01T08:00:00Z');
    }
    const store = await openMigratedStore(storeLocation(values.db, io));
    const settings = alertSettingsFromEnv(io.env);
    const runtime = createAlertRuntime(store.db, settings);
    try {
      printJson(io, await runAlerts({ db: store.db, context: runtime.context }, nowMs));
      return 0;
    } finally {
      await runtime.close();
      await store.close();
    }
  },
};
