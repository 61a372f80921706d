/**
 * Hybrid logical clocks (DESIGN.md "Sync protocol"): `<ms since epoch, 13 digits>-<counter, 4 digits>-<clientId>`.
 * Zero-padded so that plain string comparison orders them; the clientId breaks ties between clients.
 * Pure: wall time is injected, so the same code runs in the extension, the service and tests.
 */
import * as v from 'valibot';

const HLC_PATTERN = /^(\d{13})-(\d{4})-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;
const MAX_COUNTER = 9999;

/**
 * How far ahead of the service's wall clock an hlc may be (DESIGN.md "Sync protocol": 5 minutes). The service refuses
 * ops beyond it; a client that finds itself ahead re-stamps what it has not yet sent (shared/sync/skew.ts).
 */
export const MAX_HLC_AHEAD_MS = 5 * 60 * 1000;

export interface HlcParts {
  ms: number;
  counter: number;
  clientId: string;
}

/** Formats the parts of an hlc as its string form. */
export function formatHlc({ ms, counter, clientId }: HlcParts): string {
  return `${String(ms).padStart(13, '0')}-${String(counter).padStart(4, '0')}-${clientId}`;
}

/** Parses an hlc string; null when it is not one. */
export function parseHlc(hlc: string): HlcParts | null {
  const m = HLC_PATTERN.exec(hlc);
  return m ? { ms: Number(m[1]), counter: Number(m[2]), clientId: m[3] } : null;
}

/** The milliseconds part of an hlc; NaN when it is not one. */
export function hlcMs(hlc: string): number {
  return parseHlc(hlc)?.ms ?? Number.NaN;
}

/** Orders two hlcs (negative, zero, positive) — plain string order, by design of the format. */
export function compareHlc(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** valibot schema of an hlc string. */
export const HlcSchema = v.pipe(
  v.string(),
  v.check((s) => HLC_PATTERN.test(s), 'must be an hlc <13-digit ms>-<4-digit counter>-<clientId uuid>'),
);

/**
 * One client's clock: `now()` returns an hlc greater than every hlc it returned or observed before.
 * Callers observe every hlc they receive (pulled, pushed by others) so their next edit orders after it.
 */
export class Clock {
  #ms = 0;
  #counter = 0;

  constructor(
    readonly clientId: string,
    private readonly wallNow: () => number,
  ) {}

  /** The last hlc this clock returned or observed; '' before the first. */
  get last(): string {
    return this.#ms === 0 ? '' : formatHlc({ ms: this.#ms, counter: this.#counter, clientId: this.clientId });
  }

  /** The next hlc of this client. */
  now(): string {
    const wall = Math.floor(this.wallNow());
    if (wall > this.#ms) {
      this.#ms = wall;
      this.#counter = 0;
    } else if (this.#counter < MAX_COUNTER) {
      this.#counter += 1;
    } else {
      // 10,000 hlcs within one millisecond: borrow the next millisecond rather than overflow the 4 digits
      this.#ms += 1;
      this.#counter = 0;
    }
    return formatHlc({ ms: this.#ms, counter: this.#counter, clientId: this.clientId });
  }

  /** Advances the clock past a seen hlc (ignores strings that are not hlcs). */
  observe(hlc: string): void {
    const seen = parseHlc(hlc);
    if (!seen) return;
    if (seen.ms > this.#ms || (seen.ms === this.#ms && seen.counter > this.#counter)) {
      this.#ms = seen.ms;
      this.#counter = seen.counter;
    }
  }
}
