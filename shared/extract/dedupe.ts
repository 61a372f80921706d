/**
 * One item per call or event: a page may announce the same call twice (a teaser box at the top, then the full text),
 * and each announcement becomes a unit of its own. Drafts of the same kind with the same dates whose titles name the
 * same thing are one item; the fuller announcement is kept, at the place of the first.
 */
import type { Draft } from './types.ts';

/** Merges drafts that announce the same item twice. */
export function mergeDuplicates(items: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const item of items) {
    const at = out.findIndex((o) => sameItem(o, item));
    if (at < 0) out.push(item);
    else if (fullness(item) > fullness(out[at])) out[at] = item;
  }
  return out;
}

function sameItem(a: Draft, b: Draft): boolean {
  if (a.kind !== b.kind) return false;
  const dates = (d: Draft) => d.deadlines.map((x) => `${x.date}T${x.time ?? ''}`).sort().join(',');
  // without any date two drafts cannot be told to be the same item
  if (!a.deadlines.length && !a.start) return false;
  if (dates(a) !== dates(b)) return false;
  if (JSON.stringify(a.start ?? null) !== JSON.stringify(b.start ?? null)) return false;
  const wa = words(a.title);
  const wb = words(b.title);
  const [small, large] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  if (!small.size) return false;
  // every word of the shorter title is in the longer one ("Aktuell: Projektaufruf X 2026" / "Projektaufruf X 2026")
  return [...small].every((w) => large.has(w));
}

function words(title: string): Set<string> {
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
