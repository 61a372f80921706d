/**
 * One item per call or event: a page may announce the same call twice (a teaser box at the top, then the full text),
 * and each announcement becomes a unit of its own. Drafts of the same kind with the same dates whose titles name the
 * same thing are one item; the fuller announcement is kept, at the place of the first.
 */
import type { Draft } from './types.ts';

/** A kept draft with what comparing it needs, worked out once. */
interface Kept {
  at: number;
  words: Set<string>;
}

/**
 * Merges drafts that announce the same item twice. Only drafts with the same kind and dates can be the same, so each
 * draft is compared with the kept drafts of its own kind and dates alone (a calendar of thousands of dates stays linear).
 */
export function mergeDuplicates(items: Draft[]): Draft[] {
  if (items.length < 2) return [...items];
  const out: Draft[] = [];
  const byKey = new Map<string, Kept[]>();
  for (const item of items) {
    const key = keyOf(item);
    const words = wordsOf(item.title);
    // without any date two drafts cannot be told to be the same item
    const same = key === null ? undefined : byKey.get(key)?.find((kept) => sameTitle(kept.words, words));
    if (!same) {
      const kept = { at: out.length, words };
      if (key !== null) {
        const group = byKey.get(key);
        if (group) group.push(kept);
        else byKey.set(key, [kept]);
      }
      out.push(item);
    } else if (fullness(item) > fullness(out[same.at])) {
      out[same.at] = item;
      same.words = words;
    }
  }
  return out;
}

/** Kind, deadlines and start: what two drafts of the same item share; null for a draft without any date. */
function keyOf(d: Draft): string | null {
  if (!d.deadlines.length && !d.start) return null;
  const dates = d.deadlines.map((x) => `${x.date}T${x.time ?? ''}`).sort().join(',');
  return `${d.kind}|${dates}|${JSON.stringify(d.start ?? null)}`;
}

/** Every word of the shorter title is in the longer one ("Aktuell: Projektaufruf X 2026" / "Projektaufruf X 2026"). */
function sameTitle(a: Set<string>, b: Set<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (!small.size) return false;
  for (const w of small) if (!large.has(w)) return false;
  return true;
}

function wordsOf(title: string): Set<string> {
  return new Set(
    title
      .toLowerCase()
      .split(/[^\p{L}\d]+/u)
      .filter((w) => w.length >= 3),
  );
}

/** How much of the announcement a draft carries: its summary and evidence. */
function fullness(d: Draft): number {
  return d.summary.length + d.evidence.length * 50;
}
