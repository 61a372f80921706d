/**
 * Puts a service message into the language the client asked for. The service raises its errors with English texts
 * (service/i18n/messages.ts has them with their German ones); German is the default. A message that is not in the
 * catalogue becomes, for a German reader, the generic text of its code — the answer is always in one language.
 */
import { CATALOGUE, GENERIC, type CatalogueEntry } from './messages.ts';

export type Language = 'de' | 'en';
export const LANGUAGES: readonly Language[] = ['de', 'en'];

const PLACEHOLDER = /\{([a-zA-Z]+)\}/g;
/** Longer texts are not looked up (a message is a sentence; anything longer quotes input and gets the generic text). */
const MAX_LOOKUP_CHARS = 1000;

/** The placeholder names of a template, in order of appearance. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]);
}

/** A template with its `{name}`s replaced by `values` (a missing value leaves the placeholder as it is). */
export function render(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => values[name] ?? whole);
}

interface Pattern {
  regex: RegExp;
  names: string[];
  entry: CatalogueEntry;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Templates without placeholders are looked up whole; the others are matched in catalogue order. */
function compile(catalogue: Readonly<Record<string, CatalogueEntry>>): { exact: Map<string, CatalogueEntry>; patterns: Pattern[] } {
  const exact = new Map<string, CatalogueEntry>();
  const patterns: Pattern[] = [];
  for (const entry of Object.values(catalogue)) {
    const names = placeholders(entry.en);
    if (names.length === 0) {
      exact.set(entry.en, entry);
      continue;
    }
    const source = entry.en
      .split(PLACEHOLDER)
      .map((part, i) => (i % 2 === 0 ? escape(part) : '(.+?)'))
      .join('');
    patterns.push({ regex: new RegExp(`^${source}$`, 's'), names, entry });
  }
  return { exact, patterns };
}

const compiled = compile(CATALOGUE);

/** The catalogue's text in `language` for an English service message, or undefined when the message is not in it. */
export function lookUp(message: string, language: Language): string | undefined {
  if (message.length > MAX_LOOKUP_CHARS) return undefined;
  const whole = compiled.exact.get(message);
  if (whole) return whole[language];
  for (const { regex, names, entry } of compiled.patterns) {
    const match = regex.exec(message);
    if (!match) continue;
    const values = Object.fromEntries(names.map((name, i) => [name, match[i + 1]]));
    return render(entry[language], values);
  }
  return undefined;
}

/** The generic message of an error code (then of its status class). */
export function genericFor(code: string, status: number): CatalogueEntry {
  return GENERIC[code] ?? GENERIC[status >= 500 ? 'server' : 'client'];
}

/** The generic message of a field whose own message is not in the catalogue. */
export const GENERIC_FIELD: CatalogueEntry = GENERIC.field;

/**
 * A message in `language`. English messages are the service's own (kept as they are); German ones come from the
 * German text the error carries (`german`, e.g. a FetchError's), the catalogue, or else `fallback`.
 */
export function localize(message: string, language: Language, fallback: CatalogueEntry, german?: string): string {
  if (language === 'en') return message || fallback.en;
  return german ?? lookUp(message, 'de') ?? fallback.de;
}
