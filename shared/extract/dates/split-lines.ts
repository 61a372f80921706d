/**
 * A date written one part per line ("Do<br>30<br>Mai<br>2024", a calendar card's weekday, day, month and year stacked):
 * the line breaks between lines that hold only parts of a date (a weekday, a day, a month word, a year, a dash) are
 * read as spaces, so the parsers see "Do 30 Mai 2024". The text keeps its length, so every index stays where it was.
 * One pass over the text.
 */
import { MONTH_PATTERN, WEEKDAY_PATTERN } from './months.ts';

const SP = '[^\\S\\n]';
const PART = `(?:(?:${WEEKDAY_PATTERN})\\.?,?|(?:${MONTH_PATTERN}),?|\\d{1,2}\\.?,?|\\d{4},?|[-‐‑–—−])`;
/** a line of one to four parts of a date and nothing else */
const PARTS_LINE = new RegExp(`^${SP}*${PART}(?:${SP}+${PART}){0,3}${SP}*$`, 'iu');

/** `text` with the line breaks inside a date written one part per line read as spaces (same length). */
export function joinDateLines(text: string): string {
  if (!text.includes('\n')) return text;
  const lines = text.split('\n');
  const parts = lines.map((line) => line.length <= 24 && PARTS_LINE.test(line));
  let out = lines[0]!;
  for (let i = 1; i < lines.length; i++) out += (parts[i - 1] && parts[i] ? ' ' : '\n') + lines[i];
  return out;
}
