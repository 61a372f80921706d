/** A weekday written in front of a date without a year names the year a guess from the publication or `now` left open. */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../shared/extract/dates/index.ts';
import { inferYear } from '../../../shared/extract/years.ts';

const d = (month: number, day: number) => ({ year: null, month, day });

describe('the weekday of a date without a year', () => {
  it('is kept on the mention of a date without a year, not on one with its year', () => {
    expect(findDates('am Donnerstag, 7. Februar, in Wetzlar', { lang: 'de' })[0].weekday).toBe(4);
    expect(findDates('am Donnerstag, 7. Februar 2019, in Wetzlar', { lang: 'de' })[0].weekday).toBeUndefined();
  });

  it('moves the guess from the publication back to the year whose day has that weekday', () => {
    // 7 February 2020 is a Friday, 7 February 2019 a Thursday
    expect(inferYear(d(2, 7), false, { published: '2019-05-11', today: '2019-05-11' }).year).toBe(2020);
    expect(inferYear(d(2, 7), false, { published: '2019-05-11', today: '2019-05-11', weekday: 4 })).toEqual({ year: 2019, rule: 'published' });
    expect(inferYear(d(2, 7), false, { today: '2019-12-30', weekday: 4 }).year).toBe(2019);
  });

  it('keeps a guess that fits, and a year the page writes over it', () => {
    expect(inferYear(d(2, 7), false, { published: '2019-02-01', today: '2019-02-01', weekday: 4 }).year).toBe(2019);
    expect(inferYear(d(2, 7), false, { headingYear: 2020, today: '2019-02-11', weekday: 4 }).year).toBe(2020);
    // a weekday of the year after the guess: the guess stays (a page's slip more often than next year's day)
    expect(inferYear(d(5, 28), false, { published: '2018-02-06', today: '2018-02-06', weekday: 2 }).year).toBe(2018);
    // no neighbouring year fits: the guess stays
    expect(inferYear(d(2, 7), false, { published: '2019-02-01', today: '2019-02-01', weekday: 0 }).year).toBe(2019);
  });
});
