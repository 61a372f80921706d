/**
 * An event offered on several separate days ("an zwei Terminen: am 8. März … und am 16. März …", "Termine: Dienstag,
 * 22. September · Donnerstag, 24. September"): the corpus labels one item per date, each the same event (corpus
 * README: a listing yields one item per event it announces). Days that follow each other are one event's span, not
 * sessions — unless the sentence gives each its own town ("am 4. April in Gardelegen und am 5. April in Dessau").
 */
import type { DateFact } from './facts.ts';

/** The most sessions one announcement is read as; more dates are a programme or a calendar. */
const MAX_SESSIONS = 6;

/**
 * The unit's event dates that are separate sessions, one fact per day in page order; empty unless there are two to
 * MAX_SESSIONS days in one paragraph or one list, no date of the unit a span of days or an edge of one, and no two
 * days consecutive unless both have their own town.
 */
export function sessionDates(facts: DateFact[]): DateFact[] {
  const day = (f: DateFact) => f.start.month * 100 + f.start.day;
  const byDay = new Map<number, DateFact>();
  for (const f of facts) {
    if (f.approximate || f.recurring || (f.role !== 'event' && f.role !== 'unknown')) continue;
    // a span of days ("12–14 June 2026") or a "from … to" pair of fields is one event's time, its days its programme
    if ((f.end && (f.end.day !== f.start.day || f.end.month !== f.start.month)) || f.edge) return [];
    // field dates ("Datum: 29.06.") are the page's own item; a date no cue explains counts with its own clock time, its
    // own place ("Weitere Konferenzen folgen am 31. März in Staßfurt, am 4. April in Gardelegen …") or as a list entry
    // that is nothing but the date ("Termine dieser Reihe: • Mittwoch, 12.03.2025 · Online")
    if (f.block.label !== undefined || (f.role === 'unknown' && !f.start.time && !sessionPlace(f) && !bareEntry(f))) continue;
    const seen = byDay.get(day(f));
    // the mention with a clock time tells the session's hours
    if (!seen || (!seen.start.time && f.start.time)) byDay.set(day(f), f);
  }
  const days = [...byDay.keys()].sort((a, b) => a - b);
  if (days.length < 2 || days.length > MAX_SESSIONS) return [];
  // one announcement: the dates stand in one paragraph or in the entries of one list
  const dates = days.map((d) => byDay.get(d)!);
  const place = (f: DateFact) => (f.block.list ? `list ${f.block.list.id}` : `block ${f.block.id}`);
  if (dates.some((f) => place(f) !== place(dates[0]))) return [];
  // days that follow each other, also across a month's end (a date without a year counts in a leap year), are one
  // event's span — unless the sentence gives each its own place ("am 4. April in Gardelegen und am 5. April in Dessau")
  const ordinal = (f: DateFact) => Date.UTC(f.start.year ?? 2024, f.start.month - 1, f.start.day) / 86_400_000;
  if (dates.some((f, i) => i > 0 && ordinal(f) - ordinal(dates[i - 1]) <= 1 && !(sessionPlace(f) && sessionPlace(dates[i - 1])))) return [];
  return dates;
}

/**
 * A town named right after a date and closing its part of a series ("am 31. März 2017 in Staßfurt, am 4. April in
 * Gardelegen und am …"): where that session takes place. A place the sentence goes on about ("in Grabau angesetzte") is none.
 */
const PLACE_AFTER = /^\s*(?:,\s*)?(?:in|im|at|in the)\s+(\p{Lu}[\p{L}]+(?:[-\s](?:\p{Lu}[\p{L}]+|an der|am|im|\(\p{L}+\)))*)(?=\s*(?:[,;.]|und\s|and\s|sowie\s|$))/u;

/** The place a session's sentence names right after its date, if any. */
export function sessionPlace(f: DateFact): string | undefined {
  const m = PLACE_AFTER.exec(f.block.text.slice(f.index + f.text.length, f.index + f.text.length + 80));
  return m?.[1];
}

/** A list entry that gives nothing but its date (a weekday, "Online" at most): one more day of the page's event. */
function bareEntry(f: DateFact): boolean {
  if (!f.block.list) return false;
  const rest = f.block.text.slice(0, f.index) + ' ' + f.block.text.slice(f.index + f.text.length);
  return rest.split(/\s+/).filter((w) => /\p{L}{3,}/u.test(w)).length <= 1;
}
