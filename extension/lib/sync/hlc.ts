/**
 * The hybrid logical clock of DESIGN.md ("Sync protocol"): `<ms, 13 digits>-<counter, 4 digits>-<clientId>`,
 * zero-padded so string comparison orders it. Pure: the caller keeps the state and passes `now`.
 * TODO(2026-11): use shared/sync's clock once that module lands (same format; this file then re-exports it).
 */
export interface ClockState {
  wall: number;
  counter: number;
}

export const ZERO_CLOCK: ClockState = { wall: 0, counter: 0 };

/** Formats a clock reading with the client's id. */
export function formatHlc(state: ClockState, clientId: string): string {
  return `${String(state.wall).padStart(13, '0')}-${String(state.counter).padStart(4, '0')}-${clientId}`;
}

/** Parses an hlc string; null when it is not one. */
export function parseHlc(hlc: string): ClockState | null {
  const m = /^(\d{13})-(\d{4})-/.exec(hlc);
  return m ? { wall: Number(m[1]), counter: Number(m[2]) } : null;
}

// The counter has four digits: past 9999 the clock borrows a millisecond instead.
function normalise(state: ClockState): ClockState {
  return state.counter > 9999 ? { wall: state.wall + 1, counter: 0 } : state;
}

/** Advances the clock for a local event; returns the new state and its hlc. */
export function tick(state: ClockState, now: number, clientId: string): { state: ClockState; hlc: string } {
  const next = normalise(now > state.wall ? { wall: now, counter: 0 } : { wall: state.wall, counter: state.counter + 1 });
  return { state: next, hlc: formatHlc(next, clientId) };
}

/** Moves the clock past an hlc seen from elsewhere, so later local ops order after it. */
export function observe(state: ClockState, seen: string): ClockState {
  const remote = parseHlc(seen);
  if (!remote) return state;
  if (remote.wall > state.wall || (remote.wall === state.wall && remote.counter > state.counter)) return { ...remote };
  return state;
}
