/**
 * clean() collapses whitespace and trims; it gives an already clean text back without copying it, and cleanLength()
 * counts the cleaned length without making the copy. Both must agree with the plain definition on any text.
 */
import { describe, expect, it } from 'vitest';
import { textsOf } from './helpers.ts';
import { clean, cleanLength } from '../../../shared/extract/page.ts';

const reference = (text: string) => text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();

/** every character \s matches, the zero-width space, and characters next to them that are no space */
const SPACES = ['\t', '\n', '\v', '\f', '\r', ' ', '\u00a0', '\u1680', '\u2000', '\u2005', '\u200a', '\u200b', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
const OTHERS = ['a', 'ß', 'Ä', '\u200c', '\u200d', '\u2060', '\u0085', '\u180e', '\u001f', '!', '\u00ad', '😀'];

describe('clean and cleanLength', () => {
  it('agree with collapsing and trimming on every text of up to three spaces and other characters', () => {
    for (const text of textsOf([...SPACES, ...OTHERS], 3)) {
      expect(clean(text), JSON.stringify(text)).toBe(reference(text));
      expect(cleanLength(text), JSON.stringify(text)).toBe(reference(text).length);
    }
  });

  it('gives a clean text back as it is, and cleans the rest', () => {
    expect(clean('Antragsfrist: 31. März 2026')).toBe('Antragsfrist: 31. März 2026');
    expect(clean('  Antragsfrist:\n\t31.\u00a0März  2026 ')).toBe('Antragsfrist: 31. März 2026');
    expect(clean('')).toBe('');
    expect(cleanLength(' \u200b ')).toBe(0);
  });
});
