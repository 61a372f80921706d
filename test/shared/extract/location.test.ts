/**
 * Locations: the place an event's text writes beside its date — "16. März 2016 in Berlin", "… - 20.4.2016, Bonn",
 * "07. Juli 2017: Rust", "Hannover (06.03.2019)" — on small hand-made pages.
 */
import { describe, expect, it } from 'vitest';
import { page, run } from './helpers.ts';

const NOW = '2026-03-01';
const event = (html: string) => run(page(html), NOW).items.find((i) => i.kind === 'event');

describe('locations: a place beside the event date', () => {
  it('reads "<date> in <town>" when the town closes the clause', () => {
    expect(event('<main><h1>Fachtagung Klimaanpassung</h1><p>Die Fachtagung findet am 16. April 2026 in Kassel, im Kongresszentrum.</p></main>')?.location).toBe('Kassel');
  });

  it('takes no capitalised noun after "in" for a place ("in Zusammenarbeit mit")', () => {
    const it = event('<main><h1>Fachtagung Klimaanpassung</h1><p>Am 16. April 2026 in Zusammenarbeit mit dem Landkreis: Vorträge und Austausch.</p></main>');
    expect(it?.location).not.toBe('Zusammenarbeit');
  });

  it('reads the town after a numeric date at the end of a heading', () => {
    expect(event('<main><h2>Seminar »Europäische Partizipation und Entwicklungspolitik« - 20.4.2026, Bonn</h2><p>Ein Tag mit Praxisbeispielen und Austausch.</p></main>')?.location).toBe('Bonn');
  });

  it('reads "<date>: <town>" and "<town> (<date>)" lines', () => {
    expect(event('<main><h2>Jugendforum Entwicklungspolitik</h2><p>07. Juli 2026: Rust</p><p>Workshops und Austausch.</p></main>')?.location).toBe('Rust');
    expect(event('<main><h2>Workshop Nachhaltige Kommunen</h2><p>Ein Tag mit Praxisbeispielen.</p><p>Hannover (06.05.2026) – kostenlos anmelden</p></main>')?.location).toBe('Hannover');
  });

  it('reads the town that closes a street address without a postcode', () => {
    expect(event('<main><h2>Multivisionsshow Fairer Kakao</h2><p>Freitag, 20. März 2026, 19 Uhr</p><p>Bürgersaal, Rathausplatz 1, Altensteig</p></main>')?.location).toBe('Altensteig');
    expect(event('<main><h2>Erlebniswandern</h2><p>Sonntag, 22. März 2026, 10 Uhr</p><p>Treffpunkt: Muttertalstraße 15, Bad Herrenalb</p></main>')?.location).toBe('Bad Herrenalb');
  });
});

describe('entry lines written as paragraphs', () => {
  it('reads the town an entry gives on a line of its own, after the kind of occasion', () => {
    const html = page(`<main><h1>Newsletter September</h1><h2>Termine</h2>
      <p><b>Mi 28. Oktober – Betzavta-Training</b><br>Training / Rostock</p>
      <p><b>Do 29. Oktober – Tag der offenen Tür im Flüchtlingsrat</b><br>Schwerin</p>
      <p><b>Sa 07. November – Jugend kommt an</b><br>Abschlusstagung / Ribnitz-Damgarten</p></main>`);
    const result = run(html, '2026-09-03', 'https://www.netzwerk.example/newsletter');
    expect(result.items.map((i) => [i.start, i.location])).toEqual([
      ['2026-10-28', 'Rostock'],
      ['2026-10-29', 'Schwerin'],
      ['2026-11-07', 'Ribnitz-Damgarten'],
    ]);
  });
});
