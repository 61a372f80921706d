/**
 * Text as callwatch stores it (issue 15, item 4). Page text and pasted text carry NUL, other control characters and
 * lone surrogates (a UTF-16 string cut in the middle of a pair); PostgreSQL refuses them inside `jsonb` (`\u0000`,
 * an unpaired `\ud800`), browsers show them as boxes, and some stop a whole query for every team. So every text field
 * passes through `PlainTextSchema` at the schema boundary: line breaks become `\n`, control characters other than tab
 * and newline are dropped, and a lone surrogate becomes U+FFFD (what a UTF-8 encoder writes for it, too).
 */
import * as v from 'valibot';

// \r\n and a lone \r are line breaks, not control characters to drop
const LINE_BREAK = /\r\n?/g;
// Unicode's control characters (C0, DEL, C1) except tab and newline
const CONTROL = /[^\P{Cc}\t\n]/gu;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text with newlines as `\n`, without control characters other than tab and newline, lone surrogates as U+FFFD. */
export function normalizeText(text: string): string {
  return text.replace(LINE_BREAK, '\n').replace(CONTROL, '').replace(LONE_SURROGATE, '\uFFFD');
}

/** The valibot action that normalises (`normalizeText`); schemas that refuse control characters put it after that check. */
export const plainText = () => v.transform(normalizeText);

/** A string, normalised (`normalizeText`): the start of every text field's schema. */
export const PlainTextSchema = v.pipe(v.string(), plainText());
