/**
 * The first compound that names a programme by its ending ("Kleinprojektefonds", "Landeswettbewerb"): what
 * /(?<![\p{L}-])(\p{Lu}[\p{L}-]*(?:ENDS))(?![\p{L}])/u finds, found from the endings instead of trying every capital
 * letter of the text (the pattern backtracks through every capitalised word: the costliest search over a whole page).
 *
 * A match starts where a run of letters and hyphens starts with a capital, and ends, for the first such run holding
 * an ending, at the last ending of that run that no letter follows.
 */
import { codePointAt, codePointBefore } from './code-points.ts';

const WORD_CHAR = /^[\p{L}-]$/u;
const LETTER = /^\p{L}$/u;
const CAPITAL = /^\p{Lu}$/u;

export function firstCompound(text: string, ends: readonly string[]): string | undefined {
  // every place an ending stands with no letter after it, in text order
  const stops: Array<{ at: number; end: number }> = [];
  for (const word of ends) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      const end = at + word.length;
      if (!LETTER.test(codePointAt(text, end))) stops.push({ at, end });
    }
  }
  if (!stops.length) return undefined;
  stops.sort((a, b) => a.at - b.at);
  let best: { start: number; end: number } | undefined;
  let previous = -1; // the stop before, and where its run starts
  let previousStart = -1;
  for (const stop of stops) {
    const sameRun = previous >= 0 && inOneRun(text, previous, stop.at);
    // a later run starts later: the first run with a match holds the match
    if (best && !sameRun) break;
    const start = sameRun ? previousStart : runStart(text, stop.at);
    previous = stop.at;
    previousStart = start;
    const first = codePointAt(text, start);
    if (!CAPITAL.test(first) || stop.at < start + first.length) continue;
    // within one run the pattern backtracks from the run's end: the last ending wins
    if (!best) best = { start, end: stop.end };
    else best.end = Math.max(best.end, stop.end);
  }
  return best && text.slice(best.start, best.end);
}

/** Where the run of letters and hyphens holding position `i` starts. */
function runStart(text: string, i: number): number {
  let start = i;
  for (let c = codePointBefore(text, start); c && WORD_CHAR.test(c); c = codePointBefore(text, start)) start -= c.length;
  return start;
}

/** Only letters and hyphens from `from` up to `to`: both stand in one run. */
function inOneRun(text: string, from: number, to: number): boolean {
  if (from < 0) return false;
  for (let i = from; i < to; ) {
    const c = codePointAt(text, i);
    if (!WORD_CHAR.test(c)) return false;
    i += c.length;
  }
  return true;
}
