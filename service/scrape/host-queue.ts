/**
 * Politeness in time: one request at a time per host, a minimum pause between the end of one request and the start of
 * the next to the same host, a pause a host asked for (Retry-After), and a cap on requests in flight overall. A host
 * that is slow only ever holds up its own queue: the global slot is taken after the host's wait, not before.
 */

export interface HostQueueOptions {
  /** pause between two requests to one host (ms) */
  minDelayMs: number;
  /** requests in flight over all hosts */
  concurrency: number;
  /** injectable for tests */
  now?: () => number;
}

interface HostState {
  /** settles when the host's last queued task is done */
  tail: Promise<void>;
  /** when the last request to the host ended (ms) */
  lastEnd: number;
  /** the host's own minimum pause (robots.txt Crawl-delay), when longer than ours */
  delayMs: number;
  /** no request before this instant (Retry-After) */
  notBefore: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A counting semaphore: `acquire` resolves when one of `size` slots is free. */
class Slots {
  #free: number;
  readonly #waiting: Array<() => void> = [];
  constructor(size: number) {
    this.#free = Math.max(1, size);
  }
  async acquire(): Promise<void> {
    if (this.#free > 0) {
      this.#free--;
      return;
    }
    await new Promise<void>((resolve) => this.#waiting.push(resolve));
  }
  release(): void {
    const next = this.#waiting.shift();
    if (next) next();
    else this.#free++;
  }
}

/** Serialises work per host with pauses between, under one global cap. */
export class HostQueue {
  readonly #hosts = new Map<string, HostState>();
  readonly #slots: Slots;
  readonly #now: () => number;

  constructor(private readonly options: HostQueueOptions) {
    this.#slots = new Slots(options.concurrency);
    this.#now = options.now ?? Date.now;
  }

  #state(host: string): HostState {
    let state = this.#hosts.get(host);
    if (!state) this.#hosts.set(host, (state = { tail: Promise.resolve(), lastEnd: 0, delayMs: 0, notBefore: 0 }));
    return state;
  }

  /** Sets a host's own pause (e.g. robots.txt Crawl-delay); ours applies when it is longer. */
  setHostDelay(host: string, delayMs: number): void {
    this.#state(host).delayMs = delayMs;
  }

  /** Asks the queue not to start a request to the host before `at` (ms). */
  pauseUntil(host: string, at: number): void {
    const state = this.#state(host);
    state.notBefore = Math.max(state.notBefore, at);
  }

  /** When the host may be asked again (0 when it has not asked us to wait). */
  pausedUntil(host: string): number {
    return this.#hosts.get(host)?.notBefore ?? 0;
  }

  /** Runs `task` when it is the host's turn, its pause is over and a global slot is free. */
  run<T>(host: string, task: () => Promise<T>): Promise<T> {
    const state = this.#state(host);
    const result = state.tail.then(async () => {
      const delay = Math.max(this.options.minDelayMs, state.delayMs);
      const start = Math.max(state.lastEnd + delay, state.notBefore);
      const wait = start - this.#now();
      if (wait > 0) await sleep(wait);
      await this.#slots.acquire();
      try {
        return await task();
      } finally {
        this.#slots.release();
        state.lastEnd = this.#now();
      }
    });
    // the next task waits for this one whatever its outcome
    state.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }
}
