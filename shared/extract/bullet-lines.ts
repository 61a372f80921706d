/**
 * A list written with line breaks and bullet glyphs: a paragraph whose lines open with "»", "•", "–" … ("Aktuelles<br>»
 * Preis A: Bewerbung bis 17. März<br>» Preis B: Bewerbung bis 13. März") is read one block per line, as the same list
 * written in separate paragraphs is, so that each bulleted line can be a unit of its own (features/units.ts reads a
 * paragraph that opens with a glyph as a list entry written without list markup). Only the glyphs are looked at. Pure.
 */

/** A line that opens with a bullet glyph or an empty check box: a list entry written without list markup. */
export const BULLET = /^(?:[»•·▪▸►‣◦*–-]|\[\s?\])\s+\S/u;

/** The lines of a text when two or more of them, and at least half, open with a bullet glyph; otherwise undefined. */
export function bulletLines(text: string): string[] | undefined {
  if (!text.includes('\n')) return undefined;
  const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
  const bulleted = lines.filter((line) => BULLET.test(line)).length;
  return bulleted >= 2 && bulleted * 2 >= lines.length ? lines : undefined;
}
