/**
 * The clip content script: never registered for any page, injected by the popup or the background with
 * browser.scripting.executeScript only when the user clips (activeTab + scripting). It only reads the page; its return
 * value (page-read.ts: the page snapshot and a few strings) is extracted in the extension (page-extract.ts).
 */
import { readClipPage } from '../lib/clip/page-read.ts';
import { pageReadResult } from '../lib/clip/page-read-result.ts';

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main() {
    // strings only: Chrome converts an executeScript result value by value, and tens of thousands of snapshot nodes
    // cost it several hundred ms; the same data as one JSON string (and the page's HTML beside it) crosses in a few
    return pageReadResult(readClipPage(document, window.getSelection()?.toString() ?? ''));
  },
});
