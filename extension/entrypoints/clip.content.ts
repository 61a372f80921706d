/**
 * The clip content script: never registered for any page, injected by the popup or the background with
 * browser.scripting.executeScript only when the user clips (activeTab + scripting). It only reads the page; its return
 * value (page-read.ts: the page snapshot and a few strings) is extracted in the extension (page-extract.ts).
 */
import { readClipPage } from '../lib/clip/page-read.ts';

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main() {
    // one string: Chrome converts an executeScript result value by value, and tens of thousands of snapshot nodes cost
    // it several hundred ms; a single string of the same data crosses in a few
    return JSON.stringify(readClipPage(document, window.getSelection()?.toString() ?? ''));
  },
});
