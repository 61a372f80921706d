/**
 * firstCompound finds what the pattern /(?<![\p{L}-])(\p{Lu}[\p{L}-]*(?:ENDS))(?![\p{L}])/u finds, from the endings
 * instead of from every capital letter: checked against the pattern on every text of up to four pieces.
 */
import { describe, expect, it } from 'vitest';
import { textsOf } from './helpers.ts';
import { firstCompound } from '../../../shared/extract/compound.ts';

const ENDS = ['fonds', 'programm', 'wettbewerb', 'preis'];
const PATTERN = /(?<![\p{L}-])(\p{Lu}[\p{L}-]*(?:fonds|programm|wettbewerb|preis))(?![\p{L}])/u;

/** letters, capitals (a title-case digraph, an astral capital, a lone surrogate), hyphens, spaces and the endings */
const PIECES = ['a', 'B', 'Ä', '-', ' ', '.', 'fonds', 'preis', 'programm', '𝐀', '\ud835', 'ǅ'];

describe('firstCompound', () => {
  it('finds what the pattern finds on every text of up to four pieces', () => {
    let matched = 0;
    for (const text of textsOf(PIECES, 4)) {
      const want = PATTERN.exec(text)?.[1];
      if (want) matched++;
      expect(firstCompound(text, ENDS), JSON.stringify(text)).toBe(want);
    }
    expect(matched).toBeGreaterThan(500);
  });

  it('takes the first capitalised compound and the last ending of it', () => {
    expect(firstCompound('Der Kleinprojektefonds und der Förderpreis', ENDS)).toBe('Kleinprojektefonds');
    expect(firstCompound('aus dem Landesprogramm-Wettbewerb-Sonderfonds.', ENDS)).toBe('Landesprogramm-Wettbewerb-Sonderfonds');
    expect(firstCompound('kleinprojektefonds, Preisgeld', ENDS)).toBeUndefined();
  });
});
