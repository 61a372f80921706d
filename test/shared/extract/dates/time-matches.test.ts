/**
 * scanTimes tries the time pattern only at numbers and at the qualifier word before them (timeMatches): it must find
 * the matches a global search of the pattern finds, on every text of up to four pieces.
 */
import { describe, expect, it } from 'vitest';
import { TIME_SOURCE, timeMatches } from '../../../../shared/extract/dates/times.ts';
import { textsOf } from '../helpers.ts';

/** numbers, separators, qualifiers (one after a letter, one with its dot), units, zones, line breaks, an astral letter */
const PIECES = ['1', '12', '9', ':', '.', '30', ' ', '\n', '\u00a0', 'ab', 'um', 'ca.', 'x', 'Uhr', 'h', '-', 'bis', 'pm', 'CET', '(', ')', '/', ',', '𝐀'];

const everywhere = (text: string) => [...text.matchAll(new RegExp(TIME_SOURCE, 'giu'))].map((m) => [m.index, m[0]]);

describe('timeMatches', () => {
  it('finds what a global search of the time pattern finds on every text of up to four pieces', () => {
    let found = 0;
    // compared as strings and reported together: one expect per text made this the suite's slowest test
    const differ: { text: string; want: string; got: string }[] = [];
    for (const text of textsOf(PIECES, 4)) {
      const matches = everywhere(text);
      found += matches.length;
      const want = JSON.stringify(matches);
      const got = JSON.stringify([...timeMatches(text)].map((m) => [m.index, m[0]]));
      if (got !== want && differ.length < 20) differ.push({ text, want, got });
    }
    expect(differ).toEqual([]);
    expect(found).toBeGreaterThan(10_000);
  });
});
