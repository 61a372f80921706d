/**
 * The first quoted name after a programme word ("Programm „Kommune bewegt Welt“", "the Fund 'X'"): what
 * /(?:WORDS)\p{L}*\s*(?:\p{L}+\s)?[„"“»]([^“"”«]{3,120})[“"”«]/iu finds in a whole page, tried only where it can start.
 *
 * When the words are plain words (`stems`: letters only), only letters and spaces stand between a match's start and
 * its opening quote, and at most two words: the start is where the word before the quote starts, or (with one space
 * before the quote) where the word before that one starts. The pattern is tried there, at each opening quote in
 * turn, instead of at every position of the page. Other words are searched for in the whole text.
 */
import { codePointBefore } from './code-points.ts';

const OPENING_QUOTE = /[„"“»]/g;
const LETTER = /^\p{L}$/iu;
const SPACE = /^\s$/;
/** a `stems` pattern of plain words (cues/words.ts) */
const PLAIN_WORDS = /^\(\?<!\[\\p\{L\}\\d\]\)\(\?:[\p{L}|]+\)$/u;
const TAIL = String.raw`\p{L}*\s*(?:\p{L}+\s)?[„"“»]([^“"”«]{3,120})[“"”«]`;

const compiled = new WeakMap<RegExp, { anywhere: RegExp; at: RegExp | null }>();

export function quotedName(words: RegExp, text: string): RegExpExecArray | null {
  let patterns = compiled.get(words);
  if (!patterns) {
    const source = `(?:${words.source})${TAIL}`;
    const plain = PLAIN_WORDS.test(words.source) && words.flags === 'iu';
    compiled.set(words, (patterns = { anywhere: new RegExp(source, 'iu'), at: plain ? new RegExp(source, 'iuy') : null }));
  }
  if (!patterns.at) return patterns.anywhere.exec(text);
  const at = patterns.at;
  OPENING_QUOTE.lastIndex = 0;
  for (let q = OPENING_QUOTE.exec(text); q; q = OPENING_QUOTE.exec(text)) {
    const gap = spacesBefore(text, q.index);
    const word = wordStart(text, q.index - gap);
    // with exactly one space before the quote, the programme word may stand one word further back
    const before = gap === 1 ? wordStart(text, word - spacesBefore(text, word)) : word;
    for (const start of before < word ? [before, word] : [word]) {
      at.lastIndex = start;
      const m = at.exec(text);
      if (m) return m;
    }
  }
  return null;
}

/**
 * The first match of `sticky` (a pattern with the y flag that reads a word, spaces and then a quote: "Förderaufruf
 * „…“") tried only at the start of the run of `wordChar`s that stands before the spaces before each opening quote,
 * the only places such a match can start when the pattern's word is made of `wordChar`s and must not follow one.
 */
export function wordBeforeQuote(text: string, sticky: RegExp, wordChar: RegExp): RegExpExecArray | null {
  OPENING_QUOTE.lastIndex = 0;
  for (let q = OPENING_QUOTE.exec(text); q; q = OPENING_QUOTE.exec(text)) {
    const gap = spacesBefore(text, q.index);
    if (!gap) continue;
    sticky.lastIndex = runStart(text, q.index - gap, wordChar);
    const m = sticky.exec(text);
    if (m) return m;
  }
  return null;
}

/**
 * Every match of `sticky` in turn, as `matchAll` of its global twin gives them (the same pattern shape as
 * wordBeforeQuote: each match starts where the run of `wordChar`s before the spaces before its opening quote starts; a
 * match never starts inside the one before it). The pattern is tried once per opening quote instead of at every
 * position of the text.
 */
export function wordsBeforeQuotes(text: string, sticky: RegExp, wordChar: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let end = 0;
  OPENING_QUOTE.lastIndex = 0;
  for (let q = OPENING_QUOTE.exec(text); q; q = OPENING_QUOTE.exec(text)) {
    const gap = spacesBefore(text, q.index);
    if (!gap) continue;
    const start = runStart(text, q.index - gap, wordChar);
    if (start < end) continue;
    sticky.lastIndex = start;
    const m = sticky.exec(text);
    if (!m) continue;
    out.push(m);
    end = m.index + m[0].length;
    // the next opening quote after the match (exec of a global pattern goes on from its lastIndex)
    OPENING_QUOTE.lastIndex = Math.max(OPENING_QUOTE.lastIndex, end);
  }
  return out;
}

/** How many spaces (code units, all of one unit) stand right before `i`. */
function spacesBefore(text: string, i: number): number {
  let n = 0;
  while (i - n > 0 && SPACE.test(text[i - n - 1])) n++;
  return n;
}

/** Where the run of letters ending at `end` starts (`end` when no letter stands before it). */
function wordStart(text: string, end: number): number {
  return runStart(text, end, LETTER);
}

/** Where the run of code points matching `char` (anchored: /^…$/) that ends at `end` starts. */
function runStart(text: string, end: number, char: RegExp): number {
  let start = end;
  for (;;) {
    const c = codePointBefore(text, start);
    if (!c || !char.test(c)) return start;
    start -= c.length;
  }
}
