import { describe, expect, it } from 'vitest';
import { AuthFailureLimiter } from '../../../service/middleware/auth-failures.ts';

describe('failed-auth limiter', () => {
  it('keeps memory bounded and each failure constant time under a flood of fresh addresses', () => {
    let wall = 1_800_000_000_000;
    const limiter = new AuthFailureLimiter(30, 60_000, () => wall, 10_000);
    const started = performance.now();
    for (let i = 0; i < 100_000; i++) limiter.fail(`2001:db8::${i.toString(16)}`); // all inside one window
    expect(performance.now() - started).toBeLessThan(2_000); // a scan per failure would take minutes
    expect(limiter.size).toBeLessThanOrEqual(10_000);
    wall += 1;
    // the most recent addresses are still counted
    for (let i = 0; i < 29; i++) limiter.fail('2001:db8::1869f');
    expect(limiter.retryAfter('2001:db8::1869f')).toBeGreaterThan(0);
  });

  it('refuses after the limit until the window ends; a newcomer beyond capacity takes the oldest window\'s place', () => {
    let wall = 0;
    const limiter = new AuthFailureLimiter(3, 60_000, () => wall, 3);
    for (let i = 0; i < 3; i++) limiter.fail('a');
    expect(limiter.retryAfter('a')).toBe(60);
    wall = 60_000; // a's window is over; it fails again in a new one
    expect(limiter.retryAfter('a')).toBe(0);
    limiter.fail('a');
    limiter.fail('b');
    limiter.fail('c');
    limiter.fail('d'); // takes the place of the oldest: a's second window
    expect(limiter.size).toBe(3);
    for (const address of ['b', 'c', 'd']) limiter.fail(address), limiter.fail(address);
    expect(['a', 'b', 'c', 'd'].map((x) => limiter.retryAfter(x) > 0)).toEqual([false, true, true, true]);
  });
});
