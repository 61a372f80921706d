/** A deadline the page tells as one that was ("Bewerbungsschluss war der 17. April 2015") closes no call to watch. */
import { describe, expect, it } from 'vitest';
import { page, run } from './helpers.ts';

const titles = (html: string, now: string) => run(html, now).items.map((i) => `${i.kind}: ${i.title}`);

describe('a deadline told in the past', () => {
  it('makes no call of a competition whose deadline "was" a day', () => {
    const html = (sentence: string, lang = 'de') => page(`<main><h1>Wettbewerb Bürgerbeteiligung</h1>
<p>Der Wettbewerb zeichnet vorbildliche Projekte der Bürgerbeteiligung aus. ${sentence}</p></main>`, { lang });
    expect(titles(html('Bewerbungsschluss war der 17. April 2015.'), '2015-04-24')).toEqual([]);
    expect(titles(html('Anmeldeschluss war am 13. September 2018.'), '2018-10-02')).toEqual([]);
  });

  it('keeps the call whose deadline is told as coming', () => {
    const html = page(`<main><h1>Wettbewerb Bürgerbeteiligung</h1>
<p>Der Wettbewerb zeichnet vorbildliche Projekte der Bürgerbeteiligung aus. Bewerbungsschluss ist der 17. April 2015.</p></main>`);
    expect(titles(html, '2015-04-10')).toEqual(['call: Wettbewerb Bürgerbeteiligung']);
  });
});
