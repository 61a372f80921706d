/**
 * The service's hybrid logical clock of one team (DESIGN.md "Sync protocol"). REST, import and scrape writes are ops
 * made by the service; their hlcs come from the clock of the team they change, kept in the team row and read and
 * written under the team lock — so it survives restarts, is one clock for every instance on one database, and nothing
 * one team sends can move another team's clock. Its clientId is the team's id, which no member's client may use.
 */
import { Clock, MAX_HLC_AHEAD_MS, hlcMs } from '../../shared/sync/hlc.ts';

export interface TeamClock {
  /** the next hlc of the team's clock, ordered after every hlc in `after` */
  stamp(after?: Iterable<string | undefined>): string;
  /** moves the clock past an hlc a member's accepted op carried */
  observe(hlc: string): void;
  /** the reading to store in the team row */
  readonly last: string;
}

/** The team's clock as stored (`stored`, '' before the first write), on the service's wall clock `now`. */
export function teamClock(teamId: string, stored: string, now: () => number): TeamClock {
  const clock = new Clock(teamId, now);
  // never further ahead of the wall than a member may be: a reading beyond (a server clock set back) is not followed
  const withinRule = (ms: number) => ms <= now() + MAX_HLC_AHEAD_MS;
  if (withinRule(hlcMs(stored))) clock.observe(stored);
  return {
    stamp(after = []) {
      let floor = '';
      for (const hlc of after) if (hlc !== undefined && !Number.isNaN(hlcMs(hlc)) && hlc > floor) floor = hlc;
      if (floor === '' || withinRule(hlcMs(floor))) {
        clock.observe(floor);
        return clock.now();
      }
      // an item an op stamped before the 5-minute rule (up to 24 h ahead): this change still orders after it, but the
      // team's clock does not follow it there — the team's other changes keep the wall's time
      const once = new Clock(teamId, now);
      once.observe(clock.last);
      once.observe(floor);
      return once.now();
    },
    observe(hlc) {
      if (withinRule(hlcMs(hlc))) clock.observe(hlc);
    },
    get last() {
      return clock.last;
    },
  };
}
