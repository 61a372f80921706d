/**
 * A call only described — a unit that reads as a call with no deadline and no open window the rules read — is no item
 * by the rules (assemble.ts). Of the calls the corpus misses, these are the largest group: a call page whose deadline
 * sentence no cue reaches, an entry of an overview whose dates stand without a cue word, a fund open without a date.
 * A learned decision (features/described-calls.ts, weights in model/described-calls.ts, fitted by `npm run train`)
 * says what such a unit is: no item, an item open without a date, or an item that closes on its own dates no cue
 * explained. The unit becomes an item only when the model is sure it is one (`threshold` on 1 − P(none)). Pure.
 */
import type { DescribedClass } from './features/described-calls.ts';
import { predict, type LogisticModel } from './model/logistic.ts';

export interface DescribedCallModel {
  model: LogisticModel<DescribedClass>;
  /** from this probability of being an item (open or dated) the unit is one */
  threshold: number;
}

/** A described call as the trainer sees it (scripts/train/described-calls.ts). */
export interface DescribedCandidate {
  features: string[];
  title: string;
  /** the days (and times) the unit would close on as a dated item, YYYY-MM-DD[THH:MM] */
  dated: string[];
}

/** What the model makes of a described call: no item, an open item, an item closing on its own dates. */
export function decideDescribed(m: DescribedCallModel, features: string[], hasDates: boolean): { decision: DescribedClass; p: number } {
  const { probabilities } = predict(m.model, features);
  const at = (c: DescribedClass) => probabilities[m.model.classes.indexOf(c)] ?? 0;
  const p = 1 - at('none');
  if (p < m.threshold) return { decision: 'none', p };
  return { decision: hasDates && at('dated') > at('open') ? 'dated' : 'open', p };
}
