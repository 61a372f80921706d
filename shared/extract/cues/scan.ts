/**
 * One scan per text for the cue words of every language: an Aho–Corasick automaton over the words every cue pattern
 * needs (cues/literals.ts `requiredWords`, read from the patterns of the registry) finds all of them in one linear pass
 * over the lower-cased text; a pattern then runs only on a text that holds one of its words. The answer is always the
 * pattern's own: `words.test(p)` is `p.test(text)`, skipped only where `p` cannot match (a pattern outside the registry,
 * or one without such words, always runs). Tested never to miss: test/shared/extract/cues/scan.test.ts.
 */
import { cueSets } from './index.ts';
import { requiredWords } from './literals.ts';
import { countUpTo } from './words.ts';

/**
 * The text lower-cased as a case-insensitive pattern compares it: `toLowerCase` agrees with the simple case folding of
 * `/…/iu` on every letter but the long s, which folds to "s".
 */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('ſ') ? lower.replaceAll('ſ', 's') : lower;
}

interface Automaton {
  /** each word's id */
  ids: Map<string, number>;
  /** per state, its transitions by char code */
  next: Array<Map<number, number>>;
  fail: Int32Array;
  /** per state, the ids of the words ending there (with those of its failure chain) */
  out: number[][];
}

let built: Automaton | undefined;

/** the automaton over the words of every pattern in the registry, built on first use */
function automaton(): Automaton {
  if (built) return built;
  const ids = new Map<string, number>();
  for (const pattern of patternsIn(cueSets)) for (const w of requiredWords(pattern) ?? []) if (!ids.has(w)) ids.set(w, ids.size);
  const next: Array<Map<number, number>> = [new Map()];
  const ends: number[][] = [[]];
  for (const [word, id] of ids) {
    let s = 0;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      let t = next[s].get(c);
      if (t === undefined) {
        t = next.length;
        next[s].set(c, t);
        next.push(new Map());
        ends.push([]);
      }
      s = t;
    }
    ends[s].push(id);
  }
  const fail = new Int32Array(next.length);
  const out = ends.map((e) => [...e]);
  const queue: number[] = [];
  for (const t of next[0].values()) queue.push(t);
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q];
    for (const [c, t] of next[s]) {
      let f = fail[s];
      while (f !== 0 && !next[f].has(c)) f = fail[f];
      const g = next[f].get(c);
      fail[t] = g !== undefined && g !== t ? g : 0;
      out[t].push(...out[fail[t]]);
      queue.push(t);
    }
  }
  return (built = { ids, next, fail, out });
}

/** every RegExp in the registry (cue sets hold patterns in arrays and nested objects) */
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
  private readonly present: Uint8Array;

  constructor(readonly text: string) {
    const a = automaton();
    this.present = new Uint8Array(a.ids.size);
    const folded = foldCase(text);
    const { next, fail, out } = a;
    let s = 0;
    for (let i = 0; i < folded.length; i++) {
      const c = folded.charCodeAt(i);
      let t = next[s].get(c);
      while (t === undefined && s !== 0) {
        s = fail[s];
        t = next[s].get(c);
      }
      s = t ?? 0;
      const ends = out[s];
      for (let k = 0; k < ends.length; k++) this.present[ends[k]] = 1;
    }
  }

  /** false when the pattern cannot match the text (none of its words stands in it) */
  may(pattern: RegExp): boolean {
    const ids = wordIds(pattern);
    if (ids === null) return true;
    for (let k = 0; k < ids.length; k++) if (this.present[ids[k]]) return true;
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
