/**
 * Month and weekday names in German and English, with the abbreviations agency pages use ("Febr.", "Sept.", "Mrz.",
 * "Jänner", "Maerz" when umlauts were transliterated). One table each, so every parser reads the same words.
 */

/** name → month (1–12); abbreviations are listed without their dot, the patterns allow one */
const MONTHS: Record<string, number> = {
  // German
  januar: 1, jänner: 1, jaenner: 1, jan: 1,
  februar: 2, feber: 2, febr: 2, feb: 2,
  märz: 3, maerz: 3, mär: 3, mrz: 3,
  april: 4, apr: 4,
  mai: 5,
  juni: 6, jun: 6,
  juli: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  oktober: 10, okt: 10,
  november: 11, nov: 11,
  dezember: 12, dez: 12,
  // English, where it differs
  january: 1,
  february: 2,
  march: 3, mar: 3,
  may: 5,
  june: 6,
  july: 7,
  october: 10, oct: 10,
  december: 12, dec: 12,
};

/** The German words only: the German parsers must not read "March" or "May". */
const GERMAN_MONTHS = [
  'januar', 'jänner', 'jaenner', 'jan', 'februar', 'feber', 'febr', 'feb', 'märz', 'maerz', 'mär', 'mrz', 'april',
  'apr', 'mai', 'juni', 'jun', 'juli', 'jul', 'august', 'aug', 'september', 'sept', 'sep', 'oktober', 'okt',
  'november', 'nov', 'dezember', 'dez',
];

const WEEKDAYS: Record<string, number> = {
  sonntag: 0, so: 0, montag: 1, mo: 1, dienstag: 2, di: 2, mittwoch: 3, mi: 3, donnerstag: 4, do: 4,
  freitag: 5, fr: 5, samstag: 6, sonnabend: 6, sa: 6,
  sunday: 0, sun: 0, monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3,
  thursday: 4, thu: 4, thur: 4, thurs: 4, friday: 5, fri: 5, saturday: 6, sat: 6,
};

/** Longest first, so "September" wins over "Sep" and "Jänner" over "Jan". */
function alternation(words: Iterable<string>): string {
  return [...words].sort((a, b) => b.length - a.length).join('|');
}

/**
 * A month word as a regex source without capture groups (use the `u` and `i` flags): a full name, or an abbreviation
 * with an optional dot; never the start of a longer word ("Mainz", "Markt", "Janine").
 */
export const MONTH_PATTERN = `(?:${alternation(Object.keys(MONTHS))})\\.?(?![\\p{L}])`;
/** Same, German words only. */
export const GERMAN_MONTH_PATTERN = `(?:${alternation(GERMAN_MONTHS)})\\.?(?![\\p{L}])`;
/** A weekday word, German or English, full or abbreviated (no dot). */
export const WEEKDAY_PATTERN = `(?:${alternation(Object.keys(WEEKDAYS))})(?![\\p{L}])`;

/** The month a word names ("Febr.", "Maerz", "Sept" → 2, 3, 9), or null. */
export function monthFromName(word: string): number | null {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')] ?? null;
}

/** The weekday (0 = Sunday) a word names ("Di", "Tuesday"), or null. */
export function weekdayFromName(word: string): number | null {
  return WEEKDAYS[word.toLowerCase().replace(/\.$/, '')] ?? null;
}

/** Month names are capitalised in both languages; "may" and "march" in running text are verbs. */
export function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}
