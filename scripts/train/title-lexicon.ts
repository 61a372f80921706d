/**
 * Fits the title model's lexicon of label words (pure): the words that stood in headings that were not the item's
 * title on at least MIN_PAGES training pages and in a right heading on at most SHARE of the pages that use them
 * ("Termine", "Bewerbung", "Neues"). Numbers are left out (years and issues are the date's, not a label's). Sorted, so
 * the same samples give the same lexicon; fitted from the training pages alone, so each fold of the evaluation fits
 * its own (scripts/eval/fit.ts → fitTitleModel).
 */
import { titleWords } from '../../shared/extract/features/title.ts';

/** a word must stand in wrong candidates on this many pages */
export const MIN_PAGES = 4;
/** and in right candidates on at most this share of the pages it stands in */
export const SHARE = 0.2;

export interface LexiconSample {
  case: string;
  text: string;
  /** 1: the candidate is (one of) the item's right title(s) */
  label: number;
  /** its word overlap with the labelled title */
  overlap: number;
  /** its own features (its sources: `src:heading`) */
  own: readonly string[];
}

/** the candidates whose words are counted: headings (a name read out of the text or a publisher's is no label) */
const HEADING = new Set(['src:heading', 'src:subtitle', 'src:hero']);

export function fitLexicon(samples: readonly LexiconSample[]): string[] {
  const wrong = new Map<string, Set<string>>();
  const right = new Map<string, Set<string>>();
  const note = (into: Map<string, Set<string>>, word: string, page: string) => {
    const pages = into.get(word);
    if (pages) pages.add(page);
    else into.set(word, new Set([page]));
  };
  for (const s of samples) {
    if (!s.own.some((f) => HEADING.has(f))) continue;
    // a candidate half right (a part of the name) is neither
    const into = s.label === 1 ? right : s.overlap < 0.5 ? wrong : undefined;
    if (!into) continue;
    for (const w of titleWords(s.text)) if (!/^\d+$/.test(w)) note(into, w, s.case);
  }
  const out: string[] = [];
  for (const [word, pages] of wrong) {
    const r = right.get(word)?.size ?? 0;
    if (pages.size >= MIN_PAGES && r <= SHARE * (pages.size + r)) out.push(word);
  }
  return out.sort();
}
