/**
 * Properties over many generated inputs: any real date in a common form is found with its value; any text at all
 * yields only real, ordered, non-overlapping mentions; the DST rule agrees with the platform's time zone data.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRealDay } from '../../../../shared/extract/dates/calendar.ts';
import { findDatesAndTimes } from '../../../../shared/extract/dates/index.ts';
import { toBerlin } from '../../../../shared/extract/dates/timezones.ts';
import { intlBerlin } from '../../time/intl-berlin.ts';
import { day } from './show.ts';

const GERMAN = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const ENGLISH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const pad = (n: number) => String(n).padStart(2, '0');

const realDay = fc
  .record({ year: fc.integer({ min: 1990, max: 2040 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .filter((d) => isRealDay(d.year, d.month, d.day));

const FORMS: ((d: { year: number; month: number; day: number }) => string)[] = [
  (d) => `${pad(d.day)}.${pad(d.month)}.${d.year}`,
  (d) => `${d.day}.${d.month}.${d.year}`,
  (d) => `${d.day}. ${GERMAN[d.month - 1]} ${d.year}`,
  (d) => `${d.day}.${GERMAN[d.month - 1]} ${d.year}`,
  (d) => `${d.day} ${ENGLISH[d.month - 1]} ${d.year}`,
  (d) => `${ENGLISH[d.month - 1]} ${d.day}, ${d.year}`,
  (d) => `${d.year}-${pad(d.month)}-${pad(d.day)}`,
];
const BEFORE = ['', 'Frist: ', 'bis zum ', 'Stand: ', 'Die Anmeldung endet am ', 'Deadline ', '(', 'Tel. 0228 20717-0, am '];
const AFTER = ['', '.', ')', ', danach nicht mehr', ' in Köln', '; Förderung bis 50.000 €'];

describe('properties', () => {
  it('finds any real date written in a common form, with its value', () => {
    fc.assert(
      fc.property(realDay, fc.nat(FORMS.length - 1), fc.constantFrom(...BEFORE), fc.constantFrom(...AFTER), (d, form, before, after) => {
        const written = FORMS[form]!(d);
        const { dates } = findDatesAndTimes(before + written + after);
        expect(dates.map((m) => day(m.start))).toEqual([`${d.year}-${pad(d.month)}-${pad(d.day)}`]);
        expect(dates[0]?.text).toContain(written);
      }),
      { numRuns: 800 },
    );
  });

  it('reports only real, ordered, non-overlapping mentions for any text', () => {
    const noisy = fc.string({ unit: fc.constantFrom(...'0123456789.. -–/:,MaiJunDezUhr abisTel\n'.split('')), maxLength: 80 });
    fc.assert(
      fc.property(fc.oneof(noisy, fc.string({ maxLength: 60 })), (text) => {
        const { dates, times } = findDatesAndTimes(text);
        let stop = 0;
        for (const mention of dates) {
          expect(mention.index).toBeGreaterThanOrEqual(stop);
          expect(text.slice(mention.index, mention.index + mention.length)).toBe(mention.text);
          stop = mention.index + mention.length;
          for (const date of [mention.start, mention.end ?? mention.start]) {
            expect(isRealDay(date.year, date.month, date.day)).toBe(true);
            if (date.time) expect(date.time.hour).toBeLessThan(24);
          }
          expect(mention.confidence).toBeGreaterThan(0);
          expect(mention.confidence).toBeLessThan(1);
        }
        for (const time of times) {
          expect(text.slice(time.index, time.index + time.length)).toBe(time.text);
          expect(time.start.hour).toBeLessThanOrEqual(24);
          expect(time.start.minute).toBeLessThan(60);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('gives the same answer twice (no state left in shared regexes)', () => {
    fc.assert(
      fc.property(realDay, fc.nat(FORMS.length - 1), (d, form) => {
        const text = `am ${FORMS[form]!(d)}, 10:00 Uhr, danach ${FORMS[(form + 1) % FORMS.length]!(d)}`;
        expect(findDatesAndTimes(text)).toEqual(findDatesAndTimes(text));
      }),
      { numRuns: 200 },
    );
  });

  it('converts UTC to Berlin time like the platform time zone data does', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 11, 31) }), (millis) => {
        const utc = new Date(millis - (millis % 60_000));
        const ours = toBerlin(
          { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate(), hour: utc.getUTCHours(), minute: utc.getUTCMinutes() },
          0,
        );
        const expected = intlBerlin(utc);
        expect(`${ours.year}-${pad(ours.month)}-${pad(ours.day)} ${pad(ours.hour)}:${pad(ours.minute)}`).toBe(`${expected.date} ${expected.time}`);
      }),
      { numRuns: 2000 },
    );
  });
});
