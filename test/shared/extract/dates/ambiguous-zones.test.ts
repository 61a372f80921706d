/**
 * Dates: the zone abbreviations several countries write ("CST": US Central or China; "IST": India, Ireland or Israel)
 * are read by the page's country when the page clock names it (its host or its postal addresses), never otherwise.
 */
import { describe, expect, it } from 'vitest';
import { findDatesAndTimes } from '../../../../shared/extract/dates/index.ts';
import { pageClock } from '../../../../shared/extract/dates/page-clock.ts';
import { settleZone } from '../../../../shared/extract/dates/timezones.ts';

/** The Berlin wall-clock day and time of the first date in `text`, read on a page at `url` whose footer is `footer`. */
function berlin(text: string, url: string, footer = ''): string {
  const clock = pageClock(url, text, () => footer) ?? undefined;
  const d = findDatesAndTimes(text, { lang: 'en', now: new Date('2021-09-01T12:00:00Z'), clock }).dates[0];
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.start.year}-${pad(d.start.month)}-${pad(d.start.day)}T${pad(d.start.time!.hour)}:${pad(d.start.time!.minute)}`;
}

describe('dates: ambiguous zone abbreviations read by the page clock', () => {
  it('reads "CST" as US Central Standard Time on a page with a US host or US address', () => {
    // 2 pm CST (UTC−6) is 20:00 UTC, 22:00 in Berlin in October (CEST)
    expect(berlin('October 6, 2021, 2:00 pm CST', 'https://www.pca.state.mn.us/events')).toBe('2021-10-06T22:00');
    expect(berlin('October 6, 2021, 2:00 pm (CST)', 'https://meia.example.org/webinar', 'Saint Paul, MN 55101')).toBe('2021-10-06T22:00');
  });

  it('reads "IST" as Irish on an Irish page and as India Standard Time on an Indian page', () => {
    // Irish Standard Time (UTC+1) even when written in January (Dublin's clock is then GMT: 10:00 would be 11:00 here):
    // 10:00 IST is 09:00 UTC, 10:00 in Berlin
    expect(berlin('Monday 16 January 2023, 10:00 IST', 'https://www.kildare.ie/grants')).toBe('2023-01-16T10:00');
    // India Standard Time (UTC+5:30, the page's clock too): 10:00 IST is 04:30 UTC, 06:30 in Berlin in October
    expect(berlin('Monday 16 October 2023, 10:00 IST', 'https://www.example.gov.in/events')).toBe('2023-10-16T06:30');
  });

  it('does not read them where the page names no country, nor in lower case', () => {
    // a .com page without an address: the abbreviation is not read, the time stays as written (Berlin's clock)
    expect(berlin('October 6, 2021, 2:00 pm CST', 'https://www.example.com/webinar')).toBe('2021-10-06T14:00');
    expect(berlin('Monday 16 October 2023, 10:00 IST', 'https://www.example.com/events')).toBe('2023-10-16T10:00');
    // a country that writes neither: the page's own clock (London) applies, not a guess at the abbreviation
    expect(berlin('Monday 16 January 2023, 10:00 IST', 'https://www.colchester.gov.uk/news')).toBe('2023-01-16T11:00');
    // "ist" is a German word after a time, no zone
    const de = findDatesAndTimes('Beginn am 16.10.2023 um 10 Uhr ist im Rathaus', { lang: 'de' }).dates[0];
    expect(de.start.time).toEqual({ hour: 10, minute: 0 });
  });

  it('keeps "BST" read as British Summer Time', () => {
    // 1 pm BST (UTC+1) is 12:00 UTC, 14:00 in Berlin in October
    expect(berlin('24 October 2024 at 1pm BST', 'https://www.colchester.gov.uk/news')).toBe('2024-10-24T14:00');
    expect(berlin('24 October 2024 at 1pm BST', 'https://www.example.org/grants')).toBe('2024-10-24T14:00');
  });

  it('marks a time without a date with the zone only where the country settles it', () => {
    const us = pageClock('https://www.pca.state.mn.us/events', '', () => '') ?? undefined;
    expect(findDatesAndTimes('The webinar starts at 2pm CST.', { lang: 'en', clock: us }).times[0].tz).toBe('CST');
    expect(findDatesAndTimes('The webinar starts at 2pm CST.', { lang: 'en' }).times[0].tz).toBeUndefined();
  });

  it('settles each abbreviation by the country, a declared clock naming none', () => {
    const cst = { kind: 'ambiguous', written: 'CST' } as const;
    expect(settleZone(cst, { kind: 'region', zone: 'Asia/Shanghai', written: 'Asia/Shanghai', country: 'cn' })).toMatchObject({ kind: 'offset', minutes: 480 });
    expect(settleZone({ kind: 'ambiguous', written: 'IST' }, { kind: 'region', zone: 'Asia/Jerusalem', written: 'Asia/Jerusalem', country: 'il' })).toMatchObject({ minutes: 120 });
    expect(settleZone(cst, { kind: 'region', zone: 'America/Chicago', written: 'Central Time' })).toBeUndefined();
    expect(settleZone(cst, undefined)).toBeUndefined();
  });
});

describe('dates: the page clock from an address joined to the next line', () => {
  it('reads a US address whose ZIP code runs into the next line ("AL 36104<br>Phone" read "AL 36104Phone")', () => {
    const clock = pageClock('https://league.example.org/training', '', () => 'Contact 535 Adams Avenue, Montgomery, AL 36104Phone: (334) 262-2566');
    expect(clock).toMatchObject({ kind: 'region', zone: 'America/Chicago', country: 'us' });
    // 9:00 a.m. CST on 9 December is 15:00 UTC, 16:00 in Berlin
    const d = findDatesAndTimes('December 9, 2020, 9:00 a.m. to 10:00 a.m. CST', { lang: 'en', clock: clock ?? undefined }).dates[0];
    expect([d.start.time, d.end?.time]).toEqual([{ hour: 16, minute: 0 }, { hour: 17, minute: 0 }]);
    // a longer number is no ZIP code
    expect(pageClock('https://league.example.org/training', '', () => 'Order number AL 361045 received')).toBeNull();
  });
});
