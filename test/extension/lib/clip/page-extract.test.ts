// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { clipDocument } from './clip-page.ts';
import { CORPUS_DIR } from '../../../fixtures/corpus/index.ts';

function pageAt(url: string, html: string): Document {
  const window = new Window({ url });
  window.document.write(html);
  return window.document as unknown as Document;
}

const corpus = (name: string) => JSON.parse(readFileSync(join(CORPUS_DIR, `${name}.json`), 'utf8')) as { url: string; now: string; items: { title: string; deadlines: string[] }[] };

describe('clip of a page: read in the page, extracted in the extension', () => {
  it('reads a corpus page with shared/extract over the snapshot of the live DOM, with evidence for each deadline', () => {
    const name = 'skew-nakopa-bekanntmachung-2024-zweistufig';
    const label = corpus(name);
    const doc = pageAt(label.url, readFileSync(join(CORPUS_DIR, `${name}.html`), 'utf8'));
    const result = clipDocument(doc, '', new Date(`${label.now}T10:00:00Z`));
    expect(result.url).toBe(label.url);
    expect(result.items).toHaveLength(label.items.length);
    const [item] = result.items;
    expect(item.fields.deadlines.map((d) => d.date)).toEqual(label.items[0].deadlines);
    expect(item.evidence.deadlines.every((e) => typeof e === 'string' && e.length > 10)).toBe(true);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result); // plain data: it is stored as the clip's draft
  });

  it('offers an empty entry marked as unrecognised on a page with nothing to clip, and keeps markup in titles as text', () => {
    const doc = pageAt('https://example.org/a?utm_source=x', '<html><head><title>&lt;img src=x onerror=alert(1)&gt;</title><link rel="canonical" href="/a"></head><body><p>Hallo</p></body></html>');
    const result = clipDocument(doc, '', new Date('2026-03-10T10:00:00Z'));
    expect(result.canonicalUrl).toBe('https://example.org/a');
    expect(result.items).toHaveLength(1);
    expect(result.items[0]).toMatchObject({ recognised: false, fields: { title: '' } });
    expect(result.pageTitle).toBe('<img src=x onerror=alert(1)>');
  });

  it('reads only the selection when the user selected part of the page', () => {
    const html = '<!DOCTYPE html><html lang="de"><head><title>Aufrufe</title></head><body><main><h1>Aktuelle Aufrufe</h1><section><h2>Förderaufruf Dorfladen</h2><p>Antragsfrist: 30.06.2026</p></section><section><h2>Wettbewerb Bürgerenergie</h2><p>Einsendeschluss: 15.09.2026</p></section></main></body></html>';
    const now = new Date('2026-03-10T10:00:00Z');
    const whole = clipDocument(pageAt('https://example.org/aufrufe', html), '', now);
    expect(whole.fromSelection).toBe(false);
    expect(whole.items.map((i) => i.fields.title).sort()).toEqual(['Förderaufruf Dorfladen', 'Wettbewerb Bürgerenergie']);
    const part = clipDocument(pageAt('https://example.org/aufrufe', html), '  Wettbewerb Bürgerenergie\nEinsendeschluss: 15.09.2026 ', now);
    expect(part.fromSelection).toBe(true);
    expect(part.items.map((i) => [i.fields.title, i.fields.deadlines.map((d) => d.date)])).toEqual([['Wettbewerb Bürgerenergie', ['2026-09-15']]]);
  });

  it('offers an empty entry, not "too complex", when reading the page fails for another reason', () => {
    const doc = pageAt('https://example.org/seite', '<!DOCTYPE html><html lang="de"><head><title>Seite</title></head><body><main><h1>Förderaufruf Dorfladen</h1><p>Antragsfrist: 30.06.2026</p></main></body></html>');
    Object.defineProperty(doc.body, 'firstChild', { get: () => { throw new Error('the page broke its own DOM'); } });
    const result = clipDocument(doc, '', new Date('2026-03-10T10:00:00Z'));
    expect(result.problem).toBeUndefined();
    expect(result.items).toHaveLength(1);
    expect(result.items[0]).toMatchObject({ recognised: false, fields: { title: '' } });
    expect(result.diagnostics.join('\n')).toMatch(/extract failed: the page broke its own DOM/);
  });
});
