/**
 * A text without a digit can hold a date only through a month word (a vague date, an ordinal word), so the date layer
 * parses such a text only when it holds a month word's letters (dates/find.ts). Every month word the parsers know, in
 * every spelling, must still be found there.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../../shared/extract/dates/index.ts';
import { monthFromName } from '../../../../shared/extract/dates/months.ts';

/** months.ts and chrono's German and English dictionaries, as pages write them. */
const MONTH_WORDS = [
  'Januar', 'Jänner', 'Jaenner', 'Janner', 'Jan', 'Jan.', 'Februar', 'Feber', 'Febr.', 'Feb', 'März', 'Maerz', 'Mär', 'Mrz.',
  'April', 'Apr.', 'Mai', 'Juni', 'Jun', 'Juli', 'Jul.', 'August', 'Aug.', 'September', 'Sept.', 'Sep', 'Oktober', 'Okt.',
  'November', 'Nov.', 'Dezember', 'Dez.', 'January', 'February', 'March', 'Mar.', 'May', 'June', 'July', 'October', 'Oct.',
  'December', 'Dec.', 'JUNI', 'DEZEMBER',
];

describe('dates in a text without a digit', () => {
  it.each(MONTH_WORDS.filter((w) => monthFromName(w) !== null))('"Ende %s" is the end of its month', (word) => {
    const [found] = findDates(`Die Anträge bitte bis Ende ${word} einreichen`);
    expect(found?.start.month).toBe(monthFromName(word));
    expect(found?.approximate).toBe(true);
  });

  it.each(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'])(
    '"on the first of %s" is its first day',
    (month) => {
      const [found] = findDates(`Submissions open on the first of ${month}`, { lang: 'en' });
      expect(found?.start).toEqual({ year: null, month: monthFromName(month), day: 1 });
    },
  );

  it.each(['end of', 'start of'])('"%s May" is found whatever space stands between the words', (words) => {
    const [plain] = findDates(`Applications are due by the ${words} May`, { lang: 'en' });
    for (const space of ['\u00a0', '\t', '  ']) {
      const [found] = findDates(`Applications are due by the ${words.replace(' ', space)} May`, { lang: 'en' });
      expect(found?.start, JSON.stringify(space)).toEqual(plain?.start);
    }
    expect(plain?.start.month).toBe(5);
  });

  it('finds nothing where no month word stands', () => {
    expect(findDates('Die Gemeinde informiert über den Abfallkalender; Ende der Durchsage, first come first served')).toEqual([]);
  });
});
