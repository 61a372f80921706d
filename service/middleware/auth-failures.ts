/**
 * Counts failed authentications per address in fixed windows: after `limit` failures the address gets 429 with
 * Retry-After until its window ends. Tokens are 256-bit random, so this guards logs and the database, not secrets.
 */
export class AuthFailureLimiter {
  #windows = new Map<string, { start: number; failures: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number,
  ) {}

  /** True when no address has failed lately: nothing to look up (the common case, asked on every request). */
  get idle(): boolean {
    return this.#windows.size === 0;
  }

  /** Seconds the address must wait, or 0 when it may try. */
  retryAfter(address: string): number {
    const window = this.#windows.get(address);
    if (!window) return 0;
    const left = window.start + this.windowMs - this.now();
    if (left <= 0) {
      this.#windows.delete(address);
      return 0;
    }
    return window.failures >= this.limit ? Math.ceil(left / 1000) : 0;
  }

  /** Records one failed authentication of the address. */
  fail(address: string): void {
    const now = this.now();
    const window = this.#windows.get(address);
    if (!window || window.start + this.windowMs <= now) {
      if (this.#windows.size > 10_000) this.#prune(now);
      this.#windows.set(address, { start: now, failures: 1 });
    } else {
      window.failures += 1;
    }
  }

  #prune(now: number): void {
    for (const [address, window] of this.#windows) if (window.start + this.windowMs <= now) this.#windows.delete(address);
  }
}
