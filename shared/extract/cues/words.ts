/** Regex helpers for cue words: JavaScript's \b does not know umlauts, so boundaries are spelt with \p{L}. */

/** Words starting at a word boundary (stems: "anmeld" matches "Anmeldung", "anmelden"). */
export function stems(source: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\d])(?:${source})`, 'iu');
}

/** Whole words. */
export function wholeWords(source: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\d])(?:${source})(?![\\p{L}\\d])`, 'iu');
}

/** Words anywhere, also inside compounds ("Netzwerktreffen" holds "treffen"). */
export function parts(source: string): RegExp {
  return new RegExp(`(?:${source})`, 'iu');
}

/** The whole text is the cue ("Ende", "Beginn"), not a sentence holding it ("Anmeldung bis Ende Mai"). */
export function isWhole(pattern: RegExp, text: string): boolean {
  return framedBy(pattern, '^', '$').test(text);
}

/**
 * The text opens with the cue ("Weitere Meldungen …", "Datum / Uhrzeit"): the pattern anchored at the start, so a text
 * that does not open with it fails at once instead of being searched through (same answer as `text.search(p) === 0`).
 */
export function opensWith(pattern: RegExp, text: string): boolean {
  return framedBy(pattern, '^', '').test(text);
}

/** Each cue pattern inside a larger pattern, by the flags, the text before it and the text after it, compiled once. */
const framed = new WeakMap<RegExp, Map<string, Map<string, Map<string, RegExp>>>>();

/** a pattern's flags, read once (the `flags` getter builds a new string on every call) */
const flagsRead = new WeakMap<RegExp, string>();
function flagsOf(pattern: RegExp): string {
  let flags = flagsRead.get(pattern);
  if (flags === undefined) flagsRead.set(pattern, (flags = pattern.flags));
  return flags;
}

/** the map under `key`, made when missing */
function within<V>(map: Map<string, V>, key: string, made: () => V): V {
  let found = map.get(key);
  if (found === undefined) map.set(key, (found = made()));
  return found;
}

/**
 * `new RegExp(before + (?:pattern) + after, flags)`, made once per pattern and frame: a pattern built on every call is
 * a new RegExp object each time, its source built and looked up or compiled again. (The frame is looked up part by
 * part: these run for every cue around every date, and a key joined from the parts would be a new string each time.)
 */
export function framedBy(pattern: RegExp, before: string, after: string, flags?: string): RegExp {
  let frames = framed.get(pattern);
  if (!frames) framed.set(pattern, (frames = new Map()));
  const as = flags ?? flagsOf(pattern);
  const byBefore = within(frames, as, () => new Map<string, Map<string, RegExp>>());
  const made = within(within(byBefore, before, () => new Map<string, RegExp>()), after, () => new RegExp(`${before}(?:${pattern.source})${after}`, as));
  made.lastIndex = 0;
  return made;
}

/**
 * The text holds one of the words, as written (case-sensitive): a plain substring search, far cheaper than a pattern
 * that needs one of them, so a costly search over a whole text runs only when it can match.
 */
export function holdsAny(text: string, words: readonly string[]): boolean {
  return words.some((word) => text.includes(word));
}

/** each pattern's global twin, found with one lookup */
const globals = new WeakMap<RegExp, RegExp>();

/** The pattern with the global flag, for matchAll and exec loops; compiled once per pattern (lastIndex at 0). */
export function globalOf(pattern: RegExp): RegExp {
  let global = globals.get(pattern);
  if (!global) {
    const flags = flagsOf(pattern);
    globals.set(pattern, (global = framedBy(pattern, '', '', flags.includes('g') ? flags : `${flags}g`)));
  }
  global.lastIndex = 0;
  return global;
}

/** How often the pattern matches the text, counted no further than `cap` (a cue counts a few times at most). */
export function countUpTo(pattern: RegExp, text: string, cap: number): number {
  const global = globalOf(pattern);
  global.lastIndex = 0;
  let n = 0;
  while (n < cap) {
    const m = global.exec(text);
    if (!m) break;
    n++;
    if (!m[0]) global.lastIndex++;
  }
  return n;
}
