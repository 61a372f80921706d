/**
 * Figures over a set of scored pages: per field precision, recall and F1; items found, missed and false; the referee's
 * field score and item precision. Per field, a right answer counts for recall over the labelled items and for precision
 * over the predicted items (a false item is a wrong answer in every field, a missed item a missing one).
 */
import { FIELDS, REFEREE_FIELDS, type CaseScore, type Field } from './score.ts';

export interface FieldFigures {
  precision: number;
  recall: number;
  f1: number;
}

export interface Figures {
  cases: number;
  labelled: number;
  predicted: number;
  /** labelled items with a matching prediction */
  found: number;
  missed: number;
  /** predictions that match no label */
  false: number;
  /** items: found / predicted (the referee's "precision") */
  precision: number;
  /** items: found / labelled */
  recall: number;
  /** the referee's "fields": right answers in its seven fields over 7 × labelled */
  fields: number;
  /** the same over all eight fields, organizer included */
  fieldsWithOrganizer: number;
  perField: Record<Field, FieldFigures>;
}

const share = (n: number, of: number, empty: number) => (of ? n / of : empty);
const harmonic = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);

/** Sums the scores of several pages into figures. */
export function figuresOf(scores: CaseScore[]): Figures {
  let labelled = 0;
  let predicted = 0;
  let found = 0;
  const right = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
  for (const s of scores) {
    labelled += s.labelled;
    predicted += s.predicted;
    found += s.matched;
    for (const f of FIELDS) right[f] += s.right[f];
  }
  const sum = (fields: readonly Field[]) => fields.reduce((n, f) => n + right[f], 0);
  const perField = Object.fromEntries(
    FIELDS.map((f) => {
      const recall = share(right[f], labelled, 1);
      const precision = share(right[f], predicted, labelled ? 0 : 1);
      return [f, { precision, recall, f1: harmonic(precision, recall) }];
    }),
  ) as Record<Field, FieldFigures>;
  return {
    cases: scores.length,
    labelled,
    predicted,
    found,
    missed: labelled - found,
    false: predicted - found,
    precision: share(found, predicted, labelled ? 0 : 1),
    recall: share(found, labelled, 1),
    fields: share(sum(REFEREE_FIELDS), REFEREE_FIELDS.length * labelled, 1),
    fieldsWithOrganizer: share(sum(FIELDS), FIELDS.length * labelled, 1),
    perField,
  };
}

/** The figures a floor pins, flat: the summary figures and each field's F1 ("title.f1"). */
export function gatedFigures(f: Figures): Record<string, number> {
  const out: Record<string, number> = { fields: f.fields, fieldsWithOrganizer: f.fieldsWithOrganizer, precision: f.precision, recall: f.recall };
  for (const field of FIELDS) out[`${field}.f1`] = f.perField[field].f1;
  return out;
}
