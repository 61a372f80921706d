/**
 * The rounds of one call read as calls of their own (pure): a table or list that names a call once per round — a line
 * per board meeting ("Sitzung im Juni 2024: Antrag spätestens …", "Sitzung im Oktober 2024: …"), "Round 1" and
 * "Round 2", "Fristen 2025" and "Fristen 2026" — makes a unit of each, and each unit a call. Calls of one page whose
 * names differ only in their dates (numbers, month and weekday names) name one call in its rounds: they are one
 * call with every round's deadline (the corpus README: an item's deadlines are every action deadline it has, the
 * Stichtage of a call are its deadlines), kept at the place of the first. Names written alike are left apart
 * (entries of a listing named from one shared cell are not told apart by their names), and so are events: two
 * sessions of the same name on two days are two events.
 */
import { deriveDeadline } from './assemble.ts';
import { MONTH_PATTERN, WEEKDAY_PATTERN } from './dates/months.ts';
import type { Draft } from './types.ts';

const DATE_WORDS = new RegExp(`(?<![\\p{L}])(?:${MONTH_PATTERN}|${WEEKDAY_PATTERN})`, 'giu');

/** A call's name without its dates: its words of letters, month and weekday names and numbers left out. */
export function roundKey(title: string): string {
  return title
    .toLowerCase()
    .replace(DATE_WORDS, ' ')
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
    .join(' ');
}

/** Merges the calls of a page whose names differ only in their dates into one call with every round's deadline. */
export function mergeRounds(items: Draft[], today: string): Draft[] {
  if (items.length < 2) return [...items];
  const groups = new Map<string, Draft[]>();
  for (const d of items) {
    if (d.kind !== 'call' || !d.deadlines.length) continue;
    const key = roundKey(d.title);
    if (!key) continue;
    const group = groups.get(key);
    if (group) group.push(d);
    else groups.set(key, [d]);
  }
  const merged = new Map<Draft, Draft>();
  const dropped = new Set<Draft>();
  for (const rounds of groups.values()) {
    // names written alike tell no round apart: two entries of a listing may take the same name from a shared cell
    if (rounds.length < 2 || new Set(rounds.map((d) => d.title.trim().toLowerCase())).size < 2) continue;
    const [first, ...rest] = rounds;
    const seen = new Set<string>();
    const deadlines = rounds
      .flatMap((d) => d.deadlines)
      .filter((d) => {
        const at = `${d.date}T${d.time ?? ''}`;
        if (seen.has(at)) return false;
        seen.add(at);
        return true;
      })
      .sort((a, b) => (`${a.date}T${a.time ?? ''}` < `${b.date}T${b.time ?? ''}` ? -1 : 1));
    merged.set(first, { ...first, deadlines, deadline: deriveDeadline(deadlines, today), evidence: rounds.flatMap((d) => d.evidence) });
    for (const d of rest) dropped.add(d);
  }
  if (!dropped.size) return [...items];
  return items.filter((d) => !dropped.has(d)).map((d) => merged.get(d) ?? d);
}
