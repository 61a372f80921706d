/** A date without a year in the weeks just before the page's publication is the one just past, not next year's. */
import { describe, expect, it } from 'vitest';
import { RECENT_DAYS, inferYear } from '../../../shared/extract/years.ts';
import { page, run } from './helpers.ts';

const d = (month: number, day: number) => ({ year: null, month, day });

describe('a date without a year just before the publication', () => {
  it('takes the year of the days just past, across the turn of the year too', () => {
    expect(inferYear(d(11, 14), false, { published: '2024-11-29', today: '2024-11-29' })).toEqual({ year: 2024, rule: 'published' });
    expect(inferYear(d(12, 20), false, { published: '2025-01-10', today: '2025-01-10' }).year).toBe(2024);
  });

  it('keeps the first occurrence after the publication for a day further back', () => {
    expect(RECENT_DAYS).toBeLessThan(100);
    expect(inferYear(d(7, 1), false, { published: '2024-11-29', today: '2024-11-29' }).year).toBe(2025);
    expect(inferYear(d(12, 5), false, { published: '2024-11-29', today: '2024-11-29' }).year).toBe(2024);
  });

  it('makes no coming event of a report of a meeting a fortnight before its dateline', () => {
    const html = page(`<main><article><h1>Zehn Jahre Netzwerkarbeit</h1><p>29.11.2024</p>
      <p>Am 14. November richtete die Energieagentur das Netzwerktreffen in der Stadthalle aus.</p></article></main>`, { head: '<meta property="article:published_time" content="2024-11-29T09:00:00+01:00">' });
    expect(run(html, '2024-11-29').items).toEqual([]);
  });
});
