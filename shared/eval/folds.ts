/**
 * Grouped cross-validation folds: every page belongs to a site (its `site` label, else the host of its address without
 * "www."), and a whole site is held out together, so no page is scored by a model that saw its site. A site's fold is a
 * seeded hash of its name alone, so it never moves: pages that join later go to their own site's fold and leave every
 * other page where it was (a balanced assignment moved old sites whenever new ones came, and with them the pinned
 * per-batch figures). With hundreds of sites of one to a few pages the folds come out near equal in size.
 */

/** The evaluation's defaults: 5 folds, assigned by the seed "callwatch" (`npm run eval`, the floor gate, the calibration report). */
export const DEFAULT_FOLDS = 5;
export const DEFAULT_SEED = 'callwatch';

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
  // MurmurHash3's finaliser: FNV's low bits follow the last characters, and `% folds` reads the low bits
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The fold (0 … folds − 1) of every page, in the pages' order; pages of one site share a fold, whatever else is there. */
export function assignFolds(sites: string[], folds: number, seed = DEFAULT_SEED): number[] {
  if (!Number.isInteger(folds) || folds < 2) throw new Error(`cross-validation needs at least 2 folds, got ${folds}`);
  const foldOf = new Map<string, number>();
  return sites.map((site) => {
    let fold = foldOf.get(site);
    if (fold === undefined) foldOf.set(site, (fold = hash(`${seed}\u0000${site}`) % folds));
    return fold;
  });
}
