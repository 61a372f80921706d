/**
 * The page's dateline: a date standing alone on the day the page was published (its meta date, else the clipping day)
 * is the page's publication date, not an event's start; the coming-start step and the programme reading of an
 * article (assemble.ts) read it as such.
 */
import { describe, expect, it } from 'vitest';
import { page, run } from './helpers.ts';

const roles = (html: string, now: string) => {
  const facts = run(html, now).diagnostics.filter((d) => d.stage === 'facts').map((d) => d.message);
  return facts.map((m) => m.replace(/ \[.*$/, ''));
};

describe('the page dateline', () => {
  it('reads a bare date on the clipping day as the publication of a page without a published date', () => {
    const html = page(`<main><article><h1>Klimaschutzmanager treffen sich</h1><p>11.02.2019</p>
      <p>Die Klimaschutzmanager der Region sind zu ihrem Treffen in der Stadthalle zusammengekommen.</p></article></main>`);
    expect(roles(html, '2019-02-11')).toEqual(['11.02.2019 → publication']);
  });

  it('makes no event of a report whose only coming-looking date is its dateline', () => {
    const html = page(`<main><article><h1>Vernetzungstreffen der Klimaschutzmanager</h1><p>11.02.2019</p>
      <p>25 Klimaschutzmanagerinnen und -manager sind am Donnerstag, 7. Februar, zu ihrem Vernetzungstreffen in die Stadthalle gekommen.</p></article></main>`);
    expect(run(html, '2019-02-11').items).toEqual([]);
  });

  it('keeps a bare date on another day than the clipping day a date of the page', () => {
    const html = page(`<main><article><h1>Vernetzungstreffen der Klimaschutzmanager</h1><p>14.03.2019</p>
      <p>Das Vernetzungstreffen findet in der Stadthalle statt.</p></article></main>`);
    expect(run(html, '2019-02-11').items.map((i) => [i.kind, i.start])).toEqual([['event', '2019-03-14']]);
  });

  it('reads an article dated only by its dateline as the programme of the events its sentences tell', () => {
    // published three days before it is read: the dateline is the page's publication, the first coming date a sentence's
    const html = page(`<main><article><h1>Neues Programm der Volkshochschule liegt vor</h1><p>20.09.2026</p>
      <p>Wer eine Solaranlage plant, findet Hilfe im Kurs „Strom vom eigenen Dach“ am Dienstag, 13. Oktober. Die Verbraucherzentrale gibt am Mittwoch, 21. Oktober, Tipps unter dem Titel „Clever heizen“.</p>
      <p>Den Abschluss macht am 4. November ein Vortrag zur Geschichte der Wasserversorgung im Landkreis.</p></article></main>`, { head: '<meta property="article:published_time" content="2026-09-20T08:00:00+02:00">' });
    expect(run(html, '2026-09-23').items.map((i) => [i.title, i.start])).toEqual([
      ['Strom vom eigenen Dach', '2026-10-13'],
      ['Clever heizen', '2026-10-21'],
      ['Vortrag zur Geschichte der Wasserversorgung', '2026-11-04'],
    ]);
  });

  it('reads a newsletter\u2019s "Redaktionsschluss" as the periodical\u2019s own date, no deadline of an item', () => {
    const html = page(`<main><h1>Newsletter 2/2018</h1>
      <h2>Freiwilliges Jahr mit Geflüchteten</h2><p>Das Programm bietet jungen Geflüchteten ein freiwilliges Jahr in Umweltverbänden.</p>
      <p>Redaktionsschluss für die nächste Ausgabe ist voraussichtlich der 4.6.2018.</p></main>`);
    expect(roles(html, '2018-03-28')).toEqual(['4.6.2018 → publication']);
  });
});
