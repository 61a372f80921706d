/**
 * A client keeps its clock within the service's (DESIGN.md "Sync protocol"): every push and pull answer carries the
 * service's wall clock (`serverTime`). A client off by more than {@link CLOCK_TOLERANCE_MS} keeps an offset for its
 * future ops, and re-stamps the pending ops it stamped ahead — or the service would refuse them (more than 5 minutes
 * ahead) or let them win over colleagues' later edits.
 *
 * Re-stamped ops get new opIds. The service records an opId with its content: the same opId with another hlc would be
 * refused as a reuse if the service had applied the first one (an answer lost on the way), so a new opId is the safe
 * choice — if the old op was applied, the copy only sets the same values again. And so that a member's own later edit
 * still wins over their earlier one, the corrected clock first passes every own hlc the service may hold: the
 * highest it acknowledged, and the pending ops kept as they are. Pure: times are passed in.
 */
import * as v from 'valibot';
import { Clock, MAX_HLC_AHEAD_MS, hlcMs } from './hlc.ts';
import type { Op } from './op.ts';

/** How far a client's clock may be off the service's before it corrects itself (latency stays well below). */
export const CLOCK_TOLERANCE_MS = 30_000;

/** A client's clock as it keeps it between ops. */
export interface ClientClockState {
  clientId: string;
  /** the last hlc this client made or observed, '' before the first */
  last: string;
  /** added to the local wall clock when stamping: the service's time minus the local one, as last measured */
  offsetMs?: number;
  /** the highest of this client's hlcs the service acknowledged (applied or duplicate); absent in older state */
  acked?: string;
}

/** `serverTime` from an answer (hostile input): ms since epoch, or null when absent or not an ISO timestamp. */
export function readServerTime(value: unknown): number | null {
  const parsed = v.safeParse(v.pipe(v.string(), v.isoTimestamp()), value);
  if (!parsed.success) return null;
  const ms = Date.parse(parsed.output);
  return Number.isFinite(ms) ? ms : null;
}

/** Whether the service refused `op` for its hlc being too far ahead of `serverMs` (or would). */
export function beyondServerLimit(op: Pick<Op, 'hlc'>, serverMs: number): boolean {
  return hlcMs(op.hlc) > serverMs + MAX_HLC_AHEAD_MS;
}

/** The highest hlc of a list, '' for none. */
export function maxHlc(hlcs: Iterable<string | undefined>): string {
  let max = '';
  for (const hlc of hlcs) if (hlc !== undefined && hlc > max) max = hlc;
  return max;
}

export interface ClockCorrection {
  clock: ClientClockState;
  /** the pending ops in queue order, the re-stamped ones with new opIds and hlcs */
  pending: Op[];
  restamped: number;
}

/**
 * Follows the service's time `serverMs`, read when the local wall clock showed `localMs`. Null when the clock is within
 * the tolerance and no pending op is ahead. From the first op that is ahead on, the queue is re-stamped in order, so the
 * queue keeps its order (later edits of one field still win over earlier ones).
 */
export function correctClock(
  state: ClientClockState,
  pending: readonly Op[],
  serverMs: number,
  localMs: number,
  newOpId: () => string,
): ClockCorrection | null {
  const oldOffset = state.offsetMs ?? 0;
  const offsetMs = Math.abs(localMs + oldOffset - serverMs) > CLOCK_TOLERANCE_MS ? serverMs - localMs : oldOffset;
  const limit = serverMs + MAX_HLC_AHEAD_MS;
  // an older state knew no `acked`: its last hlc stands for everything the service may have acknowledged
  const acked = state.acked ?? state.last;
  const floor = hlcMs(acked) <= limit ? acked : '';
  // an op is ahead when it would order after an edit a colleague makes now (or after the floor, which must stay)
  const aheadOf = Math.max(serverMs, hlcMs(floor) || 0) + CLOCK_TOLERANCE_MS;
  const first = pending.findIndex((op) => hlcMs(op.hlc) > aheadOf || beyondServerLimit(op, serverMs));
  if (first < 0 && offsetMs === oldOffset) return null;

  const clock = new Clock(state.clientId, () => localMs + offsetMs);
  clock.observe(floor);
  if (hlcMs(state.last) <= Math.min(aheadOf, limit)) clock.observe(state.last);
  const kept = first < 0 ? pending : pending.slice(0, first);
  for (const op of kept) clock.observe(op.hlc);
  const restamped = first < 0 ? [] : pending.slice(first).map((op) => ({ ...op, opId: newOpId(), hlc: clock.now() }));
  return {
    clock: { clientId: state.clientId, last: clock.last, offsetMs, acked: floor },
    pending: [...kept, ...restamped],
    restamped: restamped.length,
  };
}
