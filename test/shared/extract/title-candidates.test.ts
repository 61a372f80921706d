/** The title candidates (title-candidates.ts): which names of a page an item's title is chosen from. */
import { describe, expect, it } from 'vitest';
import { cheerioView } from '../../../service/extract/cheerio-view.ts';
import { extract } from '../../../shared/extract/index.ts';
import type { TitleTrace } from '../../../shared/extract/title-choice.ts';
import { wholeTitle } from '../../../shared/extract/title.ts';
import { page } from './helpers.ts';

/** The title candidates of every unit of a page, with their features (the rule cascade chooses). */
function traced(html: string) {
  const traces: TitleTrace[] = [];
  extract({ view: cheerioView(html), url: 'https://www.musterstiftung.de/foerderung', now: new Date('2026-03-01T12:00:00Z'), roles: null, titleModel: null, traceTitles: (t) => traces.push(t) });
  return { traces };
}

const candidate = (trace: TitleTrace, text: string) => trace.candidates.find((c) => c.text === text);

describe('title candidates', () => {
  it('offers a quoted name with the programme or event noun written before it, and no other word before a quote', () => {
    const html = page('<main><h1>Neues aus dem Netzwerk</h1><p>Das Regionalforum „Wärme nach Plan“ findet am 12. Mai 2026 in Gardelegen statt. Wir sagen „Danke“ allen Gästen.</p></main>');
    const [trace] = traced(html).traces;
    const named = candidate(trace, 'Regionalforum „Wärme nach Plan“');
    expect(named?.features).toEqual(expect.arrayContaining(['src:named-quote', 'src:quoted', 'noun:event', 'body:own']));
    expect(trace.candidates.some((c) => c.text.includes('sagen'))).toBe(false);
  });

  it('places a quoted name in the block that holds it: its distance to the item’s dates is known', () => {
    const html = page('<main><h1>Neues aus dem Netzwerk</h1><p>Wir berichten aus der Arbeit des Netzwerks und seiner Mitglieder.</p><p>Das Regionalforum „Wärme nach Plan“ findet am 12. Mai 2026 in Gardelegen statt.</p></main>');
    const [trace] = traced(html).traces;
    const quoted = candidate(trace, 'Wärme nach Plan');
    expect(quoted?.features).toContain('date-dist:0-1');
    expect(quoted?.features).not.toContain('date-dist:no-block');
  });

  it('offers the nearest headings above an entry, not the outermost ones', () => {
    const entry = (name: string, day: number) =>
      `<li><h5>${name}</h5><p><strong>Träger:</strong> Ministerium für Umwelt</p><p><strong>Internet:</strong> https://example.org/preis</p><p><strong>Zielgruppe:</strong> Kommunen und Regionen</p><p><strong>Inhalte:</strong> Vorbildliche Projekte für Klimaschutz.</p><p><strong>Zeitraum:</strong> jährlich seit 2009</p><p><strong>Bewerbungsstart:</strong> 08. Januar 2026</p><p><strong>Bewerbungsfrist:</strong> ${day}. April 2026</p></li>`;
    const html = page(`<main><h1>Wettbewerbe</h1><h2>Wettbewerbe für Kommunen</h2><p>Auf dieser Seite stellen wir laufende Wettbewerbe zusammen.</p><h3>Finanziell dotierte Wettbewerbe</h3><h4>Preise des Landes</h4><ul>${entry('Klimapreis Nord', 20)}${entry('Effizienzpreis Süd', 30)}</ul></main>`);
    const { traces } = traced(html);
    const texts = traces.flatMap((t) => t.candidates.filter((c) => c.features.includes('src:heading')).map((c) => c.text));
    expect(texts).toEqual(expect.arrayContaining(['Klimapreis Nord', 'Effizienzpreis Süd']));
  });

  it('offers the page’s <title> with every part when stripping the site’s name left a label word', () => {
    const html = `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Fristen - INTERREG Nordseeregion</title></head><body><main><h1>Fristen</h1><p>Projektanträge können bis zum 15. Mai 2026 eingereicht werden.</p></main></body></html>`;
    const [trace] = traced(html).traces;
    expect(candidate(trace, 'Fristen – INTERREG Nordseeregion')?.features).toEqual(expect.arrayContaining(['src:whole-title', 'src:whole-title|unit:page']));
    // the stripped <title> is still its own candidate
    expect(candidate(trace, 'Fristen')?.features).toContain('src:doc-title');
  });

  it('offers no whole <title> when it has one part, nor to the sections of a page (they would share it)', () => {
    const one = `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Fristen</title></head><body><main><h1>Fristen</h1><p>Projektanträge können bis zum 15. Mai 2026 eingereicht werden.</p></main></body></html>`;
    expect(traced(one).traces.flatMap((t) => t.candidates).some((c) => c.features.includes('src:whole-title'))).toBe(false);
    const section = (name: string, day: number, town: string) => `<h2>${name}</h2><p>Das ${name} findet am ${day}. April 2026 in ${town} statt. Anmeldung bis zum ${day - 10}. April 2026.</p>`;
    const sections = `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Termine - Landesnetzwerk Nord</title></head><body><main><h1>Termine</h1>${section('Klimaforum', 20, 'Kiel')}${section('Energieforum', 28, 'Lübeck')}</main></body></html>`;
    const traces = traced(sections).traces;
    expect(traces.flatMap((t) => t.candidates).some((c) => c.features.includes('src:doc-title|unit:section'))).toBe(true);
    expect(traces.flatMap((t) => t.candidates).some((c) => c.features.includes('src:whole-title'))).toBe(false);
  });
});

describe('titles: the whole <title>', () => {
  it('keeps every part, joined by a dash, and is nothing when stripping dropped nothing', () => {
    expect(wholeTitle('Grant Review Schedule - Touchpoint Foundation', 'Grant Review Schedule')).toBe('Grant Review Schedule – Touchpoint Foundation');
    expect(wholeTitle('Mitmachen | Bundeswettbewerb Europäische Stadt', 'Mitmachen')).toBe('Mitmachen – Bundeswettbewerb Europäische Stadt');
    expect(wholeTitle('Klimapreis 2026', 'Klimapreis 2026')).toBeUndefined();
    expect(wholeTitle('Klimapreis – Stadt Kiel', 'Klimapreis – Stadt Kiel')).toBeUndefined();
  });
});
