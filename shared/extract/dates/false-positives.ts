/**
 * Context checks that tell a date-shaped number from the numbers around it on agency pages: phone and file numbers
 * ("Tel. 0228 20717-123", "Az. 12.03.56", "Drucksache 17/1234"), section and version numbers ("§ 4.1.", "Version
 * 1.2.3"), times ("um 16.30", "10.12 Uhr") and amounts ("5.000 Euro"). Every check looks at a few characters only.
 */

/**
 * A label after which the digits are a reference, not a date; the digits may follow with spaces, slashes, dots. A "+"
 * starts a phone number ("+49 …") unless a day with its dot stands before it ("05.+23.05.": a day list).
 */
const REFERENCE_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:tel|telefon|fon|phone|fax|telefax|mobil|handy|az|aktenzeichen|gz|geschäftszeichen|` +
    String.raw`drucksache|drs|vorlage|nr|no|nummer|number|seite|s|p|pp|page|kapitel|kap|ziffer|ziff|abs|absatz|art|` +
    String.raw`artikel|punkt|abschnitt|section|version|ver|v|rev|release|isbn|issn|iban|bic|blz|plz|postfach|` +
    String.raw`ust-id|steuernummer)\.?:?[ \t\u00a0\d/().+\-–]*$|(?:§|(?<!\d\.[ \t\u00a0]*)\+)[ \t\u00a0\d/().\-–]*$`,
  'iu',
);

/** Words that make a following "d.m." a date even when it looks like an outline number ("Ab 1.1."). */
const DATE_CUE_BEFORE =
  /(?:^|[^\p{L}])(?:ab|am|an|bis|zum|vom|von|seit|zwischen|und|den|dem|frist|stichtag|termin|datum|deadline|from|on|until|by|due)\.?:?\s*$/iu;

/** A number ends right before `start` ("2019 Mai" → "19 Mai", "1.5 Mai"). */
export function precededByNumber(text: string, start: number): boolean {
  const before = text.charAt(start - 1);
  if (isDigit(before)) return true;
  return before !== '' && '.,/:'.includes(before) && isDigit(text.charAt(start - 2));
}

/** A day, month and four-digit year written with dots, ending right where it stands. */
const FULL_DATE_BEFORE = /(?:^|[^\d.])\d{1,2}\.\d{1,2}\.\d{4}$/u;

/** A slash, then a day and month with their dots: "/12.09." */
const DAY_MONTH_AFTER_SLASH = /^\/\d{1,2}\.\d{1,2}\./;

/** The number continues into more digits: "1.2.3", "12.05.2023.4", "10.000". */
export function continuesAsNumber(text: string, start: number, stop: number): boolean {
  const before = text.charAt(start - 1);
  const beforeThat = text.charAt(start - 2);
  if (isDigit(before)) return true;
  // a dash right after a full date ("04.10.2024-07.02.2025") joins two dates: a range, not one longer number
  if ('.,/:-'.includes(before) && before !== '' && isDigit(beforeThat) && !(before === '-' && FULL_DATE_BEFORE.test(text.slice(Math.max(0, start - 12), start - 1)))) return true;
  const after = text.charAt(stop);
  if (isDigit(after)) return true;
  // a slash between two days with their months ("11.09./12.09.2021"): two dates, not one longer number
  if (after === '/' && text.charAt(stop - 1) === '.' && DAY_MONTH_AFTER_SLASH.test(text.slice(stop, stop + 8))) return false;
  return '.,/:'.includes(after) && after !== '' && isDigit(text.charAt(stop + 1));
}

/** The match is preceded by a reference label (phone, file number, section, version …). */
export function followsReferenceLabel(text: string, start: number): boolean {
  return REFERENCE_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

/** "um 16.30." or "16.30 Uhr": a clock time written with a dot, not a day and month. */
export function looksLikeClockTime(text: string, start: number, stop: number): boolean {
  if (/(?:^|[^\p{L}])(?:um|gegen|ca\.?)\s*$/iu.test(text.slice(Math.max(0, start - 8), start))) return true;
  return /^\s*(?:uhr|h|hrs)(?![\p{L}])/iu.test(text.slice(stop, stop + 6));
}

/** Followed by a currency, percent or quantity word: an amount, not a date. */
export function looksLikeAmount(text: string, stop: number): boolean {
  return /^\s*(?:€|eur(?:o)?|%|prozent|percent|mio|mrd|tsd|millionen|milliarden)(?![\p{L}])/iu.test(
    text.slice(stop, stop + 14),
  );
}

/** A date cue right before the match ("ab", "bis zum", "Frist:"). */
export function followsDateCue(text: string, start: number): boolean {
  return DATE_CUE_BEFORE.test(text.slice(Math.max(0, start - 14), start));
}

/** All context checks a bare numeric date has to pass. */
export function isNumericFalsePositive(text: string, start: number, stop: number): boolean {
  return (
    continuesAsNumber(text, start, stop) ||
    followsReferenceLabel(text, start) ||
    looksLikeClockTime(text, start, stop) ||
    looksLikeAmount(text, stop)
  );
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9' && ch !== '';
}
