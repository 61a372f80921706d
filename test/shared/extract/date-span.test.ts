/**
 * The learned date roles see how long a written range lasts (features/date-span.ts): an event's days or hours, a
 * window's weeks or months. The span is read from the range alone, across the turn of a year when no year is written.
 */
import { describe, expect, it } from 'vitest';
import { cheerioView } from '../../../service/extract/cheerio-view.ts';
import { ROLE_FEATURES } from '../../../shared/extract/features/date-role.ts';
import { spanBucket } from '../../../shared/extract/features/date-span.ts';
import { readPage } from '../../../shared/extract/index.ts';
import { page } from './helpers.ts';

const day = (year: number | null, month: number, d: number) => ({ year, month, day: d });

describe('the span of a range', () => {
  it.each([
    [day(2026, 3, 10), undefined, null],
    [day(2026, 3, 10), day(2026, 3, 10), 'day'],
    [day(2026, 11, 16), day(2026, 11, 17), '2-7'],
    [day(2026, 6, 1), day(2026, 6, 30), '8-31'],
    [day(null, 7, 1), day(2026, 9, 30), '32-92'],
    [day(2024, 1, 9), day(2024, 10, 21), '93+'],
    [day(null, 12, 15), day(null, 1, 10), '8-31'], // across the turn of the year
  ])('%o – %o', (start, end, expected) => {
    expect(spanBucket(start, end)).toBe(expected);
  });

  it('is a feature of the date roles: a window of months and an event of two days', () => {
    const { facts } = readPage({
      view: cheerioView(page(`<main><h1>Förderung 2026</h1><p>Anträge können vom 1. Juli bis 30. September 2026 gestellt werden.</p>
        <p>Die Konferenz am 16.–17. November 2026 stellt die Projekte vor.</p></main>`)),
      url: 'https://example.org/page', now: new Date('2026-05-10T12:00:00Z'), roles: null,
    }, undefined, ROLE_FEATURES);
    expect(facts.dates.map((f) => (f.features ?? []).filter((x) => x.startsWith('span:')))).toEqual([['span:32-92'], ['span:2-7']]);
  });
});
