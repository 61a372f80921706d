/**
 * The block texts of the page (paragraph, list entry, cell, heading) for field evidence (field-evidence.ts), found in
 * the clip's snapshot in the extension — the page is not read a second time in the tab. The same blocks as the page's
 * own elements give (querySelectorAll and textContent), but for what the snapshot leaves out: script and style text,
 * soft hyphens, the content of opaque elements, and what lies past the snapshot's bounds. Bounded: at most MAX_BLOCKS
 * blocks and MAX_BLOCKS_CHARS characters in all; a block longer than MAX_BLOCK_CHARS (a list entry that wraps the
 * whole page) is no sentence to check a field against and is left out.
 */
import { descendants, textOf, type DocNode } from '../../../shared/extract/page.ts';

const BLOCKS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'li', 'dt', 'dd', 'th', 'td', 'address', 'figcaption', 'caption', 'summary', 'label']);
export const MAX_BLOCKS = 5000;
export const MAX_BLOCK_CHARS = 20_000;
export const MAX_BLOCKS_CHARS = 2_000_000;

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The block texts below `root` (not itself), in document order (of the first MAX_BLOCKS); stops early when `shouldStop` says the budget is spent. */
export function pageBlocks(root: DocNode, shouldStop: () => boolean = () => false): string[] {
  const out: string[] = [];
  let total = 0;
  let seen = 0;
  for (const node of descendants(root)) {
    if (node === root || !BLOCKS.has(node.tag)) continue;
    if (++seen > MAX_BLOCKS || shouldStop()) break;
    const text = squeeze(textOf(node));
    if (!text || text.length > MAX_BLOCK_CHARS) continue;
    if ((total += text.length) > MAX_BLOCKS_CHARS) break;
    out.push(text);
  }
  return out;
}
