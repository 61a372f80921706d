/**
 * The start of an event a page tells without any cue: a dated line before the clipping day (a dateline, a press
 * release's date) is not it when the page gives a coming date (assemble.ts eventDates).
 */
import { describe, expect, it } from 'vitest';
import { page, run } from './helpers.ts';

describe('an event told without cues', () => {

  it('takes the coming date over a past dateline with a clock time', () => {
    const html = page(`<main><h1>Was Besucher am 16. November im Roten Rathaus erwarten</h1><p>Mitte · 7. November 2018, 14:20 Uhr</p>
      <p>Beim 9. Berliner Stiftungstag am 16. November präsentieren sich von 12 bis 16.45 Uhr 50 Stiftungen mit ihrer Arbeit.</p></main>`);
    const { items } = run(html, '2018-11-08');
    expect(items.map((i) => [i.kind, i.start?.slice(0, 10)])).toEqual([['event', '2018-11-16']]);
  });
});
