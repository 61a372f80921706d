/**
 * clean() collapses whitespace and trims; it gives an already clean text back without copying it, and cleanLength()
 * counts the cleaned length without making the copy. Both must agree with the plain definition on any text.
 */
import { describe, expect, it } from 'vitest';
import { clean, cleanLength } from '../../../shared/extract/page.ts';

const reference = (text: string) => text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();

/** every character \s matches, the zero-width space, and characters next to them that are no space */
const SPACES = ['\t', '\n', '\v', '\f', '\r', ' ', '\u00a0', '\u1680', '\u2000', '\u2005', '\u200a', '\u200b', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
const OTHERS = ['a', 'ß', 'Ä', '\u200c', '\u200d', '\u2060', '\u0085', '\u180e', '\u001f', '!', '\u00ad', '😀'];

/** A deterministic pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('clean and cleanLength', () => {
  it('agree with collapsing and trimming on 20,000 random texts of spaces and other characters', () => {
    const next = random(14);
    for (let n = 0; n < 20_000; n++) {
      let text = '';
      const length = Math.floor(next() * 12);
      for (let i = 0; i < length; i++) {
        const pool = next() < 0.5 ? SPACES : OTHERS;
        text += pool[Math.floor(next() * pool.length)];
      }
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
