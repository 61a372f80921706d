import { describe, expect, it } from 'vitest';
import { formatHlc, MAX_HLC_AHEAD_MS, parseHlc } from '../../../shared/sync/hlc.ts';
import type { Op } from '../../../shared/sync/op.ts';
import { CLOCK_TOLERANCE_MS, correctClock, readServerTime } from '../../../shared/sync/skew.ts';

const CLIENT = '0b6f1c3e-8a0e-4f57-9a53-2f0c3c1d4e5f';
const ITEM = '0190a000-0000-7000-8000-000000000001';
const S = Date.UTC(2026, 10, 22, 12);
const MINUTE = 60_000;
const at = (ms: number, counter = 0) => formatHlc({ ms, counter, clientId: CLIENT });
const op = (ms: number, title: string): Op => ({ opId: `op-${title}`, itemId: ITEM, hlc: at(ms), set: { title } });
let ids = 0;
const newId = () => `new-${++ids}`;

describe('correctClock', () => {
  it('changes nothing while the clock is within the tolerance and no pending op is ahead', () => {
    const state = { clientId: CLIENT, last: at(S + 10_000), acked: at(S) };
    expect(correctClock(state, [op(S + 10_000, 'a')], S, S + CLOCK_TOLERANCE_MS - 1, newId)).toBeNull();
  });

  it('only keeps an offset when the clock runs behind: nothing pending is ahead', () => {
    const pending = [op(S - 2 * MINUTE, 'a')];
    const fixed = correctClock({ clientId: CLIENT, last: pending[0].hlc, acked: '' }, pending, S, S - 2 * MINUTE, newId);
    expect(fixed).toMatchObject({ restamped: 0, pending, clock: { offsetMs: 2 * MINUTE, last: pending[0].hlc } });
  });

  it('re-stamps an op beyond the service limit even when an acknowledged hlc keeps the clock up, and orders it after that', () => {
    const acked = at(S + 4 * MINUTE + 50_000);
    const beyond = op(S + MAX_HLC_AHEAD_MS + 10_000, 'b');
    const fixed = correctClock({ clientId: CLIENT, last: beyond.hlc, acked }, [beyond], S, S + 5 * MINUTE + 10_000, newId)!;
    expect(fixed.restamped).toBe(1);
    expect(fixed.pending[0].opId).not.toBe(beyond.opId);
    expect(fixed.pending[0].hlc > acked).toBe(true);
    expect(parseHlc(fixed.pending[0].hlc)!.ms).toBeLessThanOrEqual(S + MAX_HLC_AHEAD_MS);
  });

  it('forgets an acknowledged hlc beyond the limit (the old 24 h rule): it would make every op refused', () => {
    const fixed = correctClock({ clientId: CLIENT, last: at(S + 20 * 60 * MINUTE), acked: at(S + 20 * 60 * MINUTE) }, [op(S + 20 * 60 * MINUTE, 'x')], S, S, newId)!;
    expect(parseHlc(fixed.pending[0].hlc)!.ms).toBe(S);
    expect(fixed.clock).toMatchObject({ acked: '', offsetMs: 0 });
  });

  it('takes the last hlc of an older state (no acked) as what the service may hold', () => {
    const last = at(S + 3 * MINUTE);
    const fixed = correctClock({ clientId: CLIENT, last }, [op(S + 9 * MINUTE, 'c')], S, S + 9 * MINUTE, newId)!;
    expect(fixed.pending[0].hlc > last).toBe(true);
    expect(fixed.clock.acked).toBe(last);
  });
});

describe('readServerTime', () => {
  it('reads ISO timestamps and nothing else', () => {
    expect(readServerTime(new Date(S).toISOString())).toBe(S);
    for (const bad of [undefined, null, 42, '', 'gestern', '2026-13-45T99:00:00Z', { toString: () => '2026-11-22T12:00:00Z' }]) {
      expect(readServerTime(bad)).toBeNull();
    }
  });
});
