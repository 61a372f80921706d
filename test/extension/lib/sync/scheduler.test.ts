import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NetworkError, type ServiceClient } from '../../../../extension/lib/api.ts';
import { backoffDelay, BACKOFF_MAX_MS } from '../../../../extension/lib/sync/backoff.ts';
import { createSyncScheduler } from '../../../../extension/lib/sync/scheduler.ts';
import { settings, DEFAULT_SETTINGS } from '../../../../extension/lib/store/settings.ts';
import { syncStatus } from '../../../../extension/lib/store/sync-status.ts';
import { noChannels } from '../../fixtures.ts';

beforeEach(() => fakeBrowser.reset());

function client(state: { up: boolean; pulls: number }): ServiceClient {
  return {
    me: async () => ({ member: { id: 'm', name: 'M', role: 'member' }, team: { id: 't', name: 'T' } }),
    push: async () => ({ results: [], cursor: 0 }),
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

  it('folds requests made during a round into one more round', async () => {
    await settings.setValue({ ...DEFAULT_SETTINGS, serviceUrl: 'http://127.0.0.1:1', token: 'cw_x' });
    const state = { up: true, pulls: 0 };
    const scheduler = createSyncScheduler({ clientFor: () => client(state) });
    await Promise.all([scheduler.request(), scheduler.request(), scheduler.request(), scheduler.request()]);
    expect(state.pulls).toBe(2);
  });
});
