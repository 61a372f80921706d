/**
 * The words a cue pattern cannot match without: read from the pattern's source, so a pattern is never written twice.
 * `requiredWords(p)` is a list of lower-case strings such that every text `p` matches holds one of them (case-folded,
 * see cues/scan.ts `folded`), or null when the pattern has no such words (it then always runs). Linear in the source:
 * one pass over it, the sets of alternatives capped at a few dozen strings.
 */

/** a part of a pattern: every string it can match (when few and known), and words one of which every match holds */
interface Reading {
  /** every string the part matches, or null when unknown or too many */
  exact: string[] | null;
  /** one of these stands in every match; null: nothing known */
  needs: string[] | null;
}

/** a cross product of alternatives grows no larger than this */
const MAX_EXACT = 64;

const EMPTY: Reading = { exact: [''], needs: null };
const ANY: Reading = { exact: null, needs: null };

/** The words one of which every match of the pattern holds, lower-cased; null when there are none. Cached per pattern. */
export function requiredWords(pattern: RegExp): string[] | null {
  let found = read.get(pattern);
  // a pattern with the v flag may nest classes ("[[a-z]--[aeiou]]"), which this reading does not follow: it always runs
  if (found === undefined) read.set(pattern, (found = pattern.flags.includes('v') ? null : wordsOfSource(pattern.source)));
  return found;
}

const read = new WeakMap<RegExp, string[] | null>();

function wordsOfSource(source: string): string[] | null {
  const parser = new Parser(source);
  const reading = parser.alternation();
  if (parser.at < source.length) return null; // a stray ")": the reading cannot be trusted
  return usable(needsOf(reading));
}

/** a set is usable when none of its words is empty */
function usable(words: string[] | null): string[] | null {
  if (!words || words.length === 0 || words.some((w) => w.length === 0)) return null;
  return [...new Set(words)];
}

function needsOf(r: Reading): string[] | null {
  const fromExact = usable(r.exact);
  const needs = usable(r.needs);
  return better(fromExact, needs);
}

/** the set whose shortest word is longer (fewer candidates on ties) */
function better(a: string[] | null, b: string[] | null): string[] | null {
  if (!a) return b;
  if (!b) return a;
  const la = Math.min(...a.map((w) => w.length));
  const lb = Math.min(...b.map((w) => w.length));
  if (la !== lb) return la > lb ? a : b;
  return a.length <= b.length ? a : b;
}

class Parser {
  at = 0;
  constructor(private readonly s: string) {}

  /** branch ( "|" branch )* up to a ")" or the end */
  alternation(): Reading {
    const branches: Reading[] = [this.sequence()];
    while (this.s[this.at] === '|') {
      this.at++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0];
    const exacts = branches.map((b) => b.exact);
    const exact = exacts.every((e) => e !== null) ? (exacts as string[][]).flat() : null;
    const needs: string[] = [];
    for (const b of branches) {
      const n = needsOf(b);
      if (!n) return { exact: exact && exact.length <= MAX_EXACT ? exact : null, needs: null };
      needs.push(...n);
    }
    return { exact: exact && exact.length <= MAX_EXACT ? exact : null, needs };
  }

  /** atoms with their quantifiers, up to "|" or ")": a run of known strings is crossed, an unknown part starts a new run */
  sequence(): Reading {
    let run: string[] = [''];
    let needs: string[] | null = null;
    let whole = true;
    while (this.at < this.s.length && this.s[this.at] !== '|' && this.s[this.at] !== ')') {
      const part = this.quantified(this.atom());
      if (part.exact && run.length * part.exact.length <= MAX_EXACT) {
        const joined: string[] = [];
        for (const a of run) for (const b of part.exact) joined.push(a + b);
        run = joined;
        continue;
      }
      needs = better(better(needs, usable(run)), needsOf(part));
      whole = false;
      run = part.exact ?? [''];
    }
    return whole ? { exact: run, needs: null } : { exact: null, needs: better(needs, usable(run)) };
  }

  /** one atom: a literal, an escape, a class, a group, "." or an anchor */
  atom(): Reading {
    const c = this.s[this.at];
    if (c === '(') return this.group();
    if (c === '[') {
      this.skipClass();
      return ANY;
    }
    if (c === '\\') return this.escape();
    this.at++;
    if (c === '.') return ANY;
    if (c === '^' || c === '$') return EMPTY;
    return { exact: [c.toLowerCase()], needs: null };
  }

  private group(): Reading {
    this.at++; // "("
    let lookaround = false;
    if (this.s[this.at] === '?') {
      const next = this.s.slice(this.at, this.at + 3);
      if (next.startsWith('?:')) this.at += 2;
      else if (next === '?<=' || next === '?<!') {
        this.at += 3;
        lookaround = true;
      } else if (next.startsWith('?=') || next.startsWith('?!')) {
        this.at += 2;
        lookaround = true;
      } else if (next.startsWith('?<')) {
        this.at = this.s.indexOf('>', this.at) + 1; // a named group
      } else {
        this.at = this.s.length; // flags or anything unknown: give up
        return ANY;
      }
    }
    const inner = this.alternation();
    if (this.s[this.at] !== ')') {
      this.at = this.s.length + 1;
      return ANY;
    }
    this.at++;
    return lookaround ? EMPTY : inner;
  }

  private escape(): Reading {
    const c = this.s[this.at + 1];
    this.at += 2;
    if (c === 'p' || c === 'P') {
      if (this.s[this.at] === '{') this.at = this.s.indexOf('}', this.at) + 1;
      return ANY;
    }
    if (c === 'b' || c === 'B') return EMPTY;
    if ('dDsSwW'.includes(c)) return ANY;
    if (c === 'u' || c === 'x' || c === 'c' || c === 'k' || /\d/.test(c)) {
      // code points, control characters, back references: read as unknown
      if (c === 'u' && this.s[this.at] === '{') this.at = this.s.indexOf('}', this.at) + 1;
      else if (c === 'u') this.at += 4;
      else if (c === 'x') this.at += 2;
      else if (c === 'c') this.at += 1;
      else if (c === 'k' && this.s[this.at] === '<') this.at = this.s.indexOf('>', this.at) + 1;
      return ANY;
    }
    if (c === 'n' || c === 'r' || c === 't' || c === 'f' || c === 'v') return { exact: [{ n: '\n', r: '\r', t: '\t', f: '\f', v: '\v' }[c]], needs: null };
    return { exact: [c.toLowerCase()], needs: null };
  }

  private skipClass(): void {
    this.at++; // "[" (in JavaScript "[]" and "[^]" end at their "]")
    if (this.s[this.at] === '^') this.at++;
    while (this.at < this.s.length && this.s[this.at] !== ']') this.at += this.s[this.at] === '\\' ? 2 : 1;
    this.at++;
  }

  /** a quantifier after the atom: optional parts add the empty string, repeated ones keep only what they need */
  private quantified(atom: Reading): Reading {
    const c = this.s[this.at];
    let min: number;
    let once = false;
    if (c === '?') {
      min = 0;
      once = true;
      this.at++;
    } else if (c === '*') {
      min = 0;
      this.at++;
    } else if (c === '+') {
      min = 1;
      this.at++;
    } else if (c === '{' && /^\{\d+(?:,\d*)?\}/.test(this.s.slice(this.at, this.at + 12))) {
      const end = this.s.indexOf('}', this.at);
      const [lo, hi] = this.s.slice(this.at + 1, end).split(',');
      min = Number(lo);
      once = hi === undefined ? min === 1 : hi === lo && min === 1;
      this.at = end + 1;
      if (once && min === 1) {
        if (this.s[this.at] === '?') this.at++;
        return atom;
      }
    } else return atom;
    if (this.s[this.at] === '?') this.at++; // lazy
    if (once && min === 0) return { exact: atom.exact ? [...atom.exact, ''] : null, needs: null };
    if (min === 0) return ANY;
    return { exact: null, needs: needsOf(atom) };
  }
}
