/**
 * The clip content script: never registered for any page, injected by the popup or the background with
 * browser.scripting.executeScript only when the user clips (activeTab + scripting). Its return value is the result.
 */
import { extractFromDocument } from '../lib/clip/page-extract.ts';
import { takeProfile } from '../lib/clip/profile-for-tab.ts';

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main() {
    return extractFromDocument(document, window.getSelection()?.toString() ?? '', new Date(), undefined, takeProfile());
  },
});
