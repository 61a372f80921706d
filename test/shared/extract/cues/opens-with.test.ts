/**
 * opensWith anchors a cue pattern at the start of the text instead of searching the whole text for a match at index 0:
 * checked against `text.search(pattern) === 0` for the page's cue patterns on every text of up to four pieces.
 */
import { describe, expect, it } from 'vitest';
import { textsOf } from '../helpers.ts';
import { de } from '../../../../shared/extract/cues/de.ts';
import { en } from '../../../../shared/extract/cues/en.ts';
import { opensWith } from '../../../../shared/extract/cues/words.ts';

/** cue words, a word they start, letters and digits before them, spaces, a line break */
const PIECES = ['kontakt', 'Ort', 'related', 'Rückblick', 'e', '1', ' ', '\n', 'Archiv'];

describe('opensWith', () => {
  it('says what a search for a match at index 0 says, on every text of up to four pieces', () => {
    let opening = 0;
    for (const pattern of [de.teaserHeadings, de.fieldHeadings, en.teaserHeadings, en.fieldHeadings]) {
      for (const text of textsOf(PIECES, 4)) {
        const want = text.search(pattern) === 0;
        if (want) opening++;
        if (opensWith(pattern, text) !== want) expect({ pattern: pattern.source, text, opens: !want }).toEqual({ pattern: pattern.source, text, opens: want });
      }
    }
    expect(opening).toBeGreaterThan(1000);
  });

  it('finds the cue only at the start', () => {
    expect(opensWith(de.fieldHeadings, 'Ort: Rathaus')).toBe(true);
    expect(opensWith(de.fieldHeadings, 'Der Ort: Rathaus')).toBe(false);
    expect(opensWith(de.teaserHeadings, 'Weitere Meldungen')).toBe(true);
  });
});
