/**
 * Locations: the place an event's text writes beside its date — "16. März 2016 in Berlin", "… - 20.4.2016, Bonn",
 * "07. Juli 2017: Rust", "Hannover (06.03.2019)" — on small hand-made pages; the town after a listing entry's venue; the
 * town of the municipality whose own venue ("Rathaus, Sitzungssaal") an event names.
 */
import { describe, expect, it } from 'vitest';
import { fields, page, run } from './helpers.ts';

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

describe('locations: places in prose and in listing entries', () => {
  it('reads the city from "findet am … in Magdeburg statt"', () => {
    const html = page(`<main><h1>Save the date: 6. Bundeskonferenz</h1><p>Die Bundeskonferenz findet am 24. und 25. September 2026 in Magdeburg statt.</p></main>`);
    expect(run(html, '2026-01-12').items[0]).toMatchObject({ start: '2026-09-24', end: '2026-09-25', location: 'Magdeburg' });
  });

  it('reads the place at the end of a listing entry, after its venue', () => {
    const html = page(`<main><h1>Termine 2026</h1><ul>
      <li>12.03.2026, 18 Uhr – Netzwerktreffen, Gemeindehaus St. Martin, Hofgeismar</li>
      <li>26.03.2026, 19 Uhr – Filmabend mit Gespräch, Kulturbahnhof Witzenhausen</li></ul></main>`);
    expect(run(html, '2026-02-15').items.map((i) => i.location)).toEqual(['Hofgeismar', 'Witzenhausen']);
  });

  it('does not read a site section in a kicker line ("Aktuelles · 23.02.2026") as the place', () => {
    const html = page(`<main><p class="kicker">Aktuelles · 23.02.2026</p><h1>Workshop: Partnerschaft neu denken</h1>
      <p><strong>Termin:</strong> Mi 18.03.2026 | 17–19 Uhr | Rathaus, Sitzungssaal</p><p>Die Teilnahme ist kostenfrei. Anmeldung bis Fr 13.03.</p></main>`);
    const items = run(html, '2026-02-25').items;
    expect(items).toHaveLength(1);
    expect(items[0].location).not.toBe('Aktuelles');
  });
});

describe('place of a municipality\u2019s own event', () => {
  it('gives an event in "Rathaus, Sitzungssaal" the town of the Stadt that holds it', () => {
    const html = page(`<main><h1>Workshop: Partnerschaft neu denken</h1><p>Die Stadt Herrenberg lädt Vereine zum Workshop ein.</p>
      <p><strong>Termin:</strong> Mi 18.03.2026 | 17–19 Uhr | Rathaus, Sitzungssaal</p></main>`);
    expect(fields(html, '2026-02-25')).toEqual([['event', 'Workshop: Partnerschaft neu denken', '2026-03-18T17:00', '2026-03-18T19:00', 'Herrenberg', 'Stadt Herrenberg']]);
  });

  it('places an event in "Bürgersaal im Rathaus" in the town of the Gemeinde whose site lists it', () => {
    const html = page(`<div id="kopf"><a href="/"><img alt="Gemeinde Kirchzarten"></a></div><main><h1>Fairtrade-Frühstück</h1>
      <dl><dt>Datum</dt><dd>So, 10.05.2026, 10:00 Uhr</dd><dt>Ort</dt><dd>Bürgersaal im Rathaus</dd><dt>Veranstalter</dt><dd>Steuerungsgruppe Fairtrade</dd></dl></main>`);
    expect(run(html, '2026-04-02').items.map((i) => [i.location, i.organizer])).toEqual([['Kirchzarten', 'Steuerungsgruppe Fairtrade']]);
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
