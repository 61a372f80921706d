/**
 * The evidence blocks (page-blocks.ts) are found in the clip's snapshot in the extension, no longer read from the page
 * in the tab: they must be the blocks the page's own elements give.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageBlocks } from '../../../../extension/lib/clip/page-blocks.ts';
import { readClipPage } from '../../../../extension/lib/clip/page-read.ts';
import { OPAQUE } from '../../../../shared/extract/page.ts';
import { fromWire } from '../../../../shared/extract/page-wire.ts';
import { CORPUS_DIR } from '../../../fixtures/corpus/index.ts';

/**
 * The blocks as the content script read them from the page before (querySelectorAll and textContent), but for the
 * text the snapshot leaves out on purpose: soft hyphens and the content of opaque elements (a <select>'s options).
 */
function domBlocks(root: ParentNode): string[] {
  const tags = 'h1, h2, h3, h4, h5, h6, p, li, dt, dd, th, td, address, figcaption, caption, summary, label';
  return Array.from(root.querySelectorAll(tags), (el) => pageText(el).replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim()).filter((t) => t && t.length <= 20_000);
}

function pageText(node: Node): string {
  if (node.nodeType === 3) return (node as Text).data;
  if (node.nodeType !== 1 || OPAQUE.has((node as Element).tagName.toLowerCase())) return '';
  return Array.from(node.childNodes, pageText).join('');
}

const read = (html: string) => {
  const { document } = parseHTML(html);
  return document as unknown as Document;
};

describe('the evidence blocks found in the snapshot', () => {
  it('are the blocks of the page itself, on every page of the corpus', () => {
    const dirs = [CORPUS_DIR, join(CORPUS_DIR, '../extra')];
    let pages = 0;
    const diff: string[] = [];
    for (const dir of dirs) {
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
        const doc = read(readFileSync(join(dir, file), 'utf8'));
        const fromSnapshot = pageBlocks(fromWire(readClipPage(doc, '').snapshot));
        const fromPage = domBlocks(doc);
        pages++;
        if (JSON.stringify(fromSnapshot) !== JSON.stringify(fromPage)) diff.push(`${file} ${fromSnapshot.length} ${fromPage.length} ${fromPage.find((t, i) => t !== fromSnapshot[i])?.slice(0, 200)} || ${fromSnapshot.find((t, i) => t !== fromPage[i])?.slice(0, 200)}`);
      }
    }
    expect(pages).toBeGreaterThan(100);
    expect(diff).toEqual([]);
  });
});
