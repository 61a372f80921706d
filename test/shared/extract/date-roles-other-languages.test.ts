import { describe, expect, it } from 'vitest';
import { classifyDate } from '../../../shared/extract/classify.ts';
import { cuesFor } from '../../../shared/extract/cues/index.ts';
import { toldInPast } from '../../../shared/extract/features/status-words.ts';
import { findDates } from '../../../shared/extract/dates/index.ts';
import { page, run } from './helpers.ts';

const cues = cuesFor('en');

/** The role (and kind) of the first date in a sentence, read with every language's cue words. */
function first(text: string) {
  const mentions = findDates(text, { lang: 'en' });
  expect(mentions.length, `no date found in "${text}"`).toBeGreaterThan(0);
  const spans = mentions.map((m) => ({ index: m.index, length: m.length }));
  const c = classifyDate(text, spans[0], spans, undefined, undefined, cues);
  return { role: c.role, kind: c.kind };
}

describe('date roles: the deadline words of other languages', () => {
  it('reads the Danish application and registration deadlines', () => {
    expect(first('Ansøgningsfrist 15. marts 2024')).toEqual({ role: 'deadline', kind: 'application' });
    expect(first('Tilmeldingsfrist: 3. maj 2024')).toEqual({ role: 'deadline', kind: 'registration' });
    expect(first('Frist for ansøgning er 1. oktober 2024')).toEqual({ role: 'deadline', kind: 'application' });
    expect(first('Tilmelding senest 20. april 2024')).toEqual({ role: 'deadline', kind: 'registration' });
    // near misses: the registration word far from the date is no deadline; a seminar about applying is no application
    expect(first('Tilmelding er åben til seminaret, som holdes på rådhuset i København 20. april 2024').role).not.toBe('deadline');
    expect(first('Interreg ansøgningsseminar 23. maj 2024').role).not.toBe('deadline');
  });

  it('reads the Norwegian deadlines', () => {
    expect(first('Søknadsfrist 1. mars 2024')).toEqual({ role: 'deadline', kind: 'application' });
    expect(first('Påmeldingsfrist: 12. januar 2012')).toEqual({ role: 'deadline', kind: 'registration' });
    expect(first('Påmelding innen 12. januar 2012')).toEqual({ role: 'deadline', kind: 'registration' });
    expect(first('Søknad sendes senest 1. mars 2024')).toMatchObject({ role: 'deadline' });
    // near miss: a seminar on a day, no deadline word
    expect(first('Søkerseminar 19. januar 2012 i Göteborg').role).not.toBe('deadline');
  });

  it('reads the Swedish deadlines', () => {
    expect(first('Sista ansökningsdag 15 mars 2024')).toEqual({ role: 'deadline', kind: 'application' });
    expect(first('Ansökan senast 15 mars 2024')).toEqual({ role: 'deadline', kind: 'application' });
    expect(first('Anmälan senast den 3 maj 2024')).toEqual({ role: 'deadline', kind: 'registration' });
    expect(first('Sista dag för anmälan är 3 maj 2024')).toEqual({ role: 'deadline', kind: 'registration' });
    // near miss: "sista" before another noun is no deadline
    expect(first('Sista konferensdagen 3 maj 2024').role).not.toBe('deadline');
  });

  it('reads the French deadlines, closing dates and openings', () => {
    expect(first('Date limite de dépôt : 23 septembre 2025')).toMatchObject({ role: 'deadline' });
    expect(first('Date de clôture : 15 avril 2025')).toMatchObject({ role: 'deadline' });
    expect(first('Clôture des inscriptions le 3 mars 2025')).toEqual({ role: 'deadline', kind: 'registration' });
    expect(first('Inscription avant le 3 mars 2025')).toEqual({ role: 'deadline', kind: 'registration' });
    expect(first('Les candidatures sont reçues jusqu’au 23 septembre 2025')).toEqual({ role: 'deadline', kind: 'application' });
    expect(first('Ouverture des candidatures : 24 avril 2025').role).toBe('opening');
    // near misses: an exhibition open until a day, a festival's opening
    expect(first('L’exposition est visible jusqu’au 23 septembre 2025').role).not.toBe('deadline');
    expect(first('Ouverture du festival le 24 avril 2025').role).not.toBe('opening');
  });

  it('reads the Italian deadlines and openings', () => {
    expect(first('Scadenza: 15 maggio 2024')).toMatchObject({ role: 'deadline' });
    expect(first('Il termine per la presentazione delle domande è il 15 maggio 2024')).toEqual({ role: 'deadline', kind: 'application' });
    expect(first('Iscrizioni entro il 15 maggio 2024')).toEqual({ role: 'deadline', kind: 'registration' });
    expect(first('Apertura del bando: 2 aprile 2024').role).toBe('opening');
    // near misses: "termine" alone is an end; the opening of an exhibition
    expect(first('Al termine del convegno, 15 maggio 2024').role).not.toBe('deadline');
    expect(first('Apertura della mostra 2 aprile 2024').role).not.toBe('opening');
  });

  it('reads the Dutch deadlines', () => {
    // (numeric dates: the reader takes no Dutch month words)
    expect(first('Sluitingsdatum: 01.03.2024')).toMatchObject({ role: 'deadline' });
    expect(first('Inschrijven vóór 01.03.2024')).toEqual({ role: 'deadline', kind: 'registration' });
    expect(first('Aanvragen kunnen uiterlijk 01.03.2024 worden ingediend')).toEqual({ role: 'deadline', kind: 'application' });
    // near miss: "voor" ("for") is not "vóór" ("before")
    expect(first('Een dag voor 01.03.2024').role).not.toBe('deadline');
  });

  it('tells a Nordic deadline that was ("var") as past, not a verb elsewhere', () => {
    expect(toldInPast('Den ordinære tilmeldingsfrist var 20. april, men du kan stadig tilmelde dig')).toBe(true);
    expect(toldInPast('Søknadsfristen var den 1. mars')).toBe(true);
    expect(toldInPast('Tilmeldingsfristen er 20. april')).toBe(false);
    expect(toldInPast('var x = 20;')).toBe(false);
  });
});

describe('date roles: the application windows of other languages', () => {
  /** Each item's kind and deadlines, extracted from an article on 6 May 2019. */
  function items(body: string, lang: string) {
    return run(page(`<main><article>${body}</article></main>`, { lang }), '2019-05-06').items.map((i) => [i.kind, i.deadlines.map((d) => d.date)]);
  }

  it('reads a span named as the window one applies in as closing on its last day', () => {
    const da = '<h1>Interreg-indkaldelsen 2019</h1><p>Programmet støtter projekter i regionen. Ansøgningsperioden løber fra 9. august til 13. september 2019.</p>';
    expect(items(da, 'da')).toEqual([['call', ['2019-09-13']]]);
    const fr = '<h1>Appel à projets 2019</h1><p>Le programme soutient des projets locaux. La période de dépôt court du 9 août au 13 septembre 2019.</p>';
    expect(items(fr, 'fr')).toEqual([['call', ['2019-09-13']]]);
  });

  it('keeps a span without such words out of the deadlines', () => {
    const da = '<h1>Sommerkursus 2019</h1><p>Kurset holdes i Aalborg fra 9. august til 13. september 2019.</p>';
    expect(items(da, 'da').flatMap(([, d]) => d)).toEqual([]);
  });
});
