/**
 * The corpus README's scoring rules ("Scoring (suggested)"), as the contract tests apply them: strict fields compare
 * exactly, location after folding case/accents/punctuation, title and organizer by token overlap.
 */
const STOP = new Set('der die das und für zur zum von des den dem ein eine im in am an auf mit the and for of to a on at'.split(' '));

function words(s: string | null | undefined): Set<string> {
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
export function overlap(a: string | null | undefined, b: string | null | undefined): number {
  const A = words(a);
  const B = words(b);
  if (!A.size || !B.size) return 0;
  let n = 0;
  for (const w of A) if (B.has(w)) n++;
  return n / Math.min(A.size, B.size);
}

export function flat(s: string): string {
  return s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9ß]+/g, ' ').trim();
}

/** A date value as the corpus writes it, from a string or a `{ date, time }` object. */
export function when(v: unknown): string | null {
  if (v == null || v === '') return null;
  if (typeof v === 'object') {
    const o = v as { date?: string; time?: string };
    if (!o.date) return null;
    return o.time ? `${o.date.slice(0, 10)}T${o.time.slice(0, 5)}` : o.date.slice(0, 10);
  }
  return String(v);
}

export interface Label {
  kind: string;
  title: string;
  deadline: string | null;
  deadlines: string[];
  start: string | null;
  end: string | null;
  location: string | null;
  organizer: string | null;
}

/** The label each prediction answers: same kind first, then title similarity, dates as tie-breakers (as the scorer). */
export function pair<T extends { kind: string; title: string; deadline: string | null; start: string | null }>(labels: Label[], preds: T[]): Array<[Label, T | null]> {
  const used = new Set<number>();
  return labels.map((want) => {
    let best: number | null = null;
    let bestScore = 0;
    preds.forEach((got, i) => {
      if (used.has(i)) return;
      const sim = overlap(want.title, got.title);
      const dateHit = (want.deadline && want.deadline === got.deadline) || (want.start && want.start === got.start);
      const lone = labels.length === 1 && preds.length === 1;
      if (sim < 0.25 && !dateHit && !lone) return;
      const score = (want.kind === got.kind ? 2 : 0) + sim + (dateHit ? 0.5 : 0);
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    });
    if (best !== null) used.add(best);
    return [want, best === null ? null : preds[best]];
  });
}

export function sameLocation(want: string | null, got: string | null): boolean {
  if (want == null || got == null) return want == null && (got == null || got === '');
  const w = flat(want);
  const g = flat(got);
  return w === g || (g.length <= 60 && (g.includes(w) || (w.length >= 4 && w.includes(g) && g.length >= 4)));
}
