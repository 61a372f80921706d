/**
 * quotedName finds what /(?:WORDS)\p{L}*\s*(?:\p{L}+\s)?[„"“»]([^“"”«]{3,120})[“"”«]/iu finds, trying the pattern only
 * where a match can start: checked against the pattern on every text of up to four pieces, for both languages' words.
 */
import { describe, expect, it } from 'vitest';
import { cueSets } from '../../../shared/extract/cues/index.ts';
import { stems } from '../../../shared/extract/cues/words.ts';
import { quotedName, wordBeforeQuote, wordsBeforeQuotes } from '../../../shared/extract/quoted-name.ts';
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

describe('wordsBeforeQuotes', () => {
  // the title candidates' noun before a quoted name (title-candidates.ts): every match, as matchAll gives them
  const source = String.raw`(?<![\p{L}\d-])(\p{Lu}[\p{L}\d-]{2,40})\s[„"“»]([^“"”«\n]{3,120})[“"”«]`;
  const global = new RegExp(source, 'gu');
  const sticky = new RegExp(source, 'uy');
  const NOUN_CHAR = /^[\p{L}\d-]$/u;
  // nouns, a quote inside a quoted name, quotes that open and close, spaces of several kinds, a letter outside the BMP
  const PIECES = ['Programm', 'Forum', 'ab', '1-', ' ', '  ', '\n', '\u00a0', '„', '"', '“', '»', '«', 'Name', '.', '𝐀', '„Name“ '];
  const all = (ms: RegExpExecArray[]) => ms.map((m) => ({ index: m.index, text: m[0], noun: m[1], name: m[2] }));

  it('finds what matchAll finds on every text of up to four pieces', () => {
    let found = 0;
    for (const text of textsOf(PIECES, 4)) {
      const want = all([...text.matchAll(global)]);
      found += want.length;
      expect(all(wordsBeforeQuotes(text, sticky, NOUN_CHAR)), JSON.stringify(text)).toEqual(want);
    }
    expect(found).toBeGreaterThan(100);
  });

  it('finds several names in one text, none inside another', () => {
    const text = 'Das Programm „Zeigen, was geht“ und das Forum „Eine Welt“, dazu Wettbewerb „Ein „Innen“ Name“.';
    expect(wordsBeforeQuotes(text, sticky, NOUN_CHAR).map((m) => m[0])).toEqual([...text.matchAll(global)].map((m) => m[0]));
    expect(wordsBeforeQuotes(text, sticky, NOUN_CHAR).map((m) => m[1])).toEqual(['Programm', 'Forum', 'Wettbewerb']);
  });
});
