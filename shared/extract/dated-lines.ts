/**
 * A list written with line breaks: a paragraph whose lines each open with their own date ("Dienstag, 27.02.: Heimat
 * und Identität in Europa<br>Dienstag, 13.03.: Scheitert Italien …", "10.12.25 – Hybrid: Stadtflucht und Landflucht<br>
 * 21.01.26 – Online: Bauwende vor Ort") is read as list entries, one per line, so that each line can be an item as a
 * bulleted entry is. Only the shape of a date is looked at here (the date layer reads the dates later).
 */
import { MONTH_PATTERN, WEEKDAY_PATTERN } from './dates/months.ts';

/** A weekday before the date ("Di.,", "Dienstag,", "Mon"), then a day with its month as a number or a name. */
const OPENING_DATE = new RegExp(
  String.raw`^(?:${WEEKDAY_PATTERN}\.?,?\s*)?(?:\d{1,2}\.\s?\d{1,2}\.(?:\s?\d{2,4}(?!\d))?|\d{1,2}\.?\s+${MONTH_PATTERN})(?=[\s,:–—-]|$)`,
  'iu',
);

/** Words after the date: a line that names something, not a bare date. */
const NAMED = /\p{L}{3,}/u;

/** The lines of a text when there are two or more and each opens with a date and names something; otherwise undefined. */
export function datedLines(text: string): string[] | undefined {
  if (!text.includes('\n')) return undefined;
  const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
  if (lines.length < 2) return undefined;
  for (const line of lines) {
    const m = OPENING_DATE.exec(line);
    if (!m || !NAMED.test(line.slice(m[0].length))) return undefined;
  }
  return lines;
}
