/**
 * quotedName finds what /(?:WORDS)\p{L}*\s*(?:\p{L}+\s)?[„"“»]([^“"”«]{3,120})[“"”«]/iu finds, trying the pattern only
 * where a match can start: checked against the pattern on every text of up to four pieces, for both languages' words.
 */
import { describe, expect, it } from 'vitest';
import { cueSets } from '../../../shared/extract/cues/index.ts';
import { stems } from '../../../shared/extract/cues/words.ts';
import { quotedName, wordBeforeQuote } from '../../../shared/extract/quoted-name.ts';
import { textsOf } from './helpers.ts';

const TAIL = String.raw`\p{L}*\s*(?:\p{L}+\s)?[„"“»]([^“"”«]{3,120})[“"”«]`;
/**
 * programme words, a second word before the quote ("Programm Name „…“"), spaces of several kinds, opening and closing
 * quotes, quoted names, a letter only case folding makes one (U+0345), digits
 */
const PIECES = ['Programm', 'fund', 'x', ' ', '  ', '\u00a0', '„', '"', '“', 'Name ', 'abc', '.', '\u0345', '1', '„Name“', '“ (CERV)'];

const asFound = (m: RegExpExecArray | null) => m && { index: m.index, text: m[0], name: m[1] };

describe('quotedName', () => {
  it.each([
    ['German', cueSets.de.programmeWords],
    ['English', cueSets.en.programmeWords],
    ['non-plain', stems('call(?: for)?|fund\\w*')],
  ])('finds what the pattern finds on every text of up to four pieces (%s words)', (_, words) => {
    const pattern = new RegExp(`(?:${words.source})${TAIL}`, 'iu');
    let found = 0;
    for (const text of textsOf(PIECES, 4)) {
      const want = asFound(pattern.exec(text));
      if (want) found++;
      expect(asFound(quotedName(words, text)), JSON.stringify(text)).toEqual(want);
    }
    expect(found).toBeGreaterThan(100);
  });
});

describe('wordBeforeQuote', () => {
  // quotedCall's pattern (title-rules.ts): a kind word, spaces, a quoted name
  const source = String.raw`(?<![\p{L}-])(\p{Lu}[\p{L}-]*(?:aufruf|wettbewerb))\s+([„"“»][^“"”«\n]{3,120}[“"”«])`;
  const pattern = new RegExp(source, 'u');
  const sticky = new RegExp(source, 'uy');
  const KIND_CHAR = /^[\p{L}-]$/u;
  const KIND_PIECES = ['Förderaufruf', 'aufruf', 'X-', '-', ' ', '\n', '\u00a0', '„', '"', '“', 'abc', '.', '𝐀', 'Wettbewerb', '»Name«'];

  it('finds what the pattern finds on every text of up to four pieces', () => {
    let found = 0;
    for (const text of textsOf(KIND_PIECES, 4)) {
      const want = asFound(pattern.exec(text));
      if (want) found++;
      expect(asFound(wordBeforeQuote(text, sticky, KIND_CHAR)), JSON.stringify(text)).toEqual(want);
    }
    expect(found).toBeGreaterThan(100);
  });
});
