import { describe, expect, it } from 'vitest';
import { classifyDate } from '../../../shared/extract/classify.ts';
import { cuesFor } from '../../../shared/extract/cues/index.ts';
import { findDates } from '../../../shared/extract/dates/index.ts';

const de = cuesFor('de');
const en = cuesFor('en');

/** Classifies the first date in a sentence. */
function classify(text: string, cues = de, label?: string) {
  const mentions = findDates(text, { lang: cues === de ? 'de' : 'en' });
  expect(mentions.length, `no date found in "${text}"`).toBeGreaterThan(0);
  const spans = mentions.map((m) => ({ index: m.index, length: m.length }));
  return spans.map((span) => classifyDate(text, span, spans, label, undefined, cues));
}

describe('cue classification', () => {
  it('names the kind of an action deadline', () => {
    expect(classify('Anmeldeschluss ist der 15. Mai 2024.')[0]).toMatchObject({ role: 'deadline', kind: 'registration' });
    expect(classify('Bitte melden Sie sich möglichst bis zum 22.03.2021 an.')[0]).toMatchObject({ role: 'deadline', kind: 'registration' });
    expect(classify('Die Projektskizze muss bis spätestens 31. Juli 2023 vorliegen.')[0]).toMatchObject({ role: 'deadline', kind: 'interest' });
    expect(classify('Einsendeschluss: 28. Juni 2019')[0]).toMatchObject({ role: 'deadline', kind: 'submission' });
    expect(classify('Anträge werden noch bis zum 15. Oktober 2022 angenommen.')[0]).toMatchObject({ role: 'deadline', kind: 'application' });
    expect(classify('Applications can be submitted until 31 March 2023, 15:00 CEST.', en)[0]).toMatchObject({ role: 'deadline', kind: 'application' });
  });

  it('keeps publication, letter, opening, decision and period dates apart from deadlines', () => {
    expect(classify('Programm (Stand: 04.10.2023)')[0].role).toBe('publication');
    expect(classify('Mit Datum vom 11. Januar 2022 ruft die Servicestelle zur Bewerbung auf.')[0].role).toBe('publication');
    expect(classify('Für 2024 können seit dem 15. November 2023 wieder Anträge gestellt werden.')[0].role).toBe('opening');
    expect(classify('Anträge sind ab 7. März 2024 möglich.')[0].role).toBe('opening');
    expect(classify('Die unabhängige Jury tritt am 14. August 2019 zusammen.')[0].role).toBe('decision');
    expect(classify('Frühester Projektbeginn ist der 25.04.2023.')[0].role).toBe('period');
    expect(classify('20 May 2021', en, 'Opening date')[0].role).toBe('opening');
  });

  it('reads the field label as the strongest cue', () => {
    expect(classify('07.04.2023', de, 'Antragseingang bis (Freitag)')[0].role).toBe('deadline');
    expect(classify('24.04.2023', de, 'Sitzung des Begleitausschusses (Montag)')[0].role).toBe('decision');
    expect(classify('18.12.2019', de, 'Datum bis')[0].role).toBe('event');
  });

  it('lets "takes place" win over a "bis" that ends an event', () => {
    expect(classify('Der Kongress, der bis zum 20. September 2019 im E-Werk stattfindet.')[0].role).toBe('event');
  });

  it('gives each date of a two-stage sentence its own stage', () => {
    const [skizze, antrag] = classify('Die Projektskizze ist bis 31. Juli 2023 einzureichen; den Förderantrag stellen Sie bis 30. September 2023.');
    expect(skizze).toMatchObject({ role: 'deadline', kind: 'interest' });
    expect(antrag).toMatchObject({ role: 'deadline', kind: 'application' });
  });

  it('marks a replaced deadline', () => {
    const roles = classify('Die Frist wurde verlängert: Anträge bis 15. Mai 2024 (statt 30. April 2024).').map((c) => c.role);
    expect(roles).toEqual(['deadline', 'replaced']);
  });
});
