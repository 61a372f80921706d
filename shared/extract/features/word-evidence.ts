/**
 * Word evidence learned from the corpus (pure): a decision's model may carry a table of words with the log-odds they
 * added, on the training pages, to a candidate being right (fitted by `npm run train`, scripts/train/word-evidence.ts,
 * inside each fold of the evaluation, only from words that stood on pages of several sites). A candidate's features
 * say how strong that evidence is — its sum, its strongest word for and against — in buckets; the words themselves
 * are never features, so no feature names a site, a page or a title.
 *
 * A text's words are its `titleWords` (lower case, no accents, no stop words) and, for a long word, its last six
 * letters as `~ending` — the head of a German compound ("Informations|veranstaltung", "Klima|fonds") that a short
 * table can know without every compound.
 */
import { bucket } from './bucket.ts';
import { titleWords } from './title.ts';

/** A fitted table: word → log-odds (shrunk towards 0, rounded). Absent words add nothing. */
export interface WordEvidence {
  readonly weights: Readonly<Record<string, number>>;
}

/** A word this long also gives its compound head (its last HEAD letters). */
const LONG = 10;
const HEAD = 6;

/** The words a table is fitted on and read with: each once, in the text's order. */
export function evidenceWords(text: string | undefined): string[] {
  if (!text) return [];
  const out = new Set<string>();
  for (const w of titleWords(text)) {
    if (/^\d+$/.test(w)) continue;
    out.add(w);
    if (w.length >= LONG) out.add(`~${w.slice(-HEAD)}`);
  }
  return [...out];
}

const maps = new WeakMap<WordEvidence, ReadonlyMap<string, number>>();

/** The table as a map, made once per table (a word such as "constructor" is no property of it). */
function mapOf(table: WordEvidence): ReadonlyMap<string, number> {
  let map = maps.get(table);
  if (!map) maps.set(table, (map = new Map(Object.entries(table.weights))));
  return map;
}

/** What a table says about some words: the sum, the strongest for and against, how many words it knows. */
export function evidenceOf(words: Iterable<string>, table: WordEvidence): { sum: number; max: number; min: number; known: number } {
  let sum = 0;
  let max = 0;
  let min = 0;
  let known = 0;
  const w = mapOf(table);
  for (const word of words) {
    const v = w.get(word);
    if (v === undefined) continue;
    known++;
    sum += v;
    if (v > max) max = v;
    if (v < min) min = v;
  }
  return { sum, max, min, known };
}

const SUM_EDGES = [-3, -1.5, -0.5, 0.5, 1.5, 3];
const ONE_EDGES = [-1.5, -0.75, -0.25, 0.25, 0.75, 1.5];

/**
 * The features of some words under a table, named `<prefix>:sum:…`, `<prefix>:max:…`, `<prefix>:min:…`
 * (`<prefix>:none` when the table knows none of them); no table: no features.
 */
export function evidenceFeatures(prefix: string, words: Iterable<string>, table: WordEvidence | undefined): string[] {
  if (!table) return [];
  const e = evidenceOf(words, table);
  if (!e.known) return [`${prefix}:none`];
  return [`${prefix}:sum:${bucket(e.sum, SUM_EDGES)}`, `${prefix}:max:${bucket(e.max, ONE_EDGES)}`, `${prefix}:min:${bucket(e.min, ONE_EDGES)}`];
}
