import { describe, expect, it } from 'vitest';
import { findDatesAndTimes, findTimes } from '../../../../shared/extract/dates/index.ts';
import { dates, times } from './show.ts';

describe('times without a date', () => {
  it.each([
    ['Einlass ab 16.00 Uhr', ['16:00 from']],
    ['Öffnung 10-16.30 Uhr', ['10:00-16:30']],
    ['17:00 bis 18:15 Uhr', ['17:00-18:15']],
    ['Beginn: 19 Uhr', ['19:00']],
    ['Uhrzeit von: 12:30', ['12:30']],
    ['15:00 CEST', ['15:00']],
    ['12:00 MEZ', ['12:00']],
    ['Zeit: 10 bis 14 Uhr (MEZ)', ['10:00-14:00']],
    ['von 10 bis 14 Uhr', ['10:00-14:00']],
    ['bis 14 Uhr', ['14:00 until']],
    ['um 16.30 Uhr', ['16:30']],
    ['um 16.30 beginnt', ['16:30']],
    ['at 4:00 pm', ['16:00']],
    ['4 – 6 pm', ['16:00-18:00']],
    ['11 am – 1 pm', ['11:00-13:00']],
    ['12:00 am', ['00:00']],
    ['17:00:00 Brussels time', ['17:00']],
    ['16:00 UTC', ['16:00 [UTC]']],
    ['16:00 GMT+2', ['16:00 [GMT+2]']],
    ['18:05 Uhr Feuerwehr rückt aus', ['18:05']],
    ['Café 11–24 Uhr', ['11:00-24:00']],
    ['12:30 - 5 Personen', ['12:30']], // "5" is no end time
    ['Beginn 9.30 h', ['09:30']],
    ['Beginn 14:00 h', ['14:00']],
    ['closes at 12 noon', ['12:00']],
    ['by 12 noon', ['12:00 until']],
    ['before 12.00 midday', ['12:00 until']],
    ['12:00 noon', ['12:00']], // read once
  ])('%s', (text, expected) => {
    expect(times(text)).toEqual(expected);
  });

  it.each([
    ['Mo–Fr 8–12 Uhr', ['08:00-12:00 opening-hours']],
    ['Sprechzeiten: Mo–Do 8.30–12.00 Uhr', ['08:30-12:00 opening-hours']],
    ['Öffnungszeiten Café Mo–Fr 11–24 Uhr, Sa/So 12–24 Uhr', ['11:00-24:00 opening-hours', '12:00-24:00 opening-hours']],
    ['Monday to Friday, 09:00–18:00 CET', ['09:00-18:00 opening-hours']],
  ])('marks opening hours: %s', (text, expected) => {
    expect(times(text)).toEqual(expected);
    expect(dates(text)).toEqual([]);
  });

  it.each([
    ['von 5.000 Euro'],
    ['Faktor 3.5'],
    ['12.50 €'],
    ['8–12 Teilnehmende'],
    ['Tel. 0228 20717-123'],
    ['im Jahr 2019'],
    ['1.5 Mio'],
    ['Seite 12'],
    ['24 h erreichbar'],
    ['ein 2 h Vortrag'],
    ['Anmeldung bis 11.02.'], // a day and month, not 11:02
    ['2019-12-17T12:30:00+01:00'], // part of a date
    ['Werkstatt 1 am Samstag'], // the German "am" before a day is no a.m.
    ['Gruppe 2 am den Tischen'],
    ['Afternoon session'],
    ['the noonday sun'],
  ])('finds no time of its own in %s', (text) => {
    expect(times(text)).toEqual([]);
  });

  it('gives place and text of each time', () => {
    const [found] = findTimes('Einlass ab 16.00 Uhr, Beginn 17 Uhr');
    expect(found?.text).toBe('ab 16.00 Uhr');
    expect(found?.index).toBe(8);
  });
});

describe('times joined to their date', () => {
  it.each([
    ['31.03.2022, 24:00 Uhr', ['2022-03-31 end-of-day']],
    ['bis 31.03.2022, 12 Uhr', ['2022-03-31T12:00']],
    ['am 5.5.2024 um 15:00 Uhr', ['2024-05-05T15:00']],
    ['am 5.5.2024 ab 16.00 Uhr', ['2024-05-05T16:00']],
    ['um 10 Uhr am 5. Mai', ['????-05-05T10:00']],
    ['Do, 18. Februar 2016 – 19 Uhr', ['2016-02-18T19:00']],
    ['17 January 2023, 10:00–11:00 CET', ['2023-01-17T10:00..2023-01-17T11:00']],
    ['Donnerstag, 25. März 2021, 10 bis 14 Uhr', ['2021-03-25T10:00..2021-03-25T14:00']],
    ['17.–18.12.2019, 12:30–14:00 Uhr', ['2019-12-17T12:30..2019-12-18T14:00']],
    ['Deadline: 31 January 2023, 15:00 CEST', ['2023-01-31T15:00']],
    ['31 January 2023, 15:00 CEST', ['2023-01-31T15:00']],
    ['Deadline 26 August 2021 17:00:00 Brussels time', ['2021-08-26T17:00']],
    ['closing date 17 March 2021 17:00:00 (Brussels time)', ['2021-03-17T17:00']],
    ['(closed on 16 June 2015, 15:00)', ['2015-06-16T15:00']],
    ['12.12.2023, 12:00 MEZ', ['2023-12-12T12:00']],
    ['8. Februar 2019 um 17:32 Uhr', ['2019-02-08T17:32']],
    ['noon on November 28, 2013', ['2013-11-28T12:00']],
    ['by 12 noon on Friday 9 April 2021', ['2021-04-09T12:00']],
    ['Monday 6 September 2021, midday', ['2021-09-06T12:00']],
  ])('%s', (text, expected) => {
    const found = findDatesAndTimes(text);
    expect(dates(text)).toEqual(expected);
    expect(found.times).toEqual([]); // the time went into the date
  });

  it('reads the German "am" before a day as no a.m.', () => {
    expect(dates('Werkstatt 1 am Samstag, den 25. April 2015 in Kassel')).toEqual(['2015-04-25']);
    expect(times('10 am Monday')).toEqual(['10:00']);
  });

  it('does not join a time across a line or a sentence', () => {
    expect(findDatesAndTimes('Datum: 25. März 2021\nZeit: 10 bis 14 Uhr').dates[0]?.start.time).toBeUndefined();
    expect(dates('Frist: 31.03.2022. Beratung 10 Uhr')).toEqual(['2022-03-31']);
  });

  it('keeps the time in the mention text', () => {
    expect(findDatesAndTimes('Frist: 31.03.2022, 24:00 Uhr.').dates[0]?.text).toBe('31.03.2022, 24:00 Uhr');
    expect(findDatesAndTimes('um 10 Uhr am 5. Mai').dates[0]?.text).toBe('um 10 Uhr am 5. Mai');
  });
});

describe('dates: a time range whose end is written as approximate', () => {
  it.each([
    ['von 17 bis ca. 20 Uhr', ['17:00-20:00']],
    ['19.00 bis etwa 21.30 Uhr', ['19:00-21:30']],
    ['von 10 Uhr bis circa 16 Uhr', ['10:00-16:00']],
    ['from 2 to approx. 4 pm', ['14:00-16:00']],
    ['bis ca. 20 Uhr', ['20:00']], // no range: the lone time, read as before
    ['5 bis ca. 20 Teilnehmer', []], // no clock: a count of people
  ])('%s', (text, expected) => {
    expect(times(text)).toEqual(expected);
  });

  it('joins the whole range to its date', () => {
    const [date] = findDatesAndTimes('Der Workshop findet am Mittwoch, 22. März 2023, von 17 bis ca. 20 Uhr im Rathaus statt.').dates;
    expect([date.start.time, date.end?.time]).toEqual([{ hour: 17, minute: 0 }, { hour: 20, minute: 0 }]);
  });
});
