/**
 * How a page splits into items: sibling sections right under the page heading, a call announced in a teaser and again
 * in full, a field heading that is no item of its own.
 */
import { describe, expect, it } from 'vitest';
import { page, run } from './helpers.ts';

describe('sibling sections right under the page heading', () => {
  it('keeps two calls with the same deadline apart when the first follows the page heading directly', () => {
    const html = page(`<main><h1>Aktuelles</h1>
      <h2>Projektaufruf A</h2><p>Kommunen können Projekte einreichen. Bewerbungsschluss: 17. April 2026</p>
      <h2>Wettbewerb B</h2><p>Schulen können sich bewerben. Bewerbungsschluss: 17. April 2026</p></main>`);
    const items = run(html, '2026-03-01').items;
    expect(items.map((i) => i.title)).toEqual(['Projektaufruf A', 'Wettbewerb B']);
    expect(items.map((i) => i.deadline)).toEqual(['2026-04-17', '2026-04-17']);
  });

  it('still reads a lone heading right under the page heading as its subtitle', () => {
    const html = page(`<main><h1>Projektaufruf Klima 2026</h1><h2>Jetzt bewerben</h2>
      <p>Kommunen können Projekte einreichen. Bewerbungsschluss: 17. April 2026</p></main>`);
    const items = run(html, '2026-03-01').items;
    expect(items).toHaveLength(1);
    expect(items[0].title).toContain('Projektaufruf Klima 2026');
  });
});

describe('a call announced twice', () => {
  it('makes one item of a call announced in a teaser box and again in full', () => {
    const html = page(`<main><div class="highlight-box"><h2>Aktuell: Projektaufruf Klimapartnerschaften 2026</h2>
      <p>Vereine können bis 17.04.2026 Projekte einreichen. <a href="#a">Mehr erfahren</a></p></div>
      <article id="a"><h1>Projektaufruf Klimapartnerschaften 2026</h1><p>Das Landesnetzwerk ruft dazu auf, Projekte mit Partnern im Globalen Süden einzureichen.</p>
      <h2>Fristen</h2><p>Projektanträge können bis zum 17. April 2026 eingereicht werden.</p></article></main>`);
    const { items } = run(html, '2026-02-03');
    expect(items.map((i) => [i.kind, i.title, i.deadline])).toEqual([['call', 'Projektaufruf Klimapartnerschaften 2026', '2026-04-17']]);
  });
});

describe('field headings', () => {
  it('takes "Wann und wo" for a field heading, not for an item of its own', () => {
    const html = page(`<main><h1>Netzwerktreffen Faire Kommunen</h1><p>Wir laden alle Fairtrade-Towns der Region ein.</p>
      <h2>Wann und wo</h2><p>Termin: 12. Mai 2026<br>Ort: Rathaus, Markt 1, 34117 Kassel</p></main>`);
    const { items } = run(html, '2026-04-01');
    expect(items.map((i) => [i.title, i.start, i.location])).toEqual([['Netzwerktreffen Faire Kommunen', '2026-05-12', 'Kassel']]);
  });
});
