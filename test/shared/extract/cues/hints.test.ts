/**
 * The cue hints (cues/types.ts `hints`) let facts.ts skip the costly `closed`, `relative` and `rolling` patterns on blocks
 * without their words. A hint that misses a text its pattern finds would silently drop a closed round, a relative
 * deadline or an open window, so every text a pattern matches — phrases written for each alternative, and every block
 * of every corpus page — must match its hint too.
 */
import { describe, expect, it } from 'vitest';
import { cueSets } from '../../../../shared/extract/cues/index.ts';
import { corpusBlockTexts } from './corpus-texts.ts';

const PHRASES = {
  closed: [
    'Die Bewerbungsphase ist beendet.',
    'Die Antragsfrist für das Jahr 2025 ist bereits abgelaufen',
    'Der Förderaufruf wurde inzwischen geschlossen.',
    'Die zweite Runde ist vorbei',
    'Es sind keine Anträge mehr möglich.',
    'Nicht mehr Bewerbungen angenommen',
    'Preis 2024: BEWERBUNGSPHASE ABGESCHLOSSEN',
    'als die Einsendefrist am 30. Juni ablief',
    'The call is now closed.',
    'Applications have been now closed',
    'We no longer accept proposals.',
    'The application phase has been closed',
  ],
  rolling: [
    'Sie stellen Ihren Antrag bitte online.',
    'Anträge können ab sofort gestellt werden',
    'Die Förderung läuft fortlaufend; Anträge werden laufend geprüft',
    'Bewerbungen sind jederzeit möglich',
    'ganzjährig, kein fester Stichtag',
    'Es gibt keine Frist, ohne feste Frist',
    'Applications are accepted on a rolling basis',
    'This is an ongoing, open-ended call: apply at any time',
    'We review continuously; no fixed deadline',
  ],
  invites: [
    'Sie stellen Ihren Antrag bitte online.',
    'Anträge können ab sofort gestellt werden',
    'Anträge können über die Website der Stiftung eingereicht werden.',
    'Zum Antrag',
    'Jetzt bewerben',
    'The Fund is accepting applications again to several programmes',
    'The programme is now open for applications',
    'The Trust invites charities and community groups to apply for grants',
    'Apply now',
    'You can apply for a small grant (under £500) at any time of the year.',
    'Applications can be made online.',
    'Anträge können jederzeit gestellt werden',
  ],
  relative: [
    'mindestens sechs Wochen vor Beginn der Maßnahme',
    'spätestens 3 Monate vor dem Projektbeginn',
    'bis 10 Werktage vor der Veranstaltung',
    'zwei WOCHEN VOR Projektstart',
    'at least six weeks before the start of the project',
    'no later than 2 months prior to the event',
    'ten working days before the beginning',
  ],
};

/** The hint a pattern is read under: an invitation to apply is read with `rolling`. */
const hintOf = (which: 'closed' | 'relative' | 'rolling' | 'invites') => (which === 'invites' ? 'rolling' : which);

describe('cue hints', () => {
  for (const [lang, set] of Object.entries(cueSets)) {
    for (const which of ['closed', 'relative', 'rolling', 'invites'] as const) {
      it(`${lang}: every phrase ${which} finds holds its hint`, () => {
        const found = PHRASES[which].filter((p) => set[which].test(p));
        expect(found.length).toBeGreaterThanOrEqual(3);
        expect(found.filter((p) => !set.hints[hintOf(which)].test(p))).toEqual([]);
      });
    }
  }

  it('every corpus block that a closed, relative or rolling pattern finds holds the hint', { timeout: 60_000 }, () => {
    const texts = corpusBlockTexts();
    expect(texts.length).toBeGreaterThan(1000);
    const missed: string[] = [];
    let found = 0;
    for (const set of Object.values(cueSets)) {
      for (const which of ['closed', 'relative', 'rolling', 'invites'] as const) {
        for (const text of texts) {
          if (!set[which].test(text)) continue;
          found++;
          if (!set.hints[hintOf(which)].test(text)) missed.push(text);
        }
      }
    }
    expect(found).toBeGreaterThan(5);
    expect(missed).toEqual([]);
  });
});
