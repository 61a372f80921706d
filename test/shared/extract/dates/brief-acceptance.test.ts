/**
 * Acceptance table for the date layer: every MUST case of the h-dates brief, run against the public API only
 * (findDates, findTimes, parseDateValue, parseTimeValue), so it holds whatever the layer's inner files look like.
 * Mentions are compared in a compact form: "2019-12-17", "????-12-11" (year not written), "…T18:00" (Berlin clock),
 * "start/end" for a range.
 */
import { describe, expect, it } from 'vitest';
import { findDates, findTimes, parseDateValue, parseTimeValue } from '../../../../shared/extract/dates/index.ts';
import type { ClockTime, DateMention, FindDatesOptions, WrittenDate } from '../../../../shared/extract/dates/types.ts';

const pad = (n: number) => String(n).padStart(2, '0');
const clock = (t: ClockTime) => `${pad(t.hour)}:${pad(t.minute)}`;
const day = (w: WrittenDate) =>
  `${w.year ?? '????'}-${pad(w.month)}-${pad(w.day)}${w.time ? `T${clock(w.time)}` : ''}`;
const compact = (m: DateMention) => (m.end ? `${day(m.start)}/${day(m.end)}` : day(m.start));

/** The single mention a short text must yield. */
function only(text: string, options?: FindDatesOptions): DateMention {
  const found = findDates(text, options);
  expect(found.map(compact), text).toHaveLength(1);
  return found[0];
}

/** parseDateValue/parseTimeValue may hand back a mention or the bare value; both are read the same way here. */
function writtenOf(value: unknown): WrittenDate | null {
  if (value === null || value === undefined) return null;
  return (typeof value === 'object' && 'start' in value ? (value as { start: WrittenDate }).start : value) as WrittenDate;
}
function clockOf(value: unknown): { start: ClockTime; end?: ClockTime } | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'object' && 'start' in value) return value as { start: ClockTime; end?: ClockTime };
  return { start: value as ClockTime };
}

describe('single dates', () => {
  it.each([
    ['31.03.2022', '2022-03-31'],
    ['31.3.22', '2022-03-31'],
    ['Stichtag: 07.04.', '????-04-07'],
    ['Anmelden können Sie sich bis zum 11.Dezember.', '????-12-11'],
    ['am 11. Dezember 2019 in Bonn', '2019-12-11'],
    ['Datum von: Dienstag, 17. Dezember 2019', '2019-12-17'],
    ['noch bis zum 15. Oktober.', '????-10-15'],
    ['due 2023-07-31', '2023-07-31'],
    ['Applications until 31 March 2023.', '2023-03-31'],
    ['Applications until March 31, 2023.', '2023-03-31'],
    ['on 9 April 2019', '2019-04-09'],
    ['Tuesday, 9 April', '????-04-09'],
    ['09/04/2019', '2019-04-09'],
    ['15. Febr. 2020', '2020-02-15'],
    ['3. Sept. 2021', '2021-09-03'],
    ['12. Jan. 2022', '2022-01-12'],
    ['1. März 2022', '2022-03-01'],
    ['1. Maerz 2022', '2022-03-01'],
    ['3 Sept 2021', '2021-09-03'],
    ['12 Oct. 2020', '2020-10-12'],
    ['Mar 5, 2021', '2021-03-05'],
    ['the 1st of March', '????-03-01'],
    ['Opening date: 7 March 2024', '2024-03-07'],
    ['Ab 1.1. können Anträge gestellt werden.', '????-01-01'],
    ['Stand: 12.05.2023', '2023-05-12'],
  ])('%s → %s', (text, expected) => {
    expect(compact(only(text))).toBe(expected);
  });

  it('reads slash dates month first when the page declares US order', () => {
    expect(compact(only('09/04/2019', { order: 'mdy' }))).toBe('2019-09-04');
    expect(compact(only('08/21/2019', { order: 'mdy' }))).toBe('2019-08-21');
  });

  it('is surer of a full date with a month name or a four-digit year than of a bare "dd.mm."', () => {
    expect(only('31. März 2023').confidence).toBeGreaterThanOrEqual(0.85);
    expect(only('31.03.2023').confidence).toBeGreaterThanOrEqual(0.85);
    expect(only('Stichtag 07.04.').confidence).toBeLessThan(only('31.03.2023').confidence);
  });

  it('reports where each mention is, ordered and without overlaps', () => {
    const text =
      'Bekanntmachung vom 15.05.2023. Interessenbekundung bis spätestens 31. Juli 2023, Antrag bis 30.09.2023; ' +
      'Tagung am 17.–18.12.2023 in Bonn, Anmeldung bis zum 11. Dezember.';
    const found = findDates(text);
    expect(found.map(compact)).toEqual([
      '2023-05-15',
      '2023-07-31',
      '2023-09-30',
      '2023-12-17/2023-12-18',
      '????-12-11',
    ]);
    for (const [i, m] of found.entries()) {
      expect(text.slice(m.index, m.index + m.length)).toBe(m.text);
      if (i > 0) expect(m.index).toBeGreaterThanOrEqual(found[i - 1].index + found[i - 1].length);
    }
  });
});

describe('ranges are one mention', () => {
  it.each([
    ['Termin 17.–18.12.2019', '2019-12-17/2019-12-18'],
    ['am 17.-18. Dezember 2019', '2019-12-17/2019-12-18'],
    ['Förderzeitraum 01.03.–30.04.2025', '2025-03-01/2025-04-30'],
    ['am 3./4. Juni', '????-06-03/????-06-04'],
    ['zwischen dem 1. und 15. März', '????-03-01/????-03-15'],
    ['vom 1. bis 15. März 2024', '2024-03-01/2024-03-15'],
    ['1 – 15 March 2024', '2024-03-01/2024-03-15'],
    ['17. Dezember 2019 bis 18. Dezember 2019', '2019-12-17/2019-12-18'],
    ['Termin 16. – 17. Nov. 2023', '2023-11-16/2023-11-17'],
    ['Termin 18.–20.09.2019', '2019-09-18/2019-09-20'],
  ])('%s → %s', (text, expected) => {
    expect(compact(only(text))).toBe(expected);
  });

  it('keeps "bis spätestens" a single date', () => {
    const m = only('Anträge bis spätestens 31.03.2022 einreichen');
    expect(compact(m)).toBe('2022-03-31');
    expect(m.end).toBeUndefined();
  });

  it('keeps two deadlines joined by "und" apart', () => {
    expect(findDates('4. Februar 2020 und 1. September 2020').map(compact)).toEqual(['2020-02-04', '2020-09-01']);
  });

  it('keeps every date of a comma list', () => {
    expect(findDates('Stichtage: 31. Mai, 30. September').map(compact)).toEqual(['????-05-31', '????-09-30']);
    expect(findDates('Stichtage: 31.05., 30.09.').map(compact)).toEqual(['????-05-31', '????-09-30']);
  });
});

describe('times attached to dates (Berlin wall clock)', () => {
  it.each([
    ['am 5. Mai 2024 um 15:00 Uhr', '2024-05-05T15:00'],
    ['Deadline 26 August 2021 17:00:00 Brussels time', '2021-08-26T17:00'],
    ['closing date 17 March 2021 17:00:00 (Brussels time)', '2021-03-17T17:00'],
    ['Deadline: 31 January 2023, 15:00 CEST', '2023-01-31T15:00'],
    ['Applications until 31 March 2023, 15:00 CEST.', '2023-03-31T15:00'],
    ['Frist: 12. Januar 2023, 12:00 MEZ', '2023-01-12T12:00'],
    ['Do, 18. Februar 2016 – 19 Uhr', '2016-02-18T19:00'],
    ['um 10 Uhr am 5. Mai', '????-05-05T10:00'],
    ['Tuesday 9 April 2019, 4:00 pm UTC', '2019-04-09T18:00'],
    ['4 September 2019, 16:00 UTC', '2019-09-04T18:00'],
    ['4 December 2019, 16:00 UTC', '2019-12-04T17:00'],
    // the EU switch at 01:00 UTC on the last Sundays of March and October
    ['31 March 2019 00:30 UTC', '2019-03-31T01:30'],
    ['31 March 2019 01:30 UTC', '2019-03-31T03:30'],
    ['27 October 2019 00:30 UTC', '2019-10-27T02:30'],
    ['27 October 2019 01:30 UTC', '2019-10-27T02:30'],
    // conversion may move the day
    ['31 December 2019, 23:30 UTC', '2020-01-01T00:30'],
  ])('%s → %s', (text, expected) => {
    expect(compact(only(text))).toBe(expected);
  });

  it('converts US-order dates with UTC times', () => {
    expect(compact(only('9/4/2019 at 16:00 UTC', { order: 'mdy' }))).toBe('2019-09-04T18:00');
    expect(compact(only('08/02/2019 17:00 UTC', { order: 'mdy' }))).toBe('2019-08-02T19:00');
  });

  it('gives a time range on one day as start and end time', () => {
    expect(compact(only('17 January 2023, 10:00–11:00 CET'))).toBe('2023-01-17T10:00/2023-01-17T11:00');
  });

  it('keeps "24:00 Uhr" as the end of that day, not as 23:59', () => {
    const m = only('Einsendeschluss: 31.03.2022, 24:00 Uhr');
    expect(day(m.start)).toBe('2022-03-31');
    expect(m.start.endOfDay).toBe(true);
  });
});

describe('approximate dates', () => {
  it.each([
    ['Ende Mai 2024', '2024-05-31'],
    ['Mitte Juni', '????-06-15'],
    ['Anfang März', '????-03-01'],
    ['Ende Februar 2024', '2024-02-29'],
  ])('%s → %s', (text, expected) => {
    const m = only(text);
    expect(compact(m)).toBe(expected);
    expect(m.approximate).toBe(true);
  });
});

describe('recurring dates', () => {
  it.each([
    ['Anträge können jährlich bis 30. April gestellt werden.', ['????-04-30']],
    ['jeweils zum 15.10. des Vorjahres', ['????-10-15']],
    ['jedes Jahr bis zum 31. Januar', ['????-01-31']],
    ['dreimal im Jahr: 31. Januar, 31. Mai, 30. September', ['????-01-31', '????-05-31', '????-09-30']],
  ])('%s', (text, expected) => {
    const found = findDates(text);
    expect(found.map(compact)).toEqual(expected);
    for (const m of found) expect(m.recurring).toBe('yearly');
  });

  it('does not call a one-off date recurring', () => {
    expect(only('bis zum 31. Januar 2024').recurring).toBeUndefined();
  });
});

describe('not dates', () => {
  it.each([
    'Ansprechpartnerin: Fr. Dr. Schmidt',
    'So können Kommunen teilnehmen.',
    'Öffnungszeiten Mo–Fr 8–12 Uhr',
    'Mo–Fr 11–24 Uhr, Sa/So 12–24 Uhr',
    'Zuschüsse von 5.000 Euro',
    'in Höhe von 10.000',
    'bis zu 50.000 €',
    'Förderquote 90 %',
    'Tel. 0228 20717-123',
    'Telefon: +49 (0)30 1234 5678',
    'Fax 0221/12 34 56',
    'Az. 12.34.56',
    'Drucksache 17/1234',
    'Vorlage 2022/045',
    'chrono-node 2.10.3 und Version 1.2.3',
    'siehe Seite 3',
    'nach § 4.1 der Richtlinie',
    'im Jahr 2019',
    'Partnerschaft (2025-2027)',
    'Gemeinden ab 10.000 Einwohner',
    'ein Faktor von 3.5',
    'rund 1.5 Mio Euro',
    'geöffnet 8–12 Uhr',
    '© 2023 Stadt Köln',
    'Sprechzeiten: Mo–Do 8.30–12.00 Uhr',
    // from the corpus chrome: phone numbers ending in a year or a date-like group
    'Telefon +49 228 20717-2021',
    'Telefon: 030 39001-170',
    'Weltläden in Hessen e.V. · Frankfurt am Main · Tel. 069 / 94 94 14 21',
    'Telefon: 03494 / 21 05 23',
    'Monday to Friday, 09:00–18:00 CET: +40 21 206 5015',
  ])('%s', (text) => {
    expect(findDates(text).map(compact)).toEqual([]);
  });
});

describe('times without a date', () => {
  it.each([
    ['Einlass ab 16.00 Uhr', '16:00', undefined],
    ['geöffnet 10-16.30 Uhr', '10:00', '16:30'],
    ['17:00 bis 18:15 Uhr', '17:00', '18:15'],
    ['Beginn 19 Uhr', '19:00', undefined],
    ['Uhrzeit von: 12:30', '12:30', undefined],
    ['15:00 CEST', '15:00', undefined],
    ['Zeit: 10 bis 14 Uhr (MEZ)', '10:00', '14:00'],
    ['at 4:00 pm', '16:00', undefined],
  ])('%s → %s', (text, start, end) => {
    const found = findTimes(text);
    expect(found).toHaveLength(1);
    expect(clock(found[0].start)).toBe(start);
    expect(found[0].end ? clock(found[0].end) : undefined).toBe(end);
    expect(found[0].tz).toBeUndefined();
  });

  it('keeps a UTC time without a date as written and says so', () => {
    const [t] = findTimes('16:00 UTC');
    expect(clock(t.start)).toBe('16:00');
    expect(t.tz).toBe('UTC');
  });

  it.each(['von 5.000 Euro', 'ein Faktor von 3.5', 'Tel. 0228 20717-123', 'am 31.03.2022', 'im Jahr 2019'])(
    'finds no time in %s',
    (text) => {
      expect(findTimes(text)).toEqual([]);
    },
  );

  it('never reports opening hours as a plain time', () => {
    const found = findTimes('Öffnungszeiten: Mo–Fr 8–12 Uhr');
    expect(found.every((t) => t.openingHours === true)).toBe(true);
  });
});

describe('label/value helpers', () => {
  it.each([
    ['Datum von: 17.12.2019', '2019-12-17'],
    ['Datum bis: Mittwoch, 18. Dezember 2019', '2019-12-18'],
    ['Do., 04.07.2019', '2019-07-04'],
    ['2023-11-16', '2023-11-16'],
    ['2019-12-17T12:30:00+01:00', '2019-12-17T12:30'],
    ['2019-08-02T17:00:00+00:00', '2019-08-02T19:00'],
    ['2021-03-25T09:00:00Z', '2021-03-25T10:00'],
    ['2019-09-04T16:00:00Z', '2019-09-04T18:00'],
  ])('parseDateValue(%s) → %s', (text, expected) => {
    const w = writtenOf(parseDateValue(text));
    expect(w && day(w)).toBe(expected);
  });

  it('parseDateValue gives null for a value without a date', () => {
    expect(writtenOf(parseDateValue('nach Vereinbarung'))).toBeNull();
  });

  it.each([
    ['Uhrzeit bis: 14:00', '14:00', undefined],
    ['Uhrzeit von: 12:30', '12:30', undefined],
    ['10 bis 14 Uhr (MEZ)', '10:00', '14:00'],
    ['ab 16.00 Uhr', '16:00', undefined],
  ])('parseTimeValue(%s) → %s', (text, start, end) => {
    const t = clockOf(parseTimeValue(text));
    expect(t && clock(t.start)).toBe(start);
    expect(t?.end ? clock(t.end) : undefined).toBe(end);
  });

  it('parseTimeValue gives null for a value without a time', () => {
    expect(clockOf(parseTimeValue('ganztägig'))).toBeNull();
  });
});
