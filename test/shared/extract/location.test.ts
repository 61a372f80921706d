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

  it('reads a calendar entry\'s place line under its date line ("Brussels, Belgium"), and no name written "Surname, Forename"', () => {
    const en = run(page('<main><h1>Events in April</h1><p class="date">From 7 to 8 April 2026</p><p class="place">Brussels, Belgium</p><h2>Participatory Urbanism Forum</h2><p>The forum closes four years of joint work of researchers and planners.</p></main>', { lang: 'en' }), NOW).items[0];
    expect(en?.location).toBe('Brussels');
    const de = event('<main><h1>Infoveranstaltung Förderportal</h1><dl><dt>Erstellt</dt><dd>22.02.2026</dd><dt>Redaktion</dt><dd>Wotschke, Annemarie</dd></dl><p>Die Infoveranstaltung findet am 8. März 2026 um 17 Uhr statt.</p></main>');
    expect(de?.location).not.toBe('Wotschke');
  });
});
