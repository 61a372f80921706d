/**
 * Counts failed authentications per address in fixed windows: after `limit` failures the address's *unknown* tokens
 * get 429 with Retry-After until its window ends (the middleware never refuses a valid token for them: a town
 * hall's staff share one public address, and one colleague's stale token must not lock everyone out). Tokens are
 * 256-bit random, so this guards logs and the database, not secrets. Memory is bounded: at most `capacity`
 * addresses are tracked in a ring, and a new one takes the slot of the oldest window in constant time (no scan).
 */
interface Window {
  start: number;
  failures: number;
  /** the address's place in the ring */
  slot: number;
}

export class AuthFailureLimiter {
  #windows = new Map<string, Window>();
  #ring: (string | undefined)[] = [];
  #next = 0;

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number,
    private readonly capacity = 10_000,
  ) {}

  /** True when no address has failed lately: nothing to look up. */
  get idle(): boolean {
    return this.#windows.size === 0;
  }

  /** How many addresses are tracked (never more than the capacity). */
  get size(): number {
    return this.#windows.size;
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

  /** Records one failed authentication of the address. Constant time. */
  fail(address: string): void {
    const now = this.now();
    const window = this.#windows.get(address);
    if (window && window.start + this.windowMs > now) {
      window.failures += 1;
      return;
    }
    if (window) this.#windows.delete(address);
    const slot = this.#next;
    const previous = this.#ring[slot];
    // the slot's address may have left (window over) and come back elsewhere: only its own entry goes
    if (previous !== undefined && this.#windows.get(previous)?.slot === slot) this.#windows.delete(previous);
    this.#ring[slot] = address;
    this.#windows.set(address, { start: now, failures: 1, slot });
    this.#next = (slot + 1) % this.capacity;
  }
}
