/**
 * Month and weekday names in German and English, with the abbreviations agency pages use ("Febr.", "Sept.", "Mrz.",
 * "Maerz" when umlauts were transliterated). One table drives every parser so a new spelling is added in one place.
 */

const MONTH_SPELLINGS: Record<number, readonly string[]> = {
  1: ['januar', 'jänner', 'jaenner', 'january', 'jan'],
  2: ['februar', 'feber', 'february', 'febr', 'feb'],
  3: ['märz', 'maerz', 'marz', 'march', 'mär', 'mrz', 'mar'],
  4: ['april', 'apr'],
  5: ['mai', 'may'],
  6: ['juni', 'june', 'jun'],
  7: ['juli', 'july', 'jul'],
  8: ['august', 'aug'],
  9: ['september', 'sept', 'sep'],
  10: ['oktober', 'october', 'okt', 'oct'],
  11: ['november', 'nov'],
  12: ['dezember', 'december', 'dez', 'dec'],
};

/** Spellings that are abbreviations: they may carry a trailing dot, which then belongs to the mention. */
const FULL_NAMES = new Set([
  'januar', 'jänner', 'jaenner', 'january', 'februar', 'feber', 'february', 'märz', 'maerz', 'marz', 'march',
  'april', 'mai', 'may', 'juni', 'june', 'juli', 'july', 'august', 'september', 'oktober', 'october', 'november',
  'dezember', 'december',
]);

const MONTH_BY_NAME = new Map<string, number>();
for (const [month, names] of Object.entries(MONTH_SPELLINGS)) {
  for (const name of names) MONTH_BY_NAME.set(name, Number(month));
}

/** Longest first, so the regex alternation prefers "September" over "Sep". */
const sortedNames = [...MONTH_BY_NAME.keys()].sort((a, b) => b.length - a.length);

/**
 * Regex source for a month name (capture it yourself). Abbreviations may be followed by a dot; the lookahead keeps
 * "Mai" from matching inside "Maibaum" (\b is ASCII-only in JS, so it cannot be used next to umlauts).
 */
export const MONTH_NAME_SOURCE = `(?:${sortedNames.join('|')})\\.?(?![a-zäöüß])`;

/** Month number for a written name ("Febr." → 2), or null. */
export function monthFromName(written: string): number | null {
  const key = written.toLowerCase().replace(/\.$/, '');
  return MONTH_BY_NAME.get(key) ?? null;
}

/** True when the written month is an abbreviation (so a trailing dot is part of it, not a sentence end). */
export function isAbbreviatedMonth(written: string): boolean {
  return !FULL_NAMES.has(written.toLowerCase().replace(/\.$/, ''));
}

/**
 * Month names are capitalised in both languages (German nouns, English proper nouns); requiring it keeps English
 * "may" (the verb) and lower-case prose out. ALL-CAPS headings pass.
 */
export function looksLikeMonthName(written: string): boolean {
  const first = written.charAt(0);
  return first !== first.toLowerCase();
}

const WEEKDAYS = [
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'mo', 'di', 'mi', 'do', 'fr', 'sa', 'so',
].sort((a, b) => b.length - a.length);

/** Regex source for a weekday name, full or abbreviated, with an optional dot. */
export const WEEKDAY_SOURCE = `(?:${WEEKDAYS.join('|')})\\.?`;

/** Days in a month; February of an unknown year counts 29 so "29.02." is accepted. */
export function daysInMonth(year: number | null, month: number): number {
  if (month === 2) {
    if (year === null) return 29;
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when day/month (and year, if known) name a real calendar day. */
export function isRealDay(year: number | null, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Two-digit years on agency pages are always this century ("31.3.22" → 2022). */
export function fullYear(written: string): number {
  const n = Number(written);
  return written.length <= 2 ? 2000 + n : n;
}
