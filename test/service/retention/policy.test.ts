/** The retention policy alone: which final outbox rows may go, and the cutoffs the repositories compare with. */
import { describe, expect, it } from 'vitest';
import { MAX_CATCH_UP_MS } from '../../../service/alerts/plan.ts';
import { DEFAULT_RETENTION, outboxEndedMs, outboxReplanHorizonMs, outboxRowExpired, retentionCutoffs, type OutboxRetentionRow } from '../../../service/retention/policy.ts';

const NOW = Date.parse('2027-09-01T00:00:00.000Z');
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

/** A delivered deadline alert, sent `sentDaysAgo` days ago, for a deadline `deadlineDaysAgo` days ago. */
function row(sentDaysAgo: number, deadlineDaysAgo: number, overrides: Partial<OutboxRetentionRow> = {}): OutboxRetentionRow {
  const sent = iso(NOW - sentDaysAgo * DAY);
  return {
    status: 'sent',
    kind: 'deadline.due',
    payload: JSON.stringify({ type: 'deadline.due', deadlineAt: iso(NOW - deadlineDaysAgo * DAY) }),
    send_at: sent,
    sent_at: sent,
    next_attempt_at: sent,
    created_at: sent,
    ...overrides,
  };
}

describe('retention policy', () => {
  it('cutoffs are the policy’s days before now', () => {
    expect(retentionCutoffs(DEFAULT_RETENTION, NOW)).toEqual({
      outboxEndedBefore: '2027-06-03T00:00:00.000Z',
      outboxReplanBefore: '2027-08-25T00:00:00.000Z',
      inboxBefore: '2027-06-03T00:00:00.000Z',
      sourceRunsBefore: '2027-08-02T00:00:00.000Z',
      correctionsBefore: '2027-03-05T00:00:00.000Z',
    });
  });

  it('the grace after a deadline outlasts the planner’s catch-up window', () => {
    expect(DEFAULT_RETENTION.replanGraceDays * DAY).toBeGreaterThan(MAX_CATCH_UP_MS);
  });

  it('a delivered alert goes 90 days after it was sent once its deadline is a week over', () => {
    expect(outboxRowExpired(row(91, 80), DEFAULT_RETENTION, NOW)).toBe(true);
    expect(outboxRowExpired(row(89, 80), DEFAULT_RETENTION, NOW)).toBe(false);
  });

  it('keeps an old row while its deadline is ahead or only just over: editing the item could plan its key again', () => {
    expect(outboxRowExpired(row(200, -30), DEFAULT_RETENTION, NOW)).toBe(false);
    expect(outboxRowExpired(row(200, 3), DEFAULT_RETENTION, NOW)).toBe(false);
    expect(outboxRowExpired(row(200, 8), DEFAULT_RETENTION, NOW)).toBe(true);
    expect(outboxReplanHorizonMs(row(200, -30))).toBe(NOW + 30 * DAY);
  });

  it('digests and "Frist geändert" rows count from their own send time', () => {
    for (const kind of ['digest', 'deadline.changed']) {
      expect(outboxRowExpired(row(100, -30, { kind, payload: '{}' }), DEFAULT_RETENTION, NOW)).toBe(true);
      expect(outboxReplanHorizonMs(row(100, -30, { kind, payload: '{}' }))).toBe(NOW - 100 * DAY);
    }
  });

  it('never lets go of a row it cannot read, of an unknown kind, or that is not final', () => {
    expect(outboxRowExpired(row(200, 100, { payload: '{}' }), DEFAULT_RETENTION, NOW)).toBe(false);
    expect(outboxRowExpired(row(200, 100, { payload: 'not json' }), DEFAULT_RETENTION, NOW)).toBe(false);
    expect(outboxRowExpired(row(200, 100, { kind: 'something.new' }), DEFAULT_RETENTION, NOW)).toBe(false);
    expect(outboxRowExpired(row(200, 100, { sent_at: 'garbage' }), DEFAULT_RETENTION, NOW)).toBe(false);
    for (const status of ['pending', 'sending']) expect(outboxRowExpired(row(200, 100, { status, sent_at: null }), DEFAULT_RETENTION, NOW)).toBe(false);
    for (const status of ['failed', 'cancelled']) expect(outboxRowExpired(row(200, 100, { status, sent_at: null }), DEFAULT_RETENTION, NOW)).toBe(true);
  });

  it('a cancelled row ended no earlier than its last planned attempt or its creation', () => {
    const cancelled = row(200, 100, { status: 'cancelled', sent_at: null, next_attempt_at: iso(NOW - 10 * DAY) });
    expect(outboxEndedMs(cancelled)).toBe(NOW - 10 * DAY);
    expect(outboxRowExpired(cancelled, DEFAULT_RETENTION, NOW)).toBe(false);
    expect(outboxEndedMs(row(200, 100, { created_at: iso(NOW - 5 * DAY) }))).toBe(NOW - 5 * DAY);
  });
});
