/**
 * The block texts of the page (paragraph, list entry, cell, heading), read in the page by the clip content script for
 * field evidence (field-evidence.ts). Bounded: at most MAX_BLOCKS blocks and MAX_BLOCKS_CHARS characters in all; a
 * block longer than MAX_BLOCK_CHARS (a list entry that wraps the whole page) is no sentence to check a field against
 * and is left out.
 */
const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, dt, dd, th, td, address, figcaption, caption, summary, label';
export const MAX_BLOCKS = 5000;
export const MAX_BLOCK_CHARS = 20_000;
export const MAX_BLOCKS_CHARS = 2_000_000;

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The block texts of the page (or of one part of it), in order (at most MAX_BLOCKS); stops early when `shouldStop` says the budget is spent. */
export function pageBlocks(root: ParentNode, shouldStop: () => boolean = () => false): string[] {
  const out: string[] = [];
  let total = 0;
  for (const el of Array.from(root.querySelectorAll(BLOCKS)).slice(0, MAX_BLOCKS)) {
    if (shouldStop()) break;
    const text = squeeze(el.textContent ?? '');
    if (!text || text.length > MAX_BLOCK_CHARS) continue;
    if ((total += text.length) > MAX_BLOCKS_CHARS) break;
    out.push(text);
  }
  return out;
}
