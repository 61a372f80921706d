/**
 * What an event-line candidate (event-lines.ts) says about the items its page already made — the signal that tells a
 * line which only mentions one of them again. A funding overview's dated line ("13.05. | Dialoge und Bündnisse … |
 * Stiftung") repeats the title of the call its unit already made, on that call's deadline; an event's opening or
 * follow-up day, a teaser of a programme already listed, repeat the made event's name; a week of actions
 * ("Aktionswoche vom 11. bis 24. März") holds the day of an event already made inside it. The features:
 * - `made:call`: the name part (else the entry) repeats the title of a call item of the page,
 * - `made:event`: … the title of an event item of the page (on another day: a day an item starts on is no candidate),
 * - `made:holds`: the candidate's own span of days (a range) holds the first day of an event item of the page.
 * Two relations make no item at all (`mention`, marked `made:mention`), the line being a mention of an item made: its day lies inside the
 * span of an event item of at most four days (a forum's or a conference's second day, its workshops: the programme of
 * the event made), or its name part repeats a made item's title on a day of that item read in another year or on
 * that call's deadline (a funding overview's dated line whose call its unit made; "Agenda 2030" read as the year).
 * Repeating a title: at least half the words (four letters or more, no numbers) of the shorter of the two, and at
 * least two unless one of them has a single word. Linear: the items' title words are indexed once per page; each
 * candidate reads the index with its own words.
 */
import { dateOfDay, dayNumber } from '../../time/days.ts';
import type { Draft } from '../types.ts';

export interface MadeItems {
  /** a candidate's features and whether it only mentions an item made: its name part and entry, its first day and its last (YYYY-MM-DD, a range's end) */
  (c: { name: string; entry: string; day: string; endDay?: string }): { features: string[]; mention: boolean };
}

/** the longest span (last day − first day) of an event whose inner days are its own programme */
export const SHORT_EVENT_DAYS = 3;

/** The words a title repeats by: four letters or more, lower-cased, no numbers. */
export function titleWords(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[^\p{L}\d]+/u).filter((w) => w.length >= 4 && /\p{L}/u.test(w)));
}

/** Whether `words` repeat a title of `size` words with `shared` words in common. */
function repeats(shared: number, words: number, size: number): boolean {
  const least = Math.min(words, size);
  return least > 0 && shared * 2 >= least && shared >= Math.min(2, least);
}

/** Reads the page's made items once; gives each candidate its features against them. */
export function madeItems(items: readonly Draft[]): MadeItems {
  const index = new Map<string, number[]>();
  const sizes: number[] = [];
  items.forEach((it, k) => {
    const words = titleWords(it.title ?? '');
    sizes.push(words.size);
    for (const w of words) {
      const at = index.get(w);
      if (at) at.push(k);
      else index.set(w, [k]);
    }
  });
  const eventStarts = items
    .filter((it) => it.kind === 'event' && it.start)
    .map((it) => it.start!.slice(0, 10))
    .sort();
  // the days of the short events' spans (at most SHORT_EVENT_DAYS + 1 each): a day inside one is that event's
  const shortDays = new Set<string>();
  for (const it of items) {
    if (it.kind !== 'event' || !it.start || !it.end) continue;
    const from = dayNumber(it.start.slice(0, 10));
    const to = dayNumber(it.end.slice(0, 10));
    if (to > from && to - from <= SHORT_EVENT_DAYS) for (let d = from; d <= to; d++) shortDays.add(dateOfDay(d));
  }
  const repeated = (text: string): number[] => {
    const words = titleWords(text);
    const shared = new Map<number, number>();
    for (const w of words) for (const k of index.get(w) ?? []) shared.set(k, (shared.get(k) ?? 0) + 1);
    return [...shared].filter(([k, n]) => repeats(n, words.size, sizes[k])).map(([k]) => k);
  };
  return ({ name, entry, day, endDay }) => {
    const features: string[] = [];
    const made = repeated(name.trim() ? name : entry).map((k) => items[k]);
    if (made.some((it) => it.kind !== 'event')) features.push('made:call');
    if (made.some((it) => it.kind === 'event')) features.push('made:event');
    if (endDay && endDay > day && holds(eventStarts, day, endDay)) features.push('made:holds');
    const mention =
      shortDays.has(day) ||
      made.some((it) => (it.kind !== 'event' && it.deadlines.some((d) => d.date.slice(0, 10) === day)) || (!!it.start && it.start.slice(4, 10) === day.slice(4) && it.start.slice(0, 4) !== day.slice(0, 4)));
    if (mention) features.push('made:mention');
    return { features, mention };
  };
}

/** Whether a sorted list of days holds one in [from, to]: the first day ≥ from, by halving. */
function holds(days: readonly string[], from: string, to: string): boolean {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < days.length && days[lo] <= to;
}
