/**
 * Label words learned from the corpus (pure): a title model may carry a lexicon of words that, on the training pages,
 * stood in many candidates that were not the item's title and almost never in one that was ("Termine", "Bewerbung",
 * "Mitmachen", "Neues" — fitted by `npm run train`, scripts/train/title-lexicon.ts, inside each fold of the evaluation).
 * A candidate's features say how much of it is such words; the words themselves are never features.
 */
import type { LogisticModel } from '../model/logistic.ts';
import type { TitleClass } from '../model/title-class.ts';
import { titleWords } from './title.ts';

/** A title model with the label words fitted beside it (absent: no lexicon features). */
export type TitleModel = LogisticModel<TitleClass> & { lexicon?: readonly string[] };

const sets = new WeakMap<readonly string[], ReadonlySet<string>>();

/** The lexicon as a set, made once per model. */
export function lexiconOf(model: TitleModel | undefined): ReadonlySet<string> | undefined {
  const list = model?.lexicon;
  if (!list?.length) return undefined;
  let set = sets.get(list);
  if (!set) sets.set(list, (set = new Set(list)));
  return set;
}

/** How much of a candidate is learned label words: `lex:all`, `lex:half`, `lex:some` (none: nothing), `lex:first`. */
export function lexiconFeatures(text: string, lexicon: ReadonlySet<string> | undefined, textWords?: ReadonlySet<string>): string[] {
  if (!lexicon) return [];
  // `textWords`: the text's titleWords when the caller has them (the title choice reads each candidate's once per unit)
  const words = [...(textWords ?? titleWords(text))].filter((w) => !/^\d+$/.test(w));
  if (!words.length) return [];
  const n = words.filter((w) => lexicon.has(w)).length;
  const out: string[] = [];
  if (n === words.length) out.push('lex:all');
  else if (n * 2 >= words.length) out.push('lex:half');
  else if (n) out.push('lex:some');
  if (lexicon.has(words[0])) out.push('lex:first');
  return out;
}
