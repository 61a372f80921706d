/**
 * The text of a PDF as it should read: ligatures spelled out, soft hyphens and invisible characters gone, and lines
 * joined the way a reader joins them — a word broken at the line end ("Interessen-" / "bekundung") is one word again,
 * a compound's hyphen ("EU-" / "Förderprogramm", "Kinder- und Jugendhilfe") stays. Pure.
 */

const LIGATURES = /[\uFB00-\uFB06]/g;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;
const SOFT_HYPHEN = '\u00AD';

/** A run's text normalised: ligatures as letters (ﬁ → fi), no invisible or control characters, one kind of space. */
export function normalizeRun(text: string): string {
  return text
    .replace(LIGATURES, (ligature) => ligature.normalize('NFKC'))
    .replace(INVISIBLE, '')
    .replace(CONTROL, ' ')
    .replace(/[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g, ' ');
}

/** Words after a hyphen that show it belongs to a compound left open ("Kinder- und Jugendhilfe"), not a broken word. */
const OPEN_COMPOUND = /^(und|oder|bzw\.?|sowie|bis|noch|als|wie|or|and)\b/;

/** Joins the next line of a paragraph to the text so far. */
export function joinLine(text: string, next: string): string {
  const line = next.trim();
  if (!text) return dropSoftHyphens(line);
  if (!line) return text;
  // a soft hyphen at the line end: the word was broken there
  if (text.endsWith(SOFT_HYPHEN)) return text.slice(0, -1) + dropSoftHyphens(line);
  if (/\p{L}-$/u.test(text)) {
    if (/^\p{Ll}/u.test(line) && !OPEN_COMPOUND.test(line)) return text.slice(0, -1) + dropSoftHyphens(line);
    // "EU-" / "Förderprogramm", "Bund-" / "Länder": the hyphen is the compound's
    if (/^[\p{Lu}\d]/u.test(line)) return text + dropSoftHyphens(line);
  }
  return `${text} ${dropSoftHyphens(line)}`;
}

/** Soft hyphens inside a line are invisible; one at its end is kept for {@link joinLine} to see. */
function dropSoftHyphens(line: string): string {
  const end = line.endsWith(SOFT_HYPHEN);
  const inner = line.replaceAll(SOFT_HYPHEN, '');
  return end ? inner + SOFT_HYPHEN : inner;
}

/** The finished text of a block: no soft hyphen left, spaces collapsed. */
export function finishText(text: string): string {
  return text.replaceAll(SOFT_HYPHEN, '').replace(/ {2,}/g, ' ').trim();
}
