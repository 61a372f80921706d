/**
 * One scan per text for the cue words of every language: an Aho–Corasick automaton over the words every cue pattern
 * needs (cues/literals.ts `requiredWords`, read from the patterns of the registry) finds all of them in one linear pass
 * over the text, read case-folded; a pattern then runs only on a text that holds one of its words. The answer is always the
 * pattern's own: `words.test(p)` is `p.test(text)`, skipped only where `p` cannot match (a pattern outside the registry,
 * or one without such words, always runs). Tested never to miss: test/shared/extract/cues/scan.test.ts.
 */
import { cueSets, dateWords } from './index.ts';
import { requiredWords } from './literals.ts';
import { titleCues } from './title-words.ts';
import { countUpTo } from './words.ts';

interface Automaton {
  /** each word's id */
  ids: Map<string, number>;
  /** each char code's letter class as the text is folded (0: a character no word holds) */
  classOf: Uint8Array;
  /** the number of letter classes */
  width: number;
  /** the next state per state and letter class (a full automaton: failure links already followed) */
  delta: Uint16Array | Int32Array;
  /** per state, the ids of the words ending there (with those of its failure chain) */
  out: number[][];
  /** per state, 1 where a word ends there: the scan reads this small table per character, `out` only at a hit */
  ends: Uint8Array;
}

let built: Automaton | undefined;

/**
 * The characters whose lower case is a Latin letter, a digit or a sign (Basic Latin to Latin Extended-B, Latin Extended
 * Additional with "ẞ", the letterlike Kelvin and Ångström signs): the only ones a word's letter class is read for, the
 * rest of the 65,536 stay 0 (tested: no other character folds into a word's letters).
 */
export const FOLDING_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0000, 0x024f],
  [0x1e00, 0x1eff],
  [0x2100, 0x214f],
];

/**
 * A character as a case-insensitive pattern compares it: the first character of its lower case (`toLowerCase` agrees
 * with the simple case folding of `/…/iu` on every letter the words hold, but the long s, which folds to "s").
 */
function folded(code: number): string {
  const lower = String.fromCharCode(code).toLowerCase()[0];
  return lower === 'ſ' ? 's' : lower;
}

/**
 * The automaton over the words of every pattern in the registry, built on first use: a trie of the words whose every
 * state has its next state for each letter class (Aho–Corasick with the failure links resolved), so a text is read
 * with one table lookup per character; upper and lower case share a class, so the text is not copied to fold it.
 */
function automaton(): Automaton {
  if (built) return built;
  const ids = new Map<string, number>();
  for (const pattern of patternsIn([cueSets, dateWords, titleCues])) for (const w of requiredWords(pattern) ?? []) if (!ids.has(w)) ids.set(w, ids.size);
  const letters = new Map<string, number>();
  for (const w of ids.keys()) for (const c of w) if (!letters.has(c)) letters.set(c, letters.size + 1);
  const width = letters.size + 1;
  const classOf = new Uint8Array(0x10000);
  for (const [from, to] of FOLDING_RANGES) for (let code = from; code <= to; code++) classOf[code] = letters.get(folded(code)) ?? 0;
  // the trie: goto[s * width + class], -1 where no word goes on (room for one state per letter of the words)
  let room = 1;
  for (const w of ids.keys()) room += w.length;
  const goto = new Int32Array(room * width).fill(-1);
  const ends: number[][] = [[]];
  for (const [word, id] of ids) {
    let s = 0;
    for (const c of word) {
      const k = s * width + letters.get(c)!;
      if (goto[k] < 0) {
        goto[k] = ends.length;
        ends.push([]);
      }
      s = goto[k];
    }
    ends[s].push(id);
  }
  const states = ends.length;
  const delta = states < 0x10000 ? new Uint16Array(states * width) : new Int32Array(states * width);
  const fail = new Int32Array(states);
  const out = ends.map((e) => [...e]);
  const queue: number[] = [];
  for (let c = 0; c < width; c++) {
    const t = goto[c];
    delta[c] = t < 0 ? 0 : t;
    if (t > 0) queue.push(t);
  }
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q];
    for (let c = 0; c < width; c++) {
      const t = goto[s * width + c];
      if (t < 0) delta[s * width + c] = delta[fail[s] * width + c];
      else {
        fail[t] = delta[fail[s] * width + c];
        out[t].push(...out[fail[t]]);
        delta[s * width + c] = t;
        queue.push(t);
      }
    }
  }
  // the states renumbered in breadth-first order (the root, then every state one letter deep, two letters deep …): a
  // text keeps the automaton near its root most of the time, so the rows read most lie together in a few kilobytes of
  // the table instead of spread over all of it (the same automaton: every state's row, words and hits as before)
  const order = [0, ...queue];
  const rank = new Int32Array(states);
  for (let r = 0; r < states; r++) rank[order[r]] = r;
  const table = states < 0x10000 ? new Uint16Array(states * width) : new Int32Array(states * width);
  const words: number[][] = new Array(states);
  const endsAt = new Uint8Array(states);
  for (let r = 0; r < states; r++) {
    const s = order[r];
    for (let c = 0; c < width; c++) table[r * width + c] = rank[delta[s * width + c]];
    words[r] = out[s];
    endsAt[r] = out[s].length ? 1 : 0;
  }
  return (built = { ids, classOf, width, delta: table, out: words, ends: endsAt });
}

/** every RegExp in the registry and the title words (cue sets hold patterns in arrays and nested objects) */
function patternsIn(value: unknown, found: RegExp[] = []): RegExp[] {
  if (value instanceof RegExp) found.push(value);
  else if (Array.isArray(value)) for (const v of value) patternsIn(v, found);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) patternsIn(v, found);
  return found;
}

/** per pattern, the ids of its words; null: it always runs */
const idsOf = new WeakMap<RegExp, readonly number[] | null>();

function wordIds(pattern: RegExp): readonly number[] | null {
  let found = idsOf.get(pattern);
  if (found === undefined) {
    const words = requiredWords(pattern);
    const { ids } = automaton();
    found = words && words.every((w) => ids.has(w)) ? words.map((w) => ids.get(w)!) : null;
    idsOf.set(pattern, found);
  }
  return found;
}

/** The cue words of one text, found in one pass; ask it instead of running each pattern over the text. */
export class CueWords {
  /** a bit per word found; null while none is (most texts hold none: nothing is allocated for them) */
  private present: Uint32Array | null = null;

  constructor(readonly text: string) {
    const { ids, classOf, width, delta, out, ends: endsAt } = automaton();
    let s = 0;
    let present: Uint32Array | null = null;
    for (let i = 0, n = text.length; i < n; i++) {
      s = delta[s * width + classOf[text.charCodeAt(i)]];
      if (endsAt[s] === 0) continue;
      present ??= new Uint32Array((ids.size + 31) >>> 5);
      const ends = out[s];
      for (let k = 0; k < ends.length; k++) present[ends[k] >>> 5] |= 1 << (ends[k] & 31);
    }
    this.present = present;
  }

  /** false when the pattern cannot match the text (none of its words stands in it) */
  may(pattern: RegExp): boolean {
    const ids = wordIds(pattern);
    if (ids === null) return true;
    const present = this.present;
    if (present === null) return false;
    for (let k = 0; k < ids.length; k++) if (present[ids[k] >>> 5] & (1 << (ids[k] & 31))) return true;
    return false;
  }

  /** `pattern.test(text)` */
  test(pattern: RegExp): boolean {
    return this.may(pattern) && pattern.test(this.text);
  }

  /** `countUpTo(pattern, text, cap)` */
  count(pattern: RegExp, cap: number): number {
    return this.may(pattern) ? countUpTo(pattern, this.text, cap) : 0;
  }
}

/** the texts scanned last, a few hundred at most: a date's clause, label and sentence are asked about again and again */
const recent = new Map<string, CueWords>();
const RECENT = 512;

/** The cue words of the text: scanned once, kept while the text is among the last few hundred asked about. */
export function cueWordsOf(text: string): CueWords {
  let words = recent.get(text);
  if (words === undefined) {
    if (recent.size >= RECENT) recent.clear();
    recent.set(text, (words = new CueWords(text)));
  }
  return words;
}
