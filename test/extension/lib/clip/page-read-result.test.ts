/**
 * What the clip content script returns (page-read-result.ts): the page read as one JSON string and the page's HTML
 * for a correction beside it, not escaped inside it; the extension takes back only a well-formed result.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageReadOf, pageReadResult } from '../../../../extension/lib/clip/page-read-result.ts';
import { readClipPage } from '../../../../extension/lib/clip/page-read.ts';

function doc(): Document {
  const { document } = parseHTML('<!DOCTYPE html><html lang="de"><head><title>Aufruf</title></head><body><h1>Förderaufruf "Dorfladen"</h1><p>Antragsfrist: 30.06.2026</p></body></html>');
  // linkedom keeps no address (a browser's document has one)
  Object.defineProperty(document, 'URL', { value: 'https://gemeinde.example/aufruf' });
  return document as unknown as Document;
}

describe('the clip content script result', () => {
  it('carries the page HTML beside the JSON, and comes back as the page read', () => {
    const read = readClipPage(doc(), '');
    expect(read.html).toContain('<h1>Förderaufruf "Dorfladen"</h1>');
    const result = pageReadResult(read);
    expect(result).toHaveLength(2);
    expect(result[1]).toBe(read.html);
    expect(result[0]).not.toContain('Dorfladen\\"</h1>');
    expect(pageReadOf(structuredClone(result))).toEqual(read);
    const { html: _html, ...withoutHtml } = read;
    expect(pageReadOf(pageReadResult(withoutHtml))).toEqual(withoutHtml);
  });

  it('takes no HTML from inside the JSON, and refuses what is not a result', () => {
    const { html, ...rest } = readClipPage(doc(), '');
    expect(pageReadOf([JSON.stringify({ ...rest, html: '<p>injected</p>' })])).toEqual(rest);
    expect(pageReadOf([JSON.stringify(rest), html!])?.html).toBe(html);
    for (const bad of [JSON.stringify(rest), [], [7], ['{'], [JSON.stringify(rest), 7], [JSON.stringify(rest), html, 'more'], [JSON.stringify({ ...rest, url: 1 })], null]) {
      expect(pageReadOf(bad), JSON.stringify(bad)?.slice(0, 80)).toBeNull();
    }
  });
});
