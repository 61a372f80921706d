import { describe, expect, it } from 'vitest';
import { readZone, toBerlin } from '../../../../shared/extract/dates/timezones.ts';
import { dates, times } from './show.ts';

// Berlin's offset at each DST switch is tested with the shared conversion (test/shared/time/berlin.test.ts).
describe('Berlin wall clock', () => {
  it.each([
    [{ year: 2019, month: 4, day: 9, hour: 16, minute: 0 }, 0, '2019-04-09 18:00'],
    [{ year: 2019, month: 1, day: 9, hour: 16, minute: 0 }, 0, '2019-01-09 17:00'],
    [{ year: 2019, month: 12, day: 31, hour: 23, minute: 30 }, 0, '2020-01-01 00:30'],
    [{ year: 2023, month: 3, day: 26, hour: 0, minute: 30 }, 0, '2023-03-26 01:30'],
    [{ year: 2023, month: 3, day: 26, hour: 1, minute: 30 }, 0, '2023-03-26 03:30'],
    [{ year: 2021, month: 6, day: 1, hour: 9, minute: 0 }, -240, '2021-06-01 15:00'], // EDT
  ])('%o at UTC%+d min is %s in Berlin', (clock, offset, expected) => {
    const b = toBerlin(clock, offset);
    const pad = (n: number) => String(n).padStart(2, '0');
    expect(`${b.year}-${pad(b.month)}-${pad(b.day)} ${pad(b.hour)}:${pad(b.minute)}`).toBe(expected);
  });

  it.each([
    ['CET', 'berlin'],
    ['CEST', 'berlin'],
    ['MEZ', 'berlin'],
    ['MESZ', 'berlin'],
    ['Brussels time', 'berlin'],
    ['UTC', 'offset'],
    ['GMT', 'offset'],
    ['UTC+2', 'offset'],
    ['EST', 'offset'],
  ])('reads %s as a %s zone', (written, kind) => {
    expect(readZone(written)?.kind).toBe(kind);
  });

  it('does not take lower-case words for zones', () => {
    expect(readZone('est')).toBeNull();
    expect(readZone('cet')).toBeNull();
  });
});

describe('times in other zones become Berlin time with their date', () => {
  it.each([
    ['Tuesday 9 April 2019, 4:00 pm UTC', {}, ['2019-04-09T18:00']],
    ['9/4/2019 at 16:00 UTC', { order: 'mdy' }, ['2019-09-04T18:00']],
    ['08/02/2019 17:00 UTC', { order: 'mdy' }, ['2019-08-02T19:00']],
    ['9 January 2019, 16:00 UTC', {}, ['2019-01-09T17:00']],
    ['31 December 2019, 23:30 UTC', {}, ['2020-01-01T00:30']],
    ['1 June 2021, 9:00 am EDT', {}, ['2021-06-01T15:00']],
    ['1 June 2021, 16:00 UTC+1', {}, ['2021-06-01T17:00']],
    ['2019-12-17T12:30:00+01:00', {}, ['2019-12-17T12:30']],
    ['2021-03-25T09:00:00Z', {}, ['2021-03-25T10:00']],
    ['2021-03-25T13:00:00Z', {}, ['2021-03-25T14:00']],
    ['2019-09-04T16:00:00Z', {}, ['2019-09-04T18:00']],
    // CET/CEST are Berlin's clock: copied as written, even when the page names the wrong half of the year
    ['31 January 2023, 15:00 CEST', {}, ['2023-01-31T15:00']],
    ['31 March 2023, 15:00 CEST', {}, ['2023-03-31T15:00']],
    // a day without a year: converted when every year gives the same answer …
    ['9 April, 16:00 UTC', {}, ['????-04-09T18:00']],
    ['9 January, 16:00 UTC', {}, ['????-01-09T17:00']],
    // … kept as written near a daylight-saving switch, unless `now` says which year is meant
    ['29 March, 16:00 UTC', {}, ['????-03-29T16:00 [UTC]']],
    ['29 March, 16:00 UTC', { now: new Date('2019-03-01') }, ['????-03-29T17:00']],
    ['29 March, 16:00 UTC', { now: new Date('2020-03-01') }, ['????-03-29T18:00']],
  ] as const)('%s', (text, options, expected) => {
    expect(dates(text, options)).toEqual(expected);
  });
});

describe('US zones with their own daylight-saving switch ("ET", "Pacific Time")', () => {
  it.each([
    ['ET', 'region'],
    ['PT', 'region'],
    ['Eastern Time', 'region'],
    ['Pacific Standard Time', 'offset'],
    ['Eastern Daylight Time', 'offset'],
  ])('reads %s as a %s zone', (written, kind) => {
    expect(readZone(written)?.kind).toBe(kind);
  });

  it.each([
    // the US is on daylight time from the second Sunday of March, Berlin only from the last Sunday: 17:00 EDT = 22:00 CET
    ['03/15/2026, 5:00 p.m. ET', { order: 'mdy' }, ['2026-03-15T22:00']],
    ['02/10/2026, 11:00 a.m. – 12:00 p.m. ET', { order: 'mdy' }, ['2026-02-10T17:00..2026-02-10T18:00']],
    ['15 June 2026, 9:00 am Eastern Time', {}, ['2026-06-15T15:00']],
    // the first Sunday of November 2026 is the 1st: Pacific standard time (UTC−8) from 2 am, Berlin already on CET
    ['1 November 2026, 9:00 am PT', {}, ['2026-11-01T18:00']],
    ['1 November 2026, 9:00 am Pacific Standard Time', {}, ['2026-11-01T18:00']],
    // without a year the offset is unknown until `now` says which year is meant
    ['15 March, 5:00 pm ET', {}, ['????-03-15T17:00 [ET]']],
    ['15 March, 5:00 pm ET', { now: new Date('2026-01-26') }, ['????-03-15T22:00']],
  ] as const)('%s', (text, options, expected) => {
    expect(dates(text, options)).toEqual(expected);
  });

  it('keeps a time before a lower-case two-letter word ("10:00 et 12:00") and converts no lower-case "et"', () => {
    expect(times('Beginn 10:00 et 12:00')).toEqual(['10:00', '12:00']);
    expect(dates('am 5. März 2026, 10 Uhr et', {})).toEqual(['2026-03-05T10:00']);
  });
});
