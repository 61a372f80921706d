/**
 * A very large page: the clip content script copies it only up to the snapshot's bounds (shared/extract/page-wire.ts),
 * so what crosses to the extension stays a few MB whatever the page's size, and the extension extracts what the page
 * says first — neither the tab nor the extension is frozen or runs out of memory.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { fromWire, WIRE_MAX_CHARS } from '../../../../shared/extract/page-wire.ts';
import { pageBlocks } from '../../../../extension/lib/clip/page-blocks.ts';
import { clipDocument } from './clip-page.ts';
import { readClipPage } from '../../../../extension/lib/clip/page-read.ts';

const MB = 1024 * 1024;

function hugePage(callAtEnd = false): Document {
  const paragraph = '<p>Die Gemeinde informiert über Straßenbau, Abfallkalender und Öffnungszeiten der Bürgerämter im Landkreis.</p>';
  const filler = `<div class="abschnitt">${paragraph.repeat(40)}</div>`.repeat(Math.ceil((20 * MB) / (paragraph.length * 40 + 30)) + 10);
  const body = callAtEnd
    ? `<h1>Aus der Gemeinde</h1>${filler}<section id="aufruf"><h2>Förderaufruf Dorfladen</h2><p>Antragsfrist: 30.06.2026</p></section>`
    : `<h1>Förderaufruf Dorfladen</h1><p>Antragsfrist: 30.06.2026</p>${filler}`;
  const html = `<!DOCTYPE html><html lang="de"><head><title>Gemeinde</title></head><body><main>${body}</main></body></html>`;
  expect(html.length).toBeGreaterThan(20 * MB);
  const { document } = parseHTML(html);
  // linkedom keeps no address (a browser's document has one)
  Object.defineProperty(document, 'URL', { value: 'https://gemeinde.example/foerderaufruf' });
  return document as unknown as Document;
}

describe('clip of a 20 MB page', () => {
  it('sends a bounded snapshot and offers the call the page opens with', { timeout: 60_000 }, () => {
    const doc = hugePage();
    const read = readClipPage(doc, '');
    // what crosses executeScript: the snapshot's bounds plus its structure, never the page's 20 MB
    const sent = JSON.stringify(read).length;
    expect(sent).toBeLessThan(2 * WIRE_MAX_CHARS);
    expect(read.html).toBeUndefined();
    const result = clipDocument(doc, '', new Date('2026-01-15T10:00:00Z'));
    expect(result.problem).toBeUndefined();
    expect(result.items[0].fields.title).toBe('Förderaufruf Dorfladen');
    expect(result.items[0].fields.deadlines.map((d) => d.date)).toEqual(['2026-06-30']);
    expect(result.diagnostics.join('\n')).toMatch(/only its first part was read/);
  });

  it('reads the part the user selected when the call stands past the bounds, as the preview asks', { timeout: 60_000 }, () => {
    const doc = hugePage(true);
    const now = new Date('2026-01-15T10:00:00Z');
    const whole = clipDocument(doc, '', now);
    expect(whole.problem).toBe('page_too_complex');
    // linkedom has no selection: a range over the section's heading and paragraph, as a browser's would say
    const section = doc.getElementById('aufruf')!;
    Object.defineProperty(doc, 'getSelection', { value: () => ({ rangeCount: 1, getRangeAt: () => ({ commonAncestorContainer: section }) }) });
    const selected = 'Förderaufruf Dorfladen\nAntragsfrist: 30.06.2026';
    // the evidence blocks come from the same part
    expect(pageBlocks(fromWire(readClipPage(doc, selected).snapshot))).toEqual(['Förderaufruf Dorfladen', 'Antragsfrist: 30.06.2026']);
    const part = clipDocument(doc, selected, now);
    expect(part.problem).toBeUndefined();
    expect(part.fromSelection).toBe(true);
    expect(part.items.map((i) => [i.fields.title, i.fields.deadlines.map((d) => d.date)])).toEqual([['Förderaufruf Dorfladen', ['2026-06-30']]]);
  });
});
