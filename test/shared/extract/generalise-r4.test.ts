/** Fourth generalisation round: behaviours found on unseen pages (test/fixtures/corpus/extra/r4-*). */
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
