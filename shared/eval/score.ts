/**
 * The corpus scoring rules (../shared/corpus/README.md "Scoring (suggested)") as the outside referee
 * (../shared/tools/score-corpus.mjs) applies them: items are paired per page (same kind first, then title word overlap,
 * dates as tie-breakers); strict fields compare exactly, location after folding case, accents and punctuation, title by
 * word overlap. The referee does not score `organizer`; here it is scored like the title (word overlap ≥ 0.5, a null
 * label wants no organizer). Pure: a test can run it against the referee's figures.
 */

/** The seven fields the referee scores, in its order. */
export const REFEREE_FIELDS = ['kind', 'title', 'deadline', 'deadlines', 'start', 'end', 'location'] as const;
/** Every scored field: the referee's plus the organizer. */
export const FIELDS = [...REFEREE_FIELDS, 'organizer'] as const;
export type Field = (typeof FIELDS)[number];

/** An item as the corpus writes it, after normalising (dates as "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM"). */
export interface ScoredItem {
  kind: string | null;
  title: string;
  deadline: string | null;
  deadlines: string[];
  start: string | null;
  end: string | null;
  location: string | null;
  organizer: string | null;
}

const STOP = new Set('der die das und für zur zum von des den dem ein eine im in am an auf mit the and for of to a on at'.split(' '));

function words(s: unknown): Set<string> {
  return new Set(
    String(s ?? '')
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .split(/[^a-z0-9ß]+/)
      .filter((w) => w.length >= 3 && !STOP.has(w)),
  );
}

/** Share of the smaller word set found in the other (0–1). */
export function overlap(a: unknown, b: unknown): number {
  const A = words(a);
  const B = words(b);
  if (!A.size || !B.size) return 0;
  let n = 0;
  for (const w of A) if (B.has(w)) n++;
  return n / Math.min(A.size, B.size);
}

function flat(s: unknown): string {
  return String(s ?? '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9ß]+/g, ' ')
    .trim();
}

/** A date value as the corpus writes it, from a string or a `{ date, time }` object (the extractor's deadlines). */
export function when(v: unknown): string | null {
  if (v == null || v === '') return null;
  if (typeof v === 'object') {
    const o = v as { date?: unknown; day?: unknown; time?: unknown };
    const date = o.date ?? o.day ?? null;
    if (!date) return null;
    const time = o.time ? String(o.time).slice(0, 5) : null;
    return time ? `${String(date).slice(0, 10)}T${time}` : String(date).slice(0, 10);
  }
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?/.exec(String(v));
  return m ? (m[2] ? `${m[1]}T${m[2]}` : m[1]) : String(v);
}

function derivedDeadline(list: string[], now: string): string | null {
  if (!list.length) return null;
  const sorted = [...list].sort();
  return sorted.find((d) => d.slice(0, 10) >= now) ?? sorted[sorted.length - 1];
}

/** A label or a prediction in the scored shape; `deadline` is derived from `deadlines` and `now` when absent. */
export function normalize(item: Record<string, unknown>, now: string): ScoredItem {
  const list = Array.isArray(item.deadlines) ? item.deadlines : [];
  const deadlines = [...new Set(list.map(when).filter((d): d is string => Boolean(d)))].sort();
  const deadline = 'deadline' in item ? when(item.deadline) : derivedDeadline(deadlines, now);
  const text = (v: unknown) => (v == null ? null : String(v));
  return {
    kind: text(item.kind),
    title: String(item.title ?? ''),
    deadline,
    deadlines,
    start: when(item.start),
    end: when(item.end),
    location: text(item.location),
    organizer: text(item.organizer),
  };
}

function sameLocation(want: string | null, got: string | null): boolean {
  if (want == null || got == null) return want == null && (got == null || got === '');
  const w = flat(want);
  const g = flat(got);
  return w === g || (g.length <= 60 && (g.includes(w) || (w.length >= 4 && w.includes(g) && g.length >= 4)));
}

function sameOrganizer(want: string | null, got: string | null): boolean {
  if (want == null) return got == null || got === '';
  return overlap(want, got) >= 0.5;
}

/** Whether a matched prediction has the labelled value of one field. */
export function fieldRight(field: Field, want: ScoredItem, got: ScoredItem): boolean {
  switch (field) {
    case 'title':
      return overlap(want.title, got.title) >= 0.5;
    case 'deadlines':
      return want.deadlines.join('|') === got.deadlines.join('|');
    case 'location':
      return sameLocation(want.location, got.location);
    case 'organizer':
      return sameOrganizer(want.organizer, got.organizer);
    default:
      return (want[field] ?? null) === (got[field] ?? null);
  }
}

/** Pairs labelled items with predicted ones: same kind first, then title similarity, dates as tie-breakers. */
export function match(labels: ScoredItem[], preds: ScoredItem[]): { pairs: Array<[ScoredItem, ScoredItem | null]>; falseItems: ScoredItem[] } {
  const used = new Set<number>();
  const pairs: Array<[ScoredItem, ScoredItem | null]> = [];
  for (const want of labels) {
    let best: number | null = null;
    let bestScore = 0;
    preds.forEach((got, i) => {
      if (used.has(i)) return;
      const sim = overlap(want.title, got.title);
      const dateHit = Boolean((want.deadline && want.deadline === got.deadline) || (want.start && want.start === got.start));
      const lone = labels.length === 1 && preds.length === 1;
      if (sim < 0.25 && !dateHit && !lone) return;
      const score = (want.kind === got.kind ? 2 : 0) + sim + (dateHit ? 0.5 : 0);
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    });
    if (best !== null) used.add(best);
    pairs.push([want, best === null ? null : preds[best]]);
  }
  return { pairs, falseItems: preds.filter((_, i) => !used.has(i)) };
}

/** One field of one labelled item that the prediction got wrong (or missed). */
export interface Miss {
  title: string;
  field: Field;
  want: unknown;
  /** undefined: the item was missed */
  got?: unknown;
}

/** The score of one page. */
export interface CaseScore {
  labelled: number;
  predicted: number;
  matched: number;
  /** right answers per field, over the labelled items */
  right: Record<Field, number>;
  misses: Miss[];
  missedItems: string[];
  falseItems: string[];
}

/** Scores the predictions for one page against its labels (both as the corpus writes them, before normalising). */
export function scoreCase(labels: Array<Record<string, unknown>>, predictions: Array<Record<string, unknown>>, now: string): CaseScore {
  const wants = labels.map((it) => normalize(it, now));
  const gots = predictions.map((it) => normalize(it, now));
  const { pairs, falseItems } = match(wants, gots);
  const right = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
  const misses: Miss[] = [];
  const missedItems: string[] = [];
  for (const [want, got] of pairs) {
    if (!got) missedItems.push(want.title);
    for (const f of FIELDS) {
      if (got && fieldRight(f, want, got)) right[f]++;
      else misses.push(got ? { title: want.title, field: f, want: want[f], got: got[f] } : { title: want.title, field: f, want: want[f] });
    }
  }
  return {
    labelled: wants.length,
    predicted: gots.length,
    matched: pairs.filter(([, g]) => g).length,
    right,
    misses,
    missedItems,
    falseItems: falseItems.map((g) => g.title),
  };
}
