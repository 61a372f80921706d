/** A programme of events told in an article's sentences: one event per dated clause that names one (prose-events.ts). */
import { describe, expect, it } from 'vitest';
import { cheerioView } from '../../../service/extract/cheerio-view.ts';
import { extract } from '../../../shared/extract/index.ts';
import { page, run } from './helpers.ts';

const items = (html: string, now: string) => run(html, now, 'https://www.zeitung.example/lokales/vhs-programm').items.map((i) => [i.kind, i.title, i.start]);

describe('events announced one per sentence in an article', () => {
  it('makes one event of each dated sentence that quotes a title or names an event, and no item of the article itself (its own line is only its date)', () => {
    const html = page(`<main><article><h1>Neues Programm der Volkshochschule liegt vor</h1>
      <p>23.09.2026</p>
      <p>Das Programmheft für das Herbstsemester ist erschienen und liegt an vielen Stellen aus.</p>
      <p>Wer eine Solaranlage plant, findet Hilfe im Kurs „Strom vom eigenen Dach“ am Dienstag, 13. Oktober. Die Verbraucherzentrale gibt am Mittwoch, 21. Oktober, Tipps unter dem Titel „Clever heizen“.</p>
      <p>Den Abschluss macht am 4. November ein Vortrag zur Geschichte der Wasserversorgung im Landkreis.</p></article></main>`);
    expect(items(html, '2026-09-23')).toEqual([
      ['event', 'Strom vom eigenen Dach', '2026-10-13'],
      ['event', 'Clever heizen', '2026-10-21'],
      ['event', 'Vortrag zur Geschichte der Wasserversorgung', '2026-11-04'],
    ]);
  });

  it('gives each date of one sentence its own clause ("am 11. Februar …, am 19. Mai …")', () => {
    const html = page(`<main><article><h1>Kreisvolkshochschule startet ins Frühjahr</h1><p>10.01.2027</p>
      <p>Am 11. Februar 2027 spricht in Dieburg eine Ärztin im Vortrag „Gesund durch den Winter“, am 19. Mai 2027 folgt ein Seminar „Achtsam im Alltag“ mit einer Trainerin aus Darmstadt.</p></article></main>`);
    expect(items(html, '2027-01-10')).toEqual([
      ['event', 'Vortrag: Gesund durch den Winter', '2027-02-11'],
      ['event', 'Seminar: Achtsam im Alltag', '2027-05-19'],
    ]);
  });

  it('makes no programme of one event the article names twice (a guard: the page stays its one item)', () => {
    const html = page(`<main><article><h1>Workshop Klimaanpassung in der Gemeinde</h1>
      <p>Die Gemeinde lädt zum Workshop „Hitze im Quartier“ am 12. Oktober 2026 ins Rathaus ein. Wer am 12. Oktober keine Zeit hat, kann am 19. Oktober 2026 zum selben Workshop kommen.</p></article></main>`);
    expect(items(html, '2026-09-01')).toEqual([['event', 'Workshop Klimaanpassung in der Gemeinde', '2026-10-12']]);
  });

  it('gives each event the hours and the closing town of its own clause; the page\u2019s item stays for its own day', () => {
    const html = page(`<main><article><h1>Volkshochschule: Reihe zur Nachhaltigkeit</h1><p>20.09.2026</p>
      <p>Den Anfang macht der Vortrag „Moore als Klimaschützer“ am Mittwoch, 14. Oktober, von 19 bis 20.30 Uhr im Rathaussaal in Ratingen.</p>
      <p>Weiter geht die Reihe am Mittwoch, 11. November, ebenfalls von 19 bis 20.30 Uhr, mit dem Vortrag „Boden ist Leben“.</p></article></main>`);
    // the places and names as the clauses give them (the rules' reading: the learned location choice and title ranking,
    // refitted with every corpus change, judged by the corpus evaluation, may offer the page's town to the page's item;
    // the title ranking refitted in round 10 names the page's item by the other day's quoted name — a known error of
    // that ranking, written down in docs/extraction.md "Titles of found items (round 10)")
    const read = extract({ view: cheerioView(html), url: 'https://www.zeitung.example/lokales/vhs-reihe', now: new Date('2026-09-20T12:00:00Z'), locationModel: null, titleModel: null });
    expect(read.items.map((i) => [i.title, i.start, i.end, i.location])).toEqual([
      // the page's own item stands for the day it takes (its title the page's), the other day's sentence adds one;
      // the town closes the other day's clause only: the page's item (its own day) names none
      ['Volkshochschule: Reihe zur Nachhaltigkeit', '2026-11-11T19:00', '2026-11-11T20:30', null],
      ['Vortrag: Moore als Klimaschützer', '2026-10-14T19:00', '2026-10-14T20:30', 'Ratingen'],
    ]);
  });

  it('reads the words that qualify a bare event noun ("a drop-in session", "A Grant Writing Workshop")', () => {
    const html = page(`<main><article><h1>Free advice sessions for community groups</h1><p>20 September 2026</p>
      <p>First up is 'Finding the Funds for Your Project' from 6.30pm to 8.30pm on 13 October at the Old Library.</p>
      <p>On 20 October a drop-in session gives groups the chance to book a one-on-one chat with a grants officer.</p>
      <p>A Grant Writing Workshop will be run on 27 October, again in the council building.</p></article></main>`, { lang: 'en' });
    // the article dated by its dateline is their programme: the first session is its own event, under its quoted title
    expect(run(html, '2026-09-20', 'https://www.news.example/local/advice-sessions').items.map((i) => [i.title, i.start])).toEqual([
      ['Finding the Funds for Your Project', '2026-10-13T18:30'],
      ['Drop-in session', '2026-10-20'],
      ['Grant Writing Workshop', '2026-10-27'],
    ]);
  });

  it('gives the events the host the article names as its subject, not the newspaper', () => {
    const html = page(`<main><article><h1>Free workshops for village groups</h1><p>20 September 2026</p>
      <p>After a busy summer, Riverside District Council is putting on a series of free workshops for community groups.</p>
      <p>First up is 'Finding the Funds for Your Project' from 6.30pm to 8.30pm on 13 October at the Old Library in Ashford.</p>
      <p>The series closes with 'Planning a Consultation' from 6.30pm to 8.30pm on 27 October at Elmstead Village Hall.</p></article></main>`, { lang: 'en' });
    expect(run(html, '2026-09-20', 'https://www.news.example/local/workshops').items.map((i) => [i.title, i.start, i.location, i.organizer])).toEqual([
      // the article dated by its dateline is the programme of the two workshops: each the host's, under its quoted title
      ['Finding the Funds for Your Project', '2026-10-13T18:30', 'Ashford', 'Riverside District Council'],
      ['Planning a Consultation', '2026-10-27T18:30', 'Elmstead', 'Riverside District Council'],
    ]);
  });
});

