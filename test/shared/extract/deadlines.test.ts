/**
 * Which dates are an item's deadlines: an extension, dates joined or run together under one deadline word, long
 * labels, the year of a date written without one — and dates that are no deadlines (project periods, reports owed,
 * decisions, settlement, confirmations, calendar weeks, vague advice).
 */
import { describe, expect, it } from 'vitest';
import { deadlineValues, page, run } from './helpers.ts';

describe('deadlines', () => {
  it('drops the date an extension replaced', () => {
    const html = page(`<main><h1>Projektaufruf Nachhaltige Kommune 2030</h1><p class="date">03.02.2025</p>
      <p><strong>Update:</strong> Die Frist wurde bis zum 14. April verlängert.</p>
      <p>Reichen Sie eine Projektskizze ein. Einsendeschluss ist der 31. März 2025.</p></main>`);
    const result = run(html, '2025-03-28');
    expect(deadlineValues(result)).toEqual(['2025-04-14']);
  });

  it('does not take a report a funded project owes for a deadline', () => {
    const html = page(`<main><h1>Wasserpartnerschaft mit Tamale</h1><p>Laufzeit: 01.03.2023 – 28.02.2026. Ein Zwischenbericht muss bis 31.12.2024 beim Fördergeber vorliegen.</p></main>`);
    expect(run(html, '2024-06-01').items).toEqual([]);
  });

  it('reads a year in a title as the call year only near the page date', () => {
    const html = page(`<main><h1>Aufruf Kommune 2030</h1><p>Veröffentlicht am 03.02.2025</p><p>Bewerbungen sind bis zum 14. April möglich.</p></main>`);
    expect(deadlineValues(run(html, '2025-03-01'))).toEqual(['2025-04-14']);
  });

  it('takes the year of a date without one from the date the page shows as its publication', () => {
    const html = page(`<main><h1>Förderpreis Partnerschaft</h1><p>Veröffentlicht am 14.11.2024</p><p>Füllen Sie das Bewerbungsformular aus. Bewerbungsschluss ist der 15. Januar.</p></main>`);
    expect(deadlineValues(run(html, '2025-08-01'))).toEqual(['2025-01-15']);
  });

  it('reads "Booking closes:" as the registration deadline of an English event', () => {
    const html = page(`<main><h1>Twinning Summit 2025</h1><p>Join us for a day of exchange between twinned towns.</p>
      <p>Date: 12/03/2025, 10:00–16:00</p><p>Venue: Guildhall, London</p><p>Booking closes: 28/02/2025</p></main>`, { lang: 'en' });
    expect(run(html, '2025-02-01').items[0]).toMatchObject({ kind: 'event', start: '2025-03-12T10:00', deadline: '2025-02-28', location: 'London' });
  });

  it('takes no vague "am besten bis Ende Juni" that names nothing due, but keeps "Anträge … bis Ende Juni"', () => {
    const advice = page(`<main><h1>Förderaufruf Klimapartnerschaften 2026</h1><p>Anträge nehmen wir bis zum 15.07.2026 entgegen.</p>
      <p>Vorab beraten wir Sie gern telefonisch – am besten bis Ende Juni.</p></main>`);
    expect(deadlineValues(run(advice, '2026-03-04'))).toEqual(['2026-07-15']);
    const due = page(`<main><h1>Förderaufruf Klimapartnerschaften 2026</h1><p>Anträge können bis Ende Juni 2026 gestellt werden.</p></main>`);
    expect(deadlineValues(run(due, '2026-03-04'))).toEqual(['2026-06-30']);
  });
});

describe('deadline dates', () => {
  it('gives a second date joined by "und" the same deadline words ("jeweils 1. März und 1. September")', () => {
    const html = page(`<main><h1>Förderung beantragen</h1><p>Die Stiftung Weltoffene Kommune fördert Partnerschaftsprojekte.</p>
      <p>Anträge nehmen wir zweimal im Jahr entgegen. <strong>Bewerbungsschluss: jeweils 1. März und 1. September.</strong></p></main>`);
    const result = run(html, '2026-04-10');
    expect(result.items).toHaveLength(1);
    expect(deadlineValues(result)).toEqual(['2026-09-01', '2027-03-01']);
    expect(result.items[0].deadline).toBe('2026-09-01');
  });

  it('keeps a deadline noun before a colon with the dates it introduces ("zu zwei Fristen: …")', () => {
    const html = page(`<main><h1>Kleinprojektefonds 2027</h1><p>Der Fonds unterstützt Begegnungen von Gemeinden mit bis zu 25.000 Euro.</p>
      <p>Anträge können laufend vorbereitet werden; ausgewählt wird zu zwei Fristen: 15. Jänner 2027, 12:00 Uhr und 14. Mai 2027, 12:00 Uhr.</p></main>`);
    expect(deadlineValues(run(html, '2026-12-10'))).toEqual(['2027-01-15T12:00', '2027-05-14T12:00']);
  });

  it('gives every date of a comma-joined run the deadline words and the year of its label ("Antragsstichtage 2026: …")', () => {
    const html = page(`<main><h1>Projektförderung</h1><p>Die Stiftung fördert Partnerschaftsprojekte von Kommunen.</p>
      <p>Anträge können laufend gestellt werden. Antragsstichtage 2026: 15.01., 15.04., 15.07. und 15.10. Das Kuratorium tagt jeweils sechs Wochen später.</p></main>`);
    const result = run(html, '2026-03-02');
    expect(result.items).toHaveLength(1);
    expect(deadlineValues(result)).toEqual(['2026-01-15', '2026-04-15', '2026-07-15', '2026-10-15']);
    expect(result.items[0].deadline).toBe('2026-04-15');
  });

  it('reads a long label that opens with a deadline noun ("Antragsfrist für Vorhaben, die 2026 beginnen: 31. März 2026")', () => {
    const html = page(`<main><h1>Förderung 2026</h1><details><summary>Fristen</summary><p>Antragsfrist für Vorhaben, die 2026 beginnen: 31. März 2026.</p>
      <p>Für Kleinprojekte gibt es eine zweite Antragsfrist am 30. September 2026.</p></details></main>`);
    expect(deadlineValues(run(html, '2026-02-10'))).toEqual(['2026-03-31', '2026-09-30']);
  });

  it('reads a "Letters of intent" row as an expression-of-interest deadline and "Key dates" as a field heading', () => {
    const html = page(`<main><h1>Partnership Grants 2026</h1><p>We invite municipalities to apply for grants.</p><h2>Key dates</h2>
      <table><tr><td>Letters of intent (optional)</td><td>20 February 2026</td></tr><tr><td>Application deadline</td><td>15 March 2026</td></tr></table></main>`, { lang: 'en' });
    const result = run(html, '2026-01-26');
    expect(result.items.map((i) => i.title)).toEqual(['Partnership Grants 2026']);
    expect(deadlineValues(result)).toEqual(['2026-02-20', '2026-03-15']);
  });
});

describe('dates that are no deadlines', () => {
  it('reads what a funded project must finish or runs until as its period', () => {
    const html = page(`<main><h1>Förderaufruf Begegnung 2026</h1><p>Antragsfrist: 15.05.2026. Die Maßnahmen sind bis zum 30.06.2027 abzuschließen.</p>
      <p>Die Projekte laufen bis zum 31. Dezember 2027. Alle Vorhaben müssen bis 31.12.2027 durchgeführt werden.</p></main>`);
    expect(deadlineValues(run(html, '2026-03-01'))).toEqual(['2026-05-15']);
  });

  it('does not read "befristet bis" as a deadline', () => {
    const html = page(`<main><h1>Förderaufruf Klimapartner 2026</h1><p>Die Förderung ist bis zum 31.01.2028 befristet. Anträge bis zum 15.03.2026.</p></main>`);
    expect(deadlineValues(run(html, '2026-01-10'))).toEqual(['2026-03-15']);
  });

  it('reads when applicants hear the outcome as a decision date', () => {
    const de = page(`<main><h1>Förderpreis Gemeinsam 2026</h1><p>Bewerbungsschluss: 31.03.2026.</p>
      <p>Alle Bewerberinnen und Bewerber werden bis Ende Mai über das Ergebnis informiert.</p></main>`);
    expect(deadlineValues(run(de, '2026-01-20'))).toEqual(['2026-03-31']);
    const en = page(`<main><h1>Climate Twinning Fund 2026</h1><p>Applications are accepted until January 15, 2026.</p>
      <p>Grant decisions will be announced by March 31, 2026.</p></main>`, { lang: 'en' });
    expect(deadlineValues(run(en, '2025-11-05'))).toEqual(['2026-01-15']);
  });

  it('does not read a "Beschluss vom" date or settlement dates as deadlines', () => {
    const html = page(`<main><h1>Kulturförderung 2026</h1><p>Ansuchen sind bis spätestens 31. 3. 2026 im Gemeindeamt einzureichen.</p>
      <p>Die geförderten Projekte müssen bis 30. 11. 2026 durchgeführt und bis 15. 12. 2026 abgerechnet werden.</p>
      <ul><li>Richtlinien der Kulturförderung, Gemeinderatsbeschluss vom 12. 12. 2024 (PDF)</li></ul></main>`);
    const result = run(html, '2026-01-20');
    expect(deadlineValues(result)).toEqual(['2026-03-31']);
  });

  it('does not read "erhalten bis Mitte Juli Bescheid" as a deadline', () => {
    const html = page(`<main><h1>Projektbeiträge 2026</h1><p>Gesuche sind bis spätestens 30.4.2026 einzureichen.</p>
      <p>Die Gesuchstellenden erhalten bis 15.7.2026 Bescheid.</p></main>`);
    expect(deadlineValues(run(html, '2026-01-26'))).toEqual(['2026-04-30']);
  });

  it('takes no organiser\u2019s confirmation date and no calendar week for a deadline', () => {
    const en = page(`<main><h1>Workshop on Twinning</h1><p>Date: 23 April 2026, Besançon</p><p>Please register by 3 April 2026; confirmations will be sent by 10 April 2026.</p></main>`, { lang: 'en' });
    expect(deadlineValues(run(en, '2026-03-05'))).toEqual(['2026-04-03']);
    const kw = page(`<main><h1>Förderaufruf Stadtnatur 2026</h1><p>Interessenbekundungen bis einschließlich KW 12. Vollanträge bis zum 30. Juni 2026.</p></main>`);
    expect(deadlineValues(run(kw, '2026-03-02'))).toEqual(['2026-06-30']);
  });
});
