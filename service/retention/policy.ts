/**
 * What the service keeps how long (the one place that says so). Pure: time comes in as `nowMs`, rows as plain values.
 *
 * - Outbox rows in a final state (sent, failed, cancelled): 90 days after they ended, and never while the planner
 *   could still produce their key again. The unique key is what keeps delivery exactly-once: the planner emits a key
 *   only for a send time inside its window (since, now], and every send time of a deadline alert lies before its
 *   deadline — but not always at its slot: editing an item moves its "known since", and the most urgent missed alert is
 *   then planned again, late, under the same key (shared/alerts/planner.ts). So a row is kept until its deadline (for a
 *   deadline alert) or its send time (digests, "Frist geändert") lies REPLAN_GRACE behind, which covers the planner's
 *   48-hour catch-up window (MAX_CATCH_UP_MS in service/alerts/plan.ts) with room for clock skew between instances.
 * - Inbox rows (the extension's alerts): 90 days after they were added. The server does not know a member's cursor
 *   (the extension keeps it), so "never pulled" cannot be told apart; 90 days outlasts any extension that still runs.
 *   A row whose outbox row is still pending or being sent is kept: delivering it again would append it again.
 * - Source runs: the last 50 of each source and everything of the last 30 days, whichever is more.
 * - Corrections (a clipped page with the extractor's draft and what the user saved): 180 days after they arrived —
 *   long enough for a team to export them as test data (`callwatch corpus export`), not a copy of the web kept forever.
 * - Not touched: items (tombstones included), applied ops (opId replay records), alert_state (the windows and the
 *   inbox counters): the sync protocol and the exactly-once machinery depend on them and DESIGN.md sets no end.
 */

const DAY_MS = 86_400_000;

export interface RetentionPolicy {
  /** final outbox rows are kept this long after they ended */
  outboxDays: number;
  /** and until their key can no longer be planned again: the deadline (or send time) this far behind */
  replanGraceDays: number;
  /** inbox rows are kept this long after they were added */
  inboxDays: number;
  /** each source keeps at least this many runs… */
  sourceRunsKeep: number;
  /** …and every run of this many days */
  sourceRunsDays: number;
  /** corrections are kept this long after they arrived */
  correctionsDays: number;
}

/** The defaults (README, self-hosting section). */
export const DEFAULT_RETENTION: RetentionPolicy = {
  outboxDays: 90,
  replanGraceDays: 7,
  inboxDays: 90,
  sourceRunsKeep: 50,
  sourceRunsDays: 30,
  correctionsDays: 180,
};

export const FINAL_OUTBOX_STATUSES = ['sent', 'failed', 'cancelled'] as const;

/** The instants (ISO) the repositories compare with: rows older than these are candidates. */
export interface RetentionCutoffs {
  /** final outbox rows that ended before this */
  outboxEndedBefore: string;
  /** …whose send time is before this (a cheap pre-filter: every replanned send time lies before the horizon) */
  outboxReplanBefore: string;
  inboxBefore: string;
  sourceRunsBefore: string;
  correctionsBefore: string;
}

/** The cutoffs of a policy at `nowMs`. */
export function retentionCutoffs(policy: RetentionPolicy, nowMs: number): RetentionCutoffs {
  const before = (days: number) => new Date(nowMs - days * DAY_MS).toISOString();
  return {
    outboxEndedBefore: before(policy.outboxDays),
    outboxReplanBefore: before(policy.replanGraceDays),
    inboxBefore: before(policy.inboxDays),
    sourceRunsBefore: before(policy.sourceRunsDays),
    correctionsBefore: before(policy.correctionsDays),
  };
}

/** What the policy reads of an outbox row. */
export interface OutboxRetentionRow {
  status: string;
  kind: string;
  /** JSON; a deadline alert's carries `deadlineAt` */
  payload: string;
  send_at: string;
  sent_at: string | null;
  next_attempt_at: string;
  created_at: string;
}

/**
 * When the row ended, as late as its columns allow: sent rows at `sent_at`, given-up ones at `next_attempt_at` (set
 * when they were ended), cancelled pending rows no earlier than their last planned attempt or their creation.
 */
export function outboxEndedMs(row: OutboxRetentionRow): number {
  return Math.max(...[row.sent_at, row.next_attempt_at, row.created_at].map(parseMs));
}

/**
 * The last instant at which the planner could emit the row's key again: a deadline alert's deadline (nothing is sent
 * at or after it), else the row's own send time. Unknown or unreadable: never (the row is kept).
 */
export function outboxReplanHorizonMs(row: Pick<OutboxRetentionRow, 'kind' | 'payload' | 'send_at'>): number {
  const sendMs = parseMs(row.send_at);
  if (row.kind === 'digest' || row.kind === 'deadline.changed') return sendMs;
  if (row.kind !== 'deadline.due') return Infinity;
  let deadlineAt: unknown;
  try {
    deadlineAt = (JSON.parse(row.payload) as { deadlineAt?: unknown }).deadlineAt;
  } catch {
    return Infinity;
  }
  return typeof deadlineAt === 'string' ? Math.max(sendMs, parseMs(deadlineAt)) : Infinity;
}

/** True when a final outbox row may go: ended long enough ago and its key can never be planned again. */
export function outboxRowExpired(row: OutboxRetentionRow, policy: RetentionPolicy, nowMs: number): boolean {
  if (!(FINAL_OUTBOX_STATUSES as readonly string[]).includes(row.status)) return false;
  return outboxEndedMs(row) < nowMs - policy.outboxDays * DAY_MS && outboxReplanHorizonMs(row) < nowMs - policy.replanGraceDays * DAY_MS;
}

/** An unreadable instant counts as "not yet" (Infinity), so a row with one is kept. */
function parseMs(iso: string | null): number {
  if (iso === null) return -Infinity;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? Infinity : ms;
}
