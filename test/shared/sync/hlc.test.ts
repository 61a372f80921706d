import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { Clock, compareHlc, formatHlc, HlcSchema, parseHlc } from '../../../shared/sync/hlc.ts';

const CLIENT_A = '0b6f1c3e-8a0e-4f57-9a53-2f0c3c1d4e5f';
const CLIENT_B = 'f1e2d3c4-b5a6-4978-8695-a4b3c2d1e0f9';

describe('hlc', () => {
  it('formats zero-padded and parses back', () => {
    const hlc = formatHlc({ ms: 1_700_000_000_000, counter: 7, clientId: CLIENT_A });
    expect(hlc).toBe(`1700000000000-0007-${CLIENT_A}`);
    expect(parseHlc(hlc)).toEqual({ ms: 1_700_000_000_000, counter: 7, clientId: CLIENT_A });
    expect(formatHlc({ ms: 5, counter: 0, clientId: CLIENT_A })).toBe(`0000000000005-0000-${CLIENT_A}`);
  });

  it('refuses strings that are not hlcs', () => {
    for (const bad of ['', '1700000000000-0007', `170000000000-0007-${CLIENT_A}`, `1700000000000-07-${CLIENT_A}`, `1700000000000-0007-not-a-uuid`]) {
      expect(parseHlc(bad)).toBeNull();
      expect(v.is(HlcSchema, bad)).toBe(false);
    }
  });

  it('orders by string exactly as by (ms, counter, clientId)', () => {
    const parts = fc.record({
      ms: fc.integer({ min: 0, max: 9_999_999_999_999 }),
      counter: fc.integer({ min: 0, max: 9999 }),
      clientId: fc.constantFrom(CLIENT_A, CLIENT_B),
    });
    fc.assert(
      fc.property(parts, parts, (a, b) => {
        const byParts = a.ms - b.ms || a.counter - b.counter || (a.clientId < b.clientId ? -1 : a.clientId > b.clientId ? 1 : 0);
        expect(Math.sign(compareHlc(formatHlc(a), formatHlc(b)))).toBe(Math.sign(byParts));
      }),
    );
  });

  it('never repeats or goes back, even when wall time stands still or jumps back', () => {
    const walls = [1000, 1000, 1000, 999, 500, 1001, 1001, 2000];
    let i = 0;
    const clock = new Clock(CLIENT_A, () => walls[Math.min(i++, walls.length - 1)]);
    const seen = walls.map(() => clock.now());
    for (let k = 1; k < seen.length; k++) expect(compareHlc(seen[k], seen[k - 1])).toBe(1);
    expect(seen[0]).toBe(`0000000001000-0000-${CLIENT_A}`);
    expect(seen[1]).toBe(`0000000001000-0001-${CLIENT_A}`);
  });

  it('moves past every observed hlc', () => {
    const clock = new Clock(CLIENT_A, () => 1000);
    const remote = formatHlc({ ms: 5000, counter: 42, clientId: CLIENT_B });
    clock.observe(remote);
    const next = clock.now();
    expect(compareHlc(next, remote)).toBe(1);
    expect(parseHlc(next)).toEqual({ ms: 5000, counter: 43, clientId: CLIENT_A });
    clock.observe('garbage');
    clock.observe(formatHlc({ ms: 10, counter: 0, clientId: CLIENT_B }));
    expect(compareHlc(clock.now(), next)).toBe(1);
  });

  it('borrows the next millisecond when the counter is exhausted', () => {
    const clock = new Clock(CLIENT_A, () => 1000);
    clock.observe(formatHlc({ ms: 1000, counter: 9999, clientId: CLIENT_B }));
    expect(parseHlc(clock.now())).toEqual({ ms: 1001, counter: 0, clientId: CLIENT_A });
  });
});
