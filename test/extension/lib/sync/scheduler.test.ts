import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NetworkError, type ServiceClient } from '../../../../extension/lib/api.ts';
import { backoffDelay, BACKOFF_MAX_MS, PENDING_RETRY_MAX_MS } from '../../../../extension/lib/sync/backoff.ts';
import { pendingOps } from '../../../../extension/lib/store/pending.ts';
import { createSyncScheduler } from '../../../../extension/lib/sync/scheduler.ts';
import { settings, DEFAULT_SETTINGS } from '../../../../extension/lib/store/settings.ts';
import { syncStatus } from '../../../../extension/lib/store/sync-status.ts';
import { noChannels } from '../../fixtures.ts';

beforeEach(() => fakeBrowser.reset());

function client(state: { up: boolean; pulls: number }): ServiceClient {
  return {
    me: async () => ({ member: { id: 'm', name: 'M', role: 'member' }, team: { id: 't', name: 'T' }, role: 'member' }),
    push: async () => {
      if (!state.up) throw new NetworkError('refused');
      return { results: [], cursor: 0 };
    },
    pull: async () => {
      state.pulls += 1;
      if (!state.up) throw new NetworkError('refused');
      return { items: [], cursor: 0, more: false };
    },
    alerts: async () => ({ alerts: [], cursor: 0, more: false }),
    members: async () => [],
    ...noChannels,
  };
}

describe('backoff', () => {
  it('doubles from 2 s and stops at 5 minutes', () => {
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, 0.5))).toEqual([2000, 4000, 8000, 16000]);
    expect(backoffDelay(30, 0.5)).toBe(BACKOFF_MAX_MS);
    expect(backoffDelay(1, 0)).toBeLessThan(backoffDelay(1, 0.99));
    // the jitter never passes the cap
    expect(backoffDelay(30, 0.99)).toBe(BACKOFF_MAX_MS);
    expect(backoffDelay(30, 0.99, PENDING_RETRY_MAX_MS)).toBe(PENDING_RETRY_MAX_MS);
  });
});

describe('sync scheduler', () => {
  it('does nothing before the service is configured', async () => {
    const state = { up: true, pulls: 0 };
    const scheduler = createSyncScheduler({ clientFor: () => client(state) });
    expect(await scheduler.request()).toBeNull();
    expect(state.pulls).toBe(0);
  });

  it('retries a failed round after a growing delay and resets after success', async () => {
    await settings.setValue({ ...DEFAULT_SETTINGS, serviceUrl: 'http://127.0.0.1:1', token: 'cw_x' });
    const state = { up: false, pulls: 0 };
    const timers: { fn: () => void; ms: number }[] = [];
    const scheduler = createSyncScheduler({ clientFor: () => client(state), setTimer: (fn, ms) => timers.push({ fn, ms }), clearTimer: () => undefined });
    await scheduler.request();
    await scheduler.request();
    expect(scheduler.failures).toBe(2);
    expect(timers[1].ms).toBeGreaterThan(timers[0].ms);
    expect((await syncStatus.getValue()).lastError?.kind).toBe('offline');
    state.up = true;
    timers.at(-1)!.fn();
    await scheduler.request();
    expect(scheduler.failures).toBe(0);
    expect((await syncStatus.getValue()).lastError).toBeNull();
  });

  it('while the user\u2019s changes wait, retries within 25 s however long the outage, and sets an alarm that wakes the background for it', async () => {
    await settings.setValue({ ...DEFAULT_SETTINGS, serviceUrl: 'http://127.0.0.1:1', token: 'cw_x' });
    const state = { up: false, pulls: 0 };
    const timers: number[] = [];
    const wakes: number[] = [];
    const scheduler = createSyncScheduler({
      clientFor: () => client(state),
      setTimer: (_fn, ms) => timers.push(ms),
      clearTimer: () => undefined,
      wakeAfter: async (ms) => void wakes.push(ms),
    });
    // nothing pending: the backoff grows to minutes and no alarm is needed
    for (let i = 0; i < 10; i++) await scheduler.request();
    expect(timers.at(-1)).toBeGreaterThan(60_000);
    expect(wakes).toEqual([]);
    // a clip saved while the service is down
    await pendingOps.setValue([{ opId: '0190a000-0000-7000-8000-000000000001', itemId: '0190a000-0000-7000-8000-0000000000aa', hlc: '1773133200000-0000-0190a000-0000-7000-8000-00000000c11e', set: { kind: 'call', title: 'Offline erfasst' } }] as never);
    for (let i = 0; i < 5; i++) await scheduler.request();
    expect(Math.max(...timers.slice(10))).toBeLessThanOrEqual(PENDING_RETRY_MAX_MS);
    expect(wakes).toHaveLength(5);
    expect(Math.max(...wakes)).toBeLessThanOrEqual(PENDING_RETRY_MAX_MS);
  });

  it('folds requests made during a round into one more round', async () => {
    await settings.setValue({ ...DEFAULT_SETTINGS, serviceUrl: 'http://127.0.0.1:1', token: 'cw_x' });
    const state = { up: true, pulls: 0 };
    const scheduler = createSyncScheduler({ clientFor: () => client(state) });
    await Promise.all([scheduler.request(), scheduler.request(), scheduler.request(), scheduler.request()]);
    expect(state.pulls).toBe(2);
  });
});
