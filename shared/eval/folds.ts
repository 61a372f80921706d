/**
 * Grouped cross-validation folds: every page belongs to a site (its `site` label, else the host of its address without
 * "www."), and a whole site is held out together, so no page is scored by a model that saw its site. The assignment is
 * deterministic: sites are ordered by size and a seeded hash of their name, then each goes to the fold with the fewest
 * pages so far (balanced folds, independent of the order the pages were read in).
 */

/** The site a page belongs to: the publishing body when labelled, else the host of its address. */
export function siteOf(page: { url: string; site?: string | null }): string {
  if (page.site && page.site.trim()) return page.site.trim().toLowerCase();
  const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?([^/:?#]+)/i.exec(page.url);
  const host = (m ? m[1] : page.url).toLowerCase().replace(/\.$/, '');
  return host.replace(/^www\d*\./, '');
}

/** FNV-1a, 32 bits: a stable hash of a string (no crypto needed, the order only has to be fixed). */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The fold (0 … folds − 1) of every page, in the pages' order; pages of one site share a fold. */
export function assignFolds(sites: string[], folds: number, seed = 'callwatch'): number[] {
  if (!Number.isInteger(folds) || folds < 2) throw new Error(`cross-validation needs at least 2 folds, got ${folds}`);
  const size = new Map<string, number>();
  for (const s of sites) size.set(s, (size.get(s) ?? 0) + 1);
  const order = [...size.keys()]
    .map((site) => ({ site, n: size.get(site)!, h: hash(`${seed}\u0000${site}`) }))
    .sort((a, b) => b.n - a.n || a.h - b.h || (a.site < b.site ? -1 : 1));
  const load = new Array<number>(folds).fill(0);
  const foldOf = new Map<string, number>();
  for (const { site, n } of order) {
    let best = 0;
    for (let f = 1; f < folds; f++) if (load[f] < load[best]) best = f;
    foldOf.set(site, best);
    load[best] += n;
  }
  return sites.map((s) => foldOf.get(s)!);
}
