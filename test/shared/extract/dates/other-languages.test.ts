import { describe, expect, it } from 'vitest';
import { findDatesAndTimes } from '../../../../shared/extract/dates/index.ts';
import { dates, show, times } from './show.ts';

// Dates and times in French, Italian, Danish, Norwegian and Swedish, as German pages written outside Germany or at its
// borders quote them: day first, the month word in lower case, "1er" for the first, "au"/"al"/"til" between the days of
// a range, the French "h" between hours and minutes, the Nordic "kl." before a clock time (round 15).
describe('French and Italian dates', () => {
  it.each([
    ['au plus tard le 15 avril 2025', ['2025-04-15']],
    ['Mardi 28 février 2023', ['2023-02-28']],
    ['le 1er juillet 2024', ['2024-07-01']],
    ['le 3 mars', ['????-03-03']],
    ['le 3 mai', ['????-05-03']],
    ['3 mai 2024', ['2024-05-03']],
    ['du 13 au 15 mai 2024', ['2024-05-13..2024-05-15']],
    ['13-15 novembre 2024', ['2024-11-13..2024-11-15']],
    ['du 28 février au 3 mars 2024', ['2024-02-28..2024-03-03']],
    ['du 28 décembre au 3 janvier 2024', ['2023-12-28..2024-01-03']],
    ['jusqu’au 23 septembre 2025 !', ['2025-09-23']],
    ['déposés au plus tard le 23 septembre 2025.', ['2025-09-23']],
    ['5 dicembre 2017', ['2017-12-05']],
    ['dal 13 al 15 maggio', ['????-05-13..????-05-15']],
    ['entro il 1° marzo 2024', ['2024-03-01']],
    ['Frist: 15 déc. 2024', ['2024-12-15']],
  ])('%s', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  it.each([
    // "mai" is German too: without a dot, a year or a French word before it, a number before it is no day
    ['Ausgabe 3 mai', []],
    // a month alone names no day
    ['en mars 2024', []],
    // days out of order make no range
    ['du 15 au 13 mai 2024', ['2024-05-13']],
    // the German form stays the German parser's
    ['am 15. Mai 2024', ['2024-05-15']],
  ])('near miss: %s', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });
});

describe('Danish, Norwegian and Swedish dates', () => {
  it.each([
    ['København: 23. maj', ['????-05-23']],
    ['fra 9. august til 13. september 2019', ['2019-08-09..2019-09-13']],
    ['19. januar 2012 i Göteborg', ['2012-01-19']],
    ['den 3. desember', ['????-12-03']],
    ['19 januari 2012', ['2012-01-19']],
    ['3. juni', ['????-06-03']],
  ])('%s', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  it.each([
    // a word German or English share is read only in a form of its own: "3 Juni" without a dot stays unread
    ['3 Juni', []],
    ['3 juni', []],
    ['im august 2019', []],
  ])('near miss: %s', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  it('joins the clock time after "kl."', () => {
    expect(findDatesAndTimes('23. maj kl. 9.30').dates.map(show)).toEqual(['????-05-23T09:30']);
    expect(times('Start kl. 9.30')).toEqual(['09:30']);
  });
});

describe('French clock times', () => {
  it.each([
    ['Début 19h30', ['19:30']],
    ['de 13h30 à 14h30', ['13:30-14:30']],
    ['14H00', ['14:00']],
  ])('%s', (text, expected) => {
    expect(times(text)).toEqual(expected);
  });

  it('joins its date', () => {
    expect(findDatesAndTimes('Mardi 28 février 2023, 14h00').dates.map(show)).toEqual(['2023-02-28T14:00']);
    expect(findDatesAndTimes('8 juin, 13h30 à 14h30').dates.map(show)).toEqual(['????-06-08T13:30..????-06-08T14:30']);
  });

  it.each([
    // a bare "h" after a number without minutes stays a duration ("24 h erreichbar")
    ['24 h erreichbar', []],
    // more than 59 minutes is no clock
    ['14h75', []],
  ])('near miss: %s', (text, expected) => {
    expect(times(text)).toEqual(expected);
  });
});
