/** The date layer's parse loop (engine.ts) reads as chrono's `Chrono.parse` without refiners. */
import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { parseWith } from '../../../../shared/extract/dates/engine.ts';

const REFERENCE = new Date(Date.UTC(2024, 2, 1, 12));
const TEXTS = [
  'Frist: 17. Dezember 2019, Infotag am 2019-11-05T10:00:00+01:00 und am 3. März',
  'Deadline 17 December 2019 or December 18, 2019 at 4pm; then 1st of March and March 2',
  'Am 5.3. und 12.03.2024 um 18 Uhr, dann 2024-04-01',
  'keine Daten hier, nur 12 Teilnehmende und 3,5 Mio. Euro',
];
const shown = (results: chrono.ParsedResult[]) => results.map((r) => [r.index, r.text, r.start.date().toISOString(), r.end?.date().toISOString() ?? null, [...r.tags()].sort()]);

describe('the date layer’s parse loop', () => {
  it.each([
    ['German', chrono.de.createConfiguration(true).parsers],
    ['English', chrono.en.configuration.createConfiguration(true, false).parsers],
  ])('gives what Chrono.parse gives with %s parsers', (_, parsers) => {
    for (const text of TEXTS) {
      expect(shown(parseWith(parsers, text, REFERENCE))).toEqual(shown(new chrono.Chrono({ parsers, refiners: [] }).parse(text, REFERENCE)));
    }
  });

  it('goes on one character after a match its parser refuses', () => {
    const refusing = { pattern: () => /\d+/i, extract: (_: unknown, m: RegExpMatchArray) => (m[0].length > 1 ? null : { year: 2020, month: 1, day: Number(m[0]) }) };
    expect(parseWith([refusing], 'a 12 b', REFERENCE).map((r) => [r.index, r.text])).toEqual([[3, '2']]);
    expect(new chrono.Chrono({ parsers: [refusing], refiners: [] }).parse('a 12 b', REFERENCE).map((r) => [r.index, r.text])).toEqual([[3, '2']]);
  });
});
