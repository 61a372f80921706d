// @vitest-environment happy-dom
/**
 * The clip's time budget: a page the extractor cannot read in time ends the clip with a clear problem
 * (page_too_complex, shown as clipPageTooComplex) and a blank entry to fill by hand, instead of hanging the tab.
 */
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { CLIP_BUDGET_MS } from '../../../../extension/lib/clip/budget.ts';
import { extractFromRead } from '../../../../extension/lib/clip/page-extract.ts';
import { readClipPage } from '../../../../extension/lib/clip/page-read.ts';
import { clipDocument } from './clip-page.ts';

function pageAt(url: string, html: string): Document {
  const window = new Window({ url });
  window.document.write(html);
  return window.document as unknown as Document;
}

const big = `<!DOCTYPE html><html lang="de"><head><title>Großer Kalender</title></head><body><main><h1>Termine</h1>${Array.from({ length: 5000 }, (_, i) => `<p>Workshop ${i}: ${1 + (i % 28)}.${1 + (i % 12)}.2026, 10 Uhr</p>`).join('')}</main></body></html>`;

describe('clip budget', () => {
  it('stops a page over its budget with page_too_complex and a blank entry', () => {
    const doc = pageAt('https://example.org/kalender', big);
    const result = clipDocument(doc, '', new Date('2026-01-15T10:00:00Z'), 1);
    expect(result.problem).toBe('page_too_complex');
    expect(result.items).toHaveLength(1);
    expect(result.items[0].fields.deadlines).toEqual([]);
    expect(result.diagnostics.join('\n')).toMatch(/too large or too deeply nested/);
  });

  it('reads a page within the default budget without a problem', () => {
    const doc = pageAt('https://example.org/aufruf', '<!DOCTYPE html><html lang="de"><body><main><h1>Förderaufruf Dorfladen</h1><p>Antragsfrist: 30.06.2026</p></main></body></html>');
    const result = clipDocument(doc, '', new Date('2026-01-15T10:00:00Z'));
    expect(result.problem).toBeUndefined();
    expect(result.items[0].fields.deadlines.map((d) => d.date)).toEqual(['2026-06-30']);
  });

  it('counts the page’s read against the budget: a read that took all of it leaves the extraction none', () => {
    const doc = pageAt('https://example.org/aufruf', '<!DOCTYPE html><html lang="de"><body><main><h1>Förderaufruf Dorfladen</h1><p>Antragsfrist: 30.06.2026</p></main></body></html>');
    const read = readClipPage(doc, '');
    expect(extractFromRead(read, new Date('2026-01-15T10:00:00Z')).problem).toBeUndefined();
    const slow = extractFromRead({ ...read, readMs: CLIP_BUDGET_MS }, new Date('2026-01-15T10:00:00Z'));
    expect(slow.problem).toBe('page_too_complex');
    expect(slow.items[0].fields.deadlines).toEqual([]);
  });
});
