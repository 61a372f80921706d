/**
 * Which items are kept: one learned decision over every item the extractor makes, after the merges and before the
 * calibration (index.ts). The rules and the decisions before it make items of parts of a page that are no items — the
 * page's own unit beside its entries or as a report, a call's rounds, a teaser, a part of an event, a fragment — and no
 * single one of them sees the page's other items. A logistic regression (features/kept-items.ts, weights in
 * model/kept-items.ts, fitted by `npm run train` on the referee's own pairing: an item paired with a label is kept)
 * gives each item the probability that it is one; below `threshold` it is dropped. Pure; linear in the items.
 */
import { predict, type LogisticModel } from './model/logistic.ts';

export type KeptClass = 'drop' | 'keep';
export const KEPT_CLASSES: readonly KeptClass[] = ['drop', 'keep'];

export interface KeptItemModel {
  model: LogisticModel<KeptClass>;
  /** below this probability of being an item, an item is dropped */
  threshold: number;
}

/** An item as the trainer sees it (scripts/train/kept-items.ts): its features and its probability of being kept. */
export interface KeptCandidate {
  features: string[];
  title: string;
  /** the probability of being kept (with a model) */
  p?: number;
  /** where the item came from, and the probability of the decision that made it (a learned unit, an event line) */
  source: string;
  decided?: number;
}

/** The probability that an item with these features is one. */
export function keepProbability(m: KeptItemModel, features: string[]): number {
  return predict(m.model, features).probabilities[m.model.classes.indexOf('keep')] ?? 1;
}
