/**
 * The language a request's answer is in: English when `Accept-Language` prefers it over German (q-values honoured,
 * a language range matches by its primary subtag: en-GB → en, de-CH → de), German otherwise — also when the header is
 * missing, says `*`, or names only languages the service does not speak.
 */
import type { Context } from 'hono';
import { accepts } from 'hono/accepts';
import type { Language } from './localize.ts';

const DEFAULT: Language = 'de';

/** The first supported language among the header's ranges, best q first (hono/accepts parses and sorts them). */
function firstSupported(ranges: readonly { type: string; q: number }[]): Language {
  for (const range of ranges) {
    if (range.q <= 0) continue;
    const primary = range.type.toLowerCase().split('-')[0];
    if (primary === 'de' || primary === 'en') return primary;
  }
  return DEFAULT;
}

/** The language of the answer to this request. */
export function requestLanguage(c: Context): Language {
  return accepts(c, { header: 'Accept-Language', supports: ['de', 'en'], default: DEFAULT, match: firstSupported }) as Language;
}
