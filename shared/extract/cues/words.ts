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

/** Each cue pattern inside a larger pattern, by the text around it and the flags, compiled once. */
const framed = new WeakMap<RegExp, Map<string, RegExp>>();

/**
 * `new RegExp(before + (?:pattern) + after, flags)`, made once per pattern and frame: a pattern built on every call is
 * a new RegExp object each time, its source built and looked up or compiled again.
 */
export function framedBy(pattern: RegExp, before: string, after: string, flags = pattern.flags): RegExp {
  let frames = framed.get(pattern);
  if (!frames) framed.set(pattern, (frames = new Map()));
  const key = `${flags}\u0000${before}\u0000${after}`;
  let made = frames.get(key);
  if (!made) frames.set(key, (made = new RegExp(`${before}(?:${pattern.source})${after}`, flags)));
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

/** The pattern with the global flag, for matchAll and exec loops; compiled once per pattern (lastIndex at 0). */
export function globalOf(pattern: RegExp): RegExp {
  return framedBy(pattern, '', '', pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
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
