/**
 * One alert run — what the scheduler does every minute and `callwatch alerts run --now <ISO>` does once: plan every
 * team's window up to `now` into the outbox, then claim and deliver what is due, batch by batch, until nothing due
 * is left (or the run's batch budget is spent; the next run continues). Safe to run in several processes at once.
 */
import type { Kysely } from 'kysely';
import { v4 as uuidv4 } from 'uuid';
import type { Database } from '../store/schema.ts';
import type { DeliveryContext } from './channels/index.ts';
import { deliverRows, type DeliverReport } from './deliver.ts';
import { claim } from './outbox.ts';
import { planTeam } from './plan.ts';

export interface AlertRunOptions {
  db: Kysely<Database>;
  /** the channels' tools: HTTP sender, SMTP sender, VAPID keys */
  context: Omit<DeliveryContext, 'db' | 'now' | 'signal'>;
  /** per delivery attempt (default 10 s) */
  attemptTimeoutMs?: number;
  /** deliveries in flight at once (default 32) */
  concurrency?: number;
  /** rows claimed at once (default 200) */
  batchSize?: number;
  /** batches per run at most (default 50) */
  maxBatches?: number;
  /** who claims (default a random id per run) */
  owner?: string;
}

export interface AlertRunReport extends DeliverReport {
  now: string;
  enqueued: number;
  /** teams whose window could not be planned this time (kept for the next run), with why */
  unplanned: { teamId: string; error: string }[];
}

/** Plans and delivers everything due at `nowMs`. */
export async function runAlerts(options: AlertRunOptions, nowMs: number): Promise<AlertRunReport> {
  const { db } = options;
  const now = new Date(nowMs).toISOString();
  const report: AlertRunReport = { now, enqueued: 0, sent: 0, retried: 0, failed: 0, cancelled: 0, unplanned: [] };
  const teams = await db.selectFrom('teams').select(['id', 'created_at']).orderBy('id').execute();
  for (const team of teams) {
    // one team whose data cannot be planned never holds up the others' alerts; its window stays open for the next run
    try {
      report.enqueued += await planTeam(db, team, nowMs);
    } catch (error) {
      report.unplanned.push({ teamId: team.id, error: error instanceof Error ? error.message : String(error) });
    }
  }

  const attemptTimeoutMs = options.attemptTimeoutMs ?? 10_000;
  const concurrency = options.concurrency ?? 32;
  const batchSize = options.batchSize ?? 200;
  const owner = options.owner ?? uuidv4();
  // the lease outlasts the slowest possible batch (every attempt running into its timeout), plus a margin
  const leaseMs = Math.ceil(batchSize / concurrency) * attemptTimeoutMs + 60_000;
  for (let batch = 0; batch < (options.maxBatches ?? 50); batch++) {
    const rows = await claim(db, { owner, now, leaseUntil: new Date(nowMs + leaseMs).toISOString(), limit: batchSize });
    if (rows.length === 0) break;
    const done = await deliverRows(rows, { db, owner, nowMs, attemptTimeoutMs, concurrency, context: options.context });
    report.sent += done.sent;
    report.retried += done.retried;
    report.failed += done.failed;
    report.cancelled += done.cancelled;
  }
  return report;
}
