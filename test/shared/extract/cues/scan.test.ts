/**
 * The one-scan cue matcher (cues/scan.ts) lets a cue pattern run only on a text holding one of its words. A word the
 * scan misses would silently drop a cue, so for every pattern of the registry every text it matches must report it:
 * hand-made phrases (each pattern's own alternatives, upper-cased, with a long s, inside compounds) and every block of
 * every corpus page with its clauses and the ends the date cues read.
 */
import { describe, expect, it } from 'vitest';
import { cueSets } from '../../../../shared/extract/cues/index.ts';
import { requiredWords } from '../../../../shared/extract/cues/literals.ts';
import { titleCues } from '../../../../shared/extract/cues/title-words.ts';
import { CueWords, FOLDING_RANGES } from '../../../../shared/extract/cues/scan.ts';
import { stems, wholeWords } from '../../../../shared/extract/cues/words.ts';
import { corpusBlockTexts } from './corpus-texts.ts';

/** every pattern of the registry and the title words, named by where it stands */
function registry(): Array<[string, RegExp]> {
  const out: Array<[string, RegExp]> = [];
  const walk = (v: unknown, path: string) => {
    if (v instanceof RegExp) out.push([path, v]);
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
  };
  walk(cueSets, 'cues');
  walk(titleCues, 'titleCues');
  return out;
}

/** the pattern's matches the scan does not report */
function missed(patterns: Array<[string, RegExp]>, texts: readonly string[]): string[] {
  const out: string[] = [];
  for (const text of texts) {
    const words = new CueWords(text);
    for (const [name, p] of patterns) if (p.test(text) && !words.may(p)) out.push(`${name}: ${text.slice(0, 120)}`);
  }
  return out;
}

/** Every block text of every corpus page, its clauses and the 40 characters at each clause's end. */
function corpusTexts(): string[] {
  const texts: string[] = [];
  for (const text of corpusBlockTexts()) {
    texts.push(text);
    for (const clause of text.split(/[.;:!?]\s+|\n/u)) if (clause.length > 2 && clause !== text) texts.push(clause, `${clause.slice(-40)} `);
  }
  return texts;
}

describe('one scan per text for the cue words', () => {
  const patterns = registry();

  it('reads words for every pattern of the registry', () => {
    expect(patterns.length).toBeGreaterThan(100);
    expect(patterns.filter(([, p]) => requiredWords(p) === null).map(([n]) => n)).toEqual([]);
  });

  it('reads the words a pattern cannot match without', () => {
    expect(requiredWords(stems('(?:noch |spätestens )*bis (?:zum |am )*$'))).toEqual(['bis ']);
    expect(requiredWords(wholeWords('termin|datum von'))).toEqual(['termin', 'datum von']);
    expect(requiredWords(stems('(?:sie )?stellen ihren antrag'))).toEqual(['sie stellen ihren antrag', 'stellen ihren antrag']);
    expect(requiredWords(stems('findet .{0,60} statt|lädt .{0,40} ein'))).toEqual(['findet ', 'lädt ']);
    expect(requiredWords(/\p{L}*(?:frist|runde)\p{L}+ (?:ist|sind) beendet/iu)).toEqual([' ist beendet', ' sind beendet']);
    expect(requiredWords(/[a-z]+\d*/u)).toBeNull();
    expect(requiredWords(/x[]y|z[^]w/u)).toEqual(['x', 'z']);
    expect(requiredWords(/(?<word>ab)\k<word>c/u)).toEqual(['ab']);
    expect(requiredWords(new RegExp('[\\p{L}--[a-z]]abc', 'v'))).toBeNull();
    expect(requiredWords(/(?:ab)?c?/u)).toBeNull();
  });

  it('reads a text case-folded as a case-insensitive pattern does', () => {
    for (const text of ['ANTRAGSFRIST', 'Auſſchreibung', 'EINREICHUNGSſCHLUSS', 'STRAẞENFEST-WORKSHOP']) {
      const words = new CueWords(text);
      const found = patterns.filter(([, p]) => p.test(text));
      expect(found.length).toBeGreaterThan(0);
      expect(found.filter(([, p]) => !words.may(p)).map(([n]) => n)).toEqual([]);
    }
  });

  it('reads a letter class for every character that folds into the letters of the words', () => {
    const letters = new Set(patterns.flatMap(([, p]) => requiredWords(p) ?? []).flatMap((w) => [...w]));
    const outside: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const lower = String.fromCharCode(code).toLowerCase()[0];
      if (letters.has(lower === 'ſ' ? 's' : lower) && !FOLDING_RANGES.some(([from, to]) => code >= from && code <= to)) outside.push(code.toString(16));
    }
    expect(outside).toEqual([]);
  });

  it('never misses what a pattern finds in hand-made phrases', () => {
    const phrases: string[] = [];
    for (const [, p] of patterns) {
      for (const w of requiredWords(p) ?? []) {
        phrases.push(w, w.toUpperCase(), `Die ${w} am 1. Mai`, `Sammel${w}verfahren`, w.replaceAll('s', 'ſ'), `${w[0].toUpperCase()}${w.slice(1)}: 30.06.2026`);
      }
    }
    phrases.push('Anmeldung bis spätestens ', 'Die Bewerbungsphase ist beendet.', 'Stellenausschreibung (m/w/d)', 'The call is now closed.', 'Apply by ', 'Veranstaltung am ');
    expect(phrases.length).toBeGreaterThan(1000);
    const found = phrases.filter((t) => patterns.some(([, p]) => p.test(t)));
    expect(found.length).toBeGreaterThan(500);
    expect(missed(patterns, phrases)).toEqual([]);
  });

  it('tells a pattern it cannot match the text', () => {
    const words = new CueWords('Ein Text über Straßenbau im Landkreis');
    expect(words.may(cueSets.de.dates[0].pattern)).toBe(false);
    expect(words.test(cueSets.de.eventNouns)).toBe(false);
    expect(words.count(cueSets.de.callNouns, 3)).toBe(0);
    expect(new CueWords('Förderaufruf und Ausschreibung, ein Wettbewerb').count(cueSets.de.callNouns, 3)).toBe(3);
    // a pattern outside the registry always runs
    expect(new CueWords('xyz').test(/x/u)).toBe(true);
  });

  it('never misses what a pattern finds in a corpus block, clause or clause end', { timeout: 300_000 }, () => {
    const texts = corpusTexts();
    expect(texts.length).toBeGreaterThan(10_000);
    expect(missed(patterns, texts)).toEqual([]);
  });
});
