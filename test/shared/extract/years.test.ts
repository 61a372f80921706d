import { describe, expect, it } from 'vitest';
import { inferYear, yearIn } from '../../../shared/extract/years.ts';
import { page, run } from './helpers.ts';

const d = (month: number, day: number) => ({ year: null, month, day });

describe('year inference', () => {
  it('keeps a written year', () => {
    expect(inferYear({ year: 2021, month: 3, day: 22 }, false, { today: '2024-01-01' })).toEqual({ year: 2021, rule: 'written' });
  });

  it('puts a deadline on or before the event it belongs to', () => {
    expect(inferYear(d(12, 11), false, { event: { year: 2019, month: 12, day: 17 }, today: '2019-11-22' }).year).toBe(2019);
    // registration in December for an event in January: the year before
    expect(inferYear(d(12, 20), false, { event: { year: 2020, month: 1, day: 15 }, today: '2019-11-22' }).year).toBe(2019);
  });

  it('prefers a heading year, then the title year, then the publication date', () => {
    expect(inferYear(d(4, 7), false, { headingYear: 2023, published: '2022-12-01', today: '2023-05-22' })).toEqual({ year: 2023, rule: 'heading' });
    expect(inferYear(d(10, 15), false, { titleYear: 2022, published: '2021-06-01', today: '2022-07-04' })).toEqual({ year: 2022, rule: 'title' });
    expect(inferYear(d(2, 4), false, { published: '2020-01-10', today: '2020-01-14' })).toEqual({ year: 2020, rule: 'published' });
    expect(inferYear(d(1, 5), false, { published: '2020-11-10', today: '2020-11-14' })).toEqual({ year: 2021, rule: 'published' });
  });

  it('falls back to the occurrence nearest to now', () => {
    expect(inferYear(d(2, 11), false, { today: '2016-02-03' }).year).toBe(2016);
    expect(inferYear(d(1, 10), false, { today: '2016-12-20' }).year).toBe(2017);
  });

  it('resolves a recurring date to its next occurrence on or after now', () => {
    expect(inferYear(d(4, 30), true, { today: '2024-05-02' })).toEqual({ year: 2025, rule: 'recurring' });
    expect(inferYear(d(4, 30), true, { today: '2024-04-30' })).toEqual({ year: 2024, rule: 'recurring' });
  });

  it('finds a year in a heading', () => {
    expect(yearIn('Stichtage und Termine 2023')).toBe(2023);
    expect(yearIn('Förderung ab 12.000 Euro')).toBeUndefined();
  });
});

describe('year inference for dates the page reports as over', () => {
  it('puts them on or before the publication date, else on or before now', () => {
    expect(inferYear(d(6, 30), false, { published: '2024-10-17', today: '2024-10-20', past: true })).toEqual({ year: 2024, rule: 'published' });
    expect(inferYear(d(11, 30), false, { published: '2024-10-17', today: '2024-10-20', past: true })).toEqual({ year: 2023, rule: 'published' });
    expect(inferYear(d(12, 1), false, { today: '2024-10-20', past: true })).toEqual({ year: 2023, rule: 'now' });
  });
});

describe('the year of a date written in an entry’s own heading', () => {
  it('comes from the heading above the entry ("Termine 2026" over "26. September in Eschwege")', () => {
    const html = page(`<main><h1>Termine und Veranstaltungen</h1>
      <h2>Termine 2026</h2>
      <h3>23. April, 18:00 Uhr im Rathaussaal</h3><p>Vortrag: Gesellschaftlicher Wandel – was können wir tun?</p>
      <h3>26. September in Eschwege</h3><p>Markt der Möglichkeiten mit vielen Angeboten und Aktionen.</p></main>`);
    expect(run(html, '2026-03-02', 'https://www.kreis.example/termine').items.map((i) => i.start)).toEqual(['2026-04-23T18:00', '2026-09-26']);
  });
});
