/** Rounds the page says are over and events it calls off make no item (shared/extract/closed-round.ts). */
import { describe, expect, it } from 'vitest';
import { page, run } from './helpers.ts';

const titles = (html: string, now: string) => run(html, now).items.map((i) => `${i.kind}: ${i.title}`);

describe('a closed round', () => {
  it('is read from a status line over the list of the call dates', () => {
    const html = page(`<main><h1>Programme launches its 3rd call for projects</h1>
<p class="status">*** This call is closed ***</p>
<ul><li>Deadline for application: 20th December 2024</li><li>Application starts on: 4th November 2024</li></ul>
<p>The programme invites public and private organisations to submit cross-border projects.</p></main>`, { lang: 'en' });
    expect(titles(html, '2025-01-20')).toEqual([]);
  });

  it('holds for the list entries only when the status stands above them', () => {
    const html = page(`<main><h1>Calls for projects</h1>
<ul><li>Deadline for application: 20th December 2024</li><li>Application starts on: 4th November 2024</li></ul>
<p>The second call is closed.</p></main>`, { lang: 'en' });
    expect(titles(html, '2024-11-20')).not.toEqual([]);
  });

  it('is a short status line even when later dates of the programme are still ahead', () => {
    const html = page(`<main><h1>Richtlinie für kommunale Klimaschutzinvestitionen</h1>
<p>Anträge können nicht mehr gestellt werden.</p>
<p>Das Förderprogramm war bis zum 30.06.2022 befristet. Bereits geförderte Kommunen müssen einen Antrag auf Verlängerung bis spätestens 30. November 2022 stellen.</p></main>`);
    expect(titles(html, '2022-09-01')).toEqual([]);
  });

  it('said in the body of a call with a round still open is about an earlier round', () => {
    const html = page(`<main><h1>Förderprogramm Dorfläden</h1>
<p>Gefördert werden Dorfläden in Gemeinden unter 5.000 Einwohnern.</p>
<p>Zuschüsse gibt es für Umbau, Ausstattung und Beratung.</p>
<p>Die erste Förderrunde ist abgeschlossen.</p>
<p>Anträge für die zweite Förderrunde können bis zum 31.03.2027 eingereicht werden.</p></main>`);
    expect(titles(html, '2026-12-01')).toEqual(['call: Förderprogramm Dorfläden']);
  });

  it('is a headline saying the call ended ("Wettbewerbsaufruf beendet")', () => {
    const html = page(`<main><h1>Wettbewerbsaufruf beendet</h1>
<p>Zu unserem Wettbewerb konnten bis zum 15.09.2019 Projektskizzen eingereicht werden.</p>
<p>Eine Kommission bewertet die Skizzen und gibt bis zum 10.10.2019 eine Empfehlung zur Förderung ab.</p></main>`);
    expect(titles(html, '2019-09-25')).toEqual([]);
  });

  it('is said of the application itself ("Die Antragstellung ist beendet", "Einreichung abgeschlossen")', () => {
    const said = (status: string) => page(`<main><h1>Förderprogramm Dorfläden</h1>
<p>Gefördert werden Dorfläden in Gemeinden unter 5.000 Einwohnern. Anträge waren bis zum 30.04.2024 einzureichen.</p>
<p>${status}</p></main>`);
    expect(titles(said('Die Antragstellung ist beendet.'), '2024-05-10')).toEqual([]);
    expect(titles(said('Einreichung abgeschlossen'), '2024-05-10')).toEqual([]);
  });

  it('is a short English status ("Call closed")', () => {
    const html = page(`<main><h1>Small projects fund</h1><p><strong>Call closed</strong></p>
<p>Applications could be submitted until 15 March 2024 through the online portal.</p></main>`, { lang: 'en' });
    expect(titles(html, '2024-03-20')).toEqual([]);
  });

  it('is a report of what came in by the deadline', () => {
    const report = (sentence: string, lang = 'de') => page(`<main><h1>Ideenwettbewerb „Mitmach-Fonds“</h1><p>${sentence}</p>
<p>Das Ministerium wertet die Einsendungen nun aus.</p></main>`, { lang });
    expect(titles(report('Bis zum Stichtag am 15. März 2020 gingen insgesamt 2.074 Bewerbungen für den Wettbewerb ein.'), '2020-03-27')).toEqual([]);
    expect(titles(report('Bis zum Antragsschluss am 1. November 2020 haben uns mehr als 12.500 Anträge erreicht.'), '2020-11-30')).toEqual([]);
  });

  it('said after a call’s own deadline belongs to the next news entry, not to the call', () => {
    const html = page(`<main><h1>Meldungen</h1>
<p><strong>Wettbewerb „Grüner Hof“</strong></p>
<p>Kommunen können sich noch bis zum 31.12.2020 für den Wettbewerb bewerben.</p>
<p><strong>Projektpreis 2020: Bewerbungsphase beendet</strong></p>
<p>Die Jury wählt nun die Preisträger aus.</p></main>`);
    expect(titles(html, '2020-06-10').some((t) => t.startsWith('call:'))).toBe(true);
  });
});

describe('an event called off', () => {
  it('makes no item when a line says so', () => {
    const html = page(`<main><h1>Politik vor Ort gestalten</h1><p>Kommunalpolitisches Seminar</p>
<p><strong>Veranstaltung fällt aus</strong></p>
<dl><dt>Datum/Uhrzeit</dt><dd>14. – 15. September 2018, ab 17.00 Uhr</dd><dt>Ort</dt><dd>Hauptstraße 15a, 01609 Gröditz</dd></dl></main>`);
    expect(titles(html, '2018-09-01')).toEqual([]);
  });

  it('is still an item when it has a new date', () => {
    const html = page(`<main><h1>Mitgliederversammlung</h1>
<p><strong>Abgesagt</strong> – Ersatztermin ist Mittwoch, 09.12.2020, 18 Uhr im Dorfgemeinschaftshaus.</p></main>`);
    expect(titles(html, '2020-11-01')).toEqual(['event: Mitgliederversammlung']);
  });
});
