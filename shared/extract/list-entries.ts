/**
 * List entries as a listing's items: a bullet or numbered list whose entries each carry their own date and a name
 * ("„Klimafreundliche Mobilität“ – 22. April, 17 bis 19 Uhr", "Eine grüne Region (…), 20. Januar 2022, 9.30 Uhr").
 * A date without a year counts (its year comes later from the nearest dated context, years.ts) unless it is a deadline:
 * a call's stages ("Projektskizzen bis 15. März", "Anträge bis 30. Juni") are that call's dates. A list dated without
 * years whose days all fall inside one span of days written outside it ("14–15 May 2025" over "14 May, 9:30 – Opening
 * plenary") is the programme of that event, not a listing.
 */
import type { Block } from './blocks.ts';
import { anchors, type DateFact } from './facts.ts';
import { groupBy } from './group-by.ts';
import { namesStage } from './stages.ts';
import { maxOf, minOf } from './extremes.ts';
import { countAtMost } from './sorted.ts';

/** A list entry's blocks. */
export type Entry = Block[];

/** At most this share of a list's entries may lack a date of their own (an intro line, a "more dates" entry). */
const MIN_DATED_SHARE = 0.6;


const dayKey = (d: { month: number; day: number }) => d.month * 100 + d.day;

/**
 * The entries of each list that become items of their own, by list id; a list gives none unless two entries and most
 * of its entries carry a date and words besides it, and its dates are not the days of one event written elsewhere.
 */
export function datedListEntries(blocks: Block[], dates: DateFact[], datesOf: Map<number, DateFact[]>, named: (entry: Entry) => boolean): Map<number, Entry[]> {
  const within = spanCover(dates);
  const out = new Map<number, Entry[]>();
  for (const [id, items] of groupBy(blocks.filter((b) => b.list), (b) => b.list!.id)) {
    const entries = [...groupBy(items, (b) => b.list!.index).values()];
    const dateOf = (entry: Entry) => anchors(entry.flatMap((b) => datesOf.get(b.id) ?? [])).find((f) => !f.approximate && (f.start.year !== null || f.role !== 'deadline' || namesOwnCall(f)));
    const dated = entries.filter((entry) => dateOf(entry) && named(entry));
    if (dated.length < 2 || dated.length < entries.length * MIN_DATED_SHARE) continue;
    // entries dated without a year inside an event's span of days are its programme; a full date is an entry's own
    const days = dated.map((entry) => dateOf(entry)!.start);
    const keys = days.map(dayKey);
    if (days.some((d) => d.year === null) && within(minOf(keys), maxOf(keys), id)) continue;
    out.set(id, dated);
  }
  return out;
}

/** A call's own name is a few words long ("Städtepartnerschaften & Vernetzung von Städten"). */
const MIN_NAME_WORDS = 3;

/**
 * A deadline without a year in an entry that names a call of its own before it and sets the date apart ("Schutz und
 * Förderung der Rechte des Kindes (Frist 7. September)", "Vernetzung von Städten – Deadline 26. August"): that call's deadline,
 * not a stage of the page's call ("Projektskizzen bis 15. März", "Einreichung der Anträge: 30. Juni").
 */
function namesOwnCall(f: DateFact): boolean {
  const before = f.block.text.slice(0, f.index);
  const cut = Math.max(before.lastIndexOf('('), before.lastIndexOf(':'), before.lastIndexOf(' – '), before.lastIndexOf(' - '));
  if (cut < 0) return false;
  const name = before.slice(0, cut);
  return name.split(/\s+/).filter((w) => /\p{L}{4,}/u.test(w)).length >= MIN_NAME_WORDS && !namesStage(name);
}

/**
 * The sentence that introduces a list, ending in a colon right before its first entry ("Schon im Januar stellt Interreg
 * die neuen Themen in Webinaren vor:"): it says what every entry is, as a heading over the list would.
 */
export function introSentence(blocks: Block[], first: Block): string | undefined {
  const before = blocks[first.id - 1];
  // a paragraph, or the entry of an outer list that holds this one ("Aktuelle Kooperationsveranstaltungen:" over its dates)
  if (!before || before.id !== first.id - 1 || before.cell || before.type === 'heading' || (before.list && before.list.id === first.list?.id)) return undefined;
  const text = before.text.trim();
  if (!text.endsWith(':')) return undefined;
  // the last sentence of the paragraph: after the last full stop, "!" or "?" that ends a sentence
  const start = text.search(/(?:[.!?]\s+)(?=[^.!?]*:$)/u);
  return start < 0 ? text : text.slice(start + 1).trim();
}

/**
 * Whether one span of several days written outside a list (an event's "12–14 June") holds the days first..last; the
 * spans sorted once, so each list costs a binary search.
 */
function spanCover(dates: DateFact[]): (first: number, last: number, list: number) => boolean {
  type Reach = { to: number; list?: number };
  const spans = dates
    .filter((f) => (f.role === 'event' || f.role === 'unknown') && !f.approximate && f.end && dayKey(f.end) > dayKey(f.start))
    .map((f) => ({ from: dayKey(f.start), to: dayKey(f.end!), list: f.block.list?.id }))
    .sort((a, b) => a.from - b.from);
  // over each prefix of the sorted spans: the farthest reach, and the farthest of a span standing in another list
  const best: Reach[] = [];
  const other: (Reach | undefined)[] = [];
  spans.forEach((s, i) => {
    const b = best[i - 1];
    const o = other[i - 1];
    if (!b || s.to > b.to) {
      best.push(s);
      other.push(b && b.list !== s.list ? b : o);
    } else {
      best.push(b);
      other.push(s.list !== b.list && (!o || s.to > o.to) ? s : o);
    }
  });
  return (first, last, list) => {
    // the spans that open on or before the first day are a prefix of the sorted spans
    const lo = countAtMost(spans, first, (span) => span.from);
    if (!lo) return false;
    const reach = best[lo - 1].list !== list ? best[lo - 1] : other[lo - 1];
    return !!reach && reach.to >= last;
  };
}
