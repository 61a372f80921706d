/** The title candidates (title-candidates.ts): which names of a page an item's title is chosen from. */
import { describe, expect, it } from 'vitest';
import { cheerioView } from '../../../service/extract/cheerio-view.ts';
import { extract } from '../../../shared/extract/index.ts';
import type { TitleTrace } from '../../../shared/extract/title-choice.ts';
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
});
