/**
 * Calibration: how often a field is right at the confidence the extractor gives it, cross-validated by site (every page
 * read by the extractor fitted without its site — the folds of shared/eval). The extractor's raw confidences are the
 * "before"; the "after" maps them with a calibration (scripts/train/calibration.ts) fitted, for each fold, on the
 * cross-validated answers of the other folds only (nested: the map applied to a fold never saw that fold's labels), so
 * predicted and observed are compared on unseen sites. Per field: the expected calibration error (ECE, ten equal-width
 * bins) and the Brier score before and after, and how the preview's "bitte prüfen" threshold (UNCERTAIN_BELOW)
 * splits the calibrated answers; per field and confidence bucket: answers, mean confidence and share right.
 */
import type { Fit, LabelledCase } from '../../shared/eval/cross-validate.ts';
import { assignFolds, DEFAULT_FOLDS, DEFAULT_SEED, siteOf } from '../../shared/eval/folds.ts';
import { fieldRight, match, normalize } from '../../shared/eval/score.ts';
import { CALIBRATED_FIELDS, calibratedConfidence, groupKeys, type CalibratedField } from '../../shared/extract/model/calibration-map.ts';
import type { Draft } from '../../shared/extract/types.ts';
import { UNCERTAIN_BELOW } from '../../extension/lib/clip/uncertain.ts';
import { CALIBRATION_OPTIONS, fitCalibration, type CalibrationAnswer, type CalibrationOptions } from '../train/calibration.ts';

/** the bucket edges (lower bounds) of the table */
const EDGES = [0, 0.5, 0.7, 0.85] as const;
const ECE_BINS = 10;

/** One matched field answer of a held-out page: its fold, field, raw confidence, group keys and whether it was right. */
export interface FoldAnswer extends CalibrationAnswer {
  fold: number;
  field: CalibratedField;
  /** the calibrated confidence, from a map fitted without this answer's fold (nestedCalibration) */
  calibrated?: number;
}

export interface CalibrationRow {
  field: CalibratedField;
  /** "0.50–0.70" */
  bucket: string;
  n: number;
  predicted: number;
  observed: number;
}

export interface FieldCalibration {
  field: CalibratedField;
  n: number;
  /** share right */
  rate: number;
  ece: { raw: number; calibrated: number };
  brier: { raw: number; calibrated: number };
  /** calibrated answers below the "bitte prüfen" threshold: how many, and the share right of those and of the rest */
  marked: { n: number; right: number | null; rightOtherwise: number | null };
}

export interface Calibration {
  fields: FieldCalibration[];
  /** buckets of the raw confidence */
  raw: CalibrationRow[];
  /** buckets of the calibrated confidence */
  calibrated: CalibrationRow[];
}

/** Every matched field answer of every page, read by the extractor fitted without its fold (raw confidences). */
export async function calibrationAnswers(cases: readonly LabelledCase[], fit: Fit, options: { folds?: number; seed?: string } = {}): Promise<FoldAnswer[]> {
  const folds = options.folds ?? DEFAULT_FOLDS;
  const foldOf = assignFolds(cases.map(siteOf), folds, options.seed ?? DEFAULT_SEED);
  const answers: FoldAnswer[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const extractor = await fit(cases.filter((_, i) => foldOf[i] !== fold));
    cases.forEach((c, i) => {
      if (foldOf[i] !== fold) return;
      const predictions = extractor({ html: c.html, url: c.url, now: c.now });
      const gots = predictions.map((p) => normalize(p, c.now));
      for (const [want, got] of match(c.items.map((it) => normalize(it, c.now)), gots).pairs) {
        if (!got) continue;
        const draft = predictions[gots.indexOf(got)] as unknown as Draft;
        for (const field of CALIBRATED_FIELDS) {
          const raw = draft.confidence?.[field];
          if (typeof raw !== 'number') continue;
          answers.push({ fold, field, raw, right: fieldRight(field, want, got), keys: groupKeys(draft, field) });
        }
      }
    });
  }
  return answers;
}

/** The answers with their calibrated confidence, each from the map fitted on the other folds' answers. */
export function nestedCalibration(answers: readonly FoldAnswer[], folds: number, options: CalibrationOptions = CALIBRATION_OPTIONS): FoldAnswer[] {
  const out: FoldAnswer[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const map = fitCalibration(answers.filter((a) => a.fold !== fold), options);
    for (const a of answers) {
      if (a.fold !== fold) continue;
      out.push({ ...a, calibrated: calibratedConfidence(map, a.keys, a.raw) });
    }
  }
  return out;
}

/** Expected calibration error: per equal-width bin, |mean confidence − share right|, weighted by the bin's answers. */
export function expectedCalibrationError(points: ReadonlyArray<{ p: number; right: boolean }>, bins = ECE_BINS): number {
  const sums = Array.from({ length: bins }, () => ({ n: 0, p: 0, right: 0 }));
  for (const { p, right } of points) {
    const s = sums[Math.min(bins - 1, Math.max(0, Math.floor(p * bins)))];
    s.n++;
    s.p += p;
    s.right += right ? 1 : 0;
  }
  return points.length ? sums.reduce((e, s) => e + Math.abs(s.p - s.right), 0) / points.length : 0;
}

const brier = (points: ReadonlyArray<{ p: number; right: boolean }>) => (points.length ? points.reduce((e, { p, right }) => e + (p - (right ? 1 : 0)) ** 2, 0) / points.length : 0);
const share = (list: readonly FoldAnswer[]) => (list.length ? list.filter((a) => a.right).length / list.length : null);
const bucketOf = (c: number) => EDGES.reduce<number>((at, edge, i) => (c >= edge ? i : at), 0);
const label = (i: number) => `${EDGES[i].toFixed(2)}–${i + 1 < EDGES.length ? EDGES[i + 1].toFixed(2) : '1.00'}`;

function bucketRows(answers: readonly FoldAnswer[], confidence: (a: FoldAnswer) => number): CalibrationRow[] {
  return CALIBRATED_FIELDS.flatMap((field) =>
    EDGES.flatMap((_, i) => {
      const list = answers.filter((a) => a.field === field && bucketOf(confidence(a)) === i);
      if (!list.length) return [];
      return [{ field, bucket: label(i), n: list.length, predicted: list.reduce((s, a) => s + confidence(a), 0) / list.length, observed: share(list)! }];
    }),
  );
}

/** Predicted vs observed per field, before and after the (nested, cross-validated) calibration. */
export async function calibration(cases: readonly LabelledCase[], fit: Fit, options: { folds?: number; seed?: string } = {}): Promise<Calibration> {
  const folds = options.folds ?? DEFAULT_FOLDS;
  const answers = nestedCalibration(await calibrationAnswers(cases, fit, options), folds);
  return summarize(answers);
}

/** The per-field figures and bucket tables of calibrated answers. */
export function summarize(answers: readonly FoldAnswer[]): Calibration {
  const after = (a: FoldAnswer) => a.calibrated ?? a.raw;
  const fields = CALIBRATED_FIELDS.flatMap((field): FieldCalibration[] => {
    const list = answers.filter((a) => a.field === field);
    if (!list.length) return [];
    const raw = list.map((a) => ({ p: a.raw, right: a.right }));
    const calibrated = list.map((a) => ({ p: after(a), right: a.right }));
    const marked = list.filter((a) => after(a) < UNCERTAIN_BELOW);
    return [
      {
        field,
        n: list.length,
        rate: share(list)!,
        ece: { raw: expectedCalibrationError(raw), calibrated: expectedCalibrationError(calibrated) },
        brier: { raw: brier(raw), calibrated: brier(calibrated) },
        marked: { n: marked.length, right: share(marked), rightOtherwise: share(list.filter((a) => after(a) >= UNCERTAIN_BELOW)) },
      },
    ];
  });
  return { fields, raw: bucketRows(answers, (a) => a.raw), calibrated: bucketRows(answers, after) };
}

function table(cells: string[][], markdown: boolean): string {
  if (markdown) return [cells[0], cells[0].map(() => '---'), ...cells.slice(1)].map((r) => `| ${r.join(' | ')} |`).join('\n');
  const widths = cells[0].map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  return cells.map((r) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd()).join('\n');
}

const fixed = (v: number | null, digits = 2) => (v === null ? '–' : v.toFixed(digits));

/** The calibration tables, readable or as Markdown: per field before/after, then the buckets before and after. */
export function calibrationTable(result: Calibration, markdown = false): string {
  const summary = [
    ['field', 'answers', 'right', 'ECE raw', 'ECE calibrated', 'Brier raw', 'Brier calibrated', `marked < ${UNCERTAIN_BELOW}`, 'right when marked', 'right otherwise'],
    ...result.fields.map((f) => [f.field, String(f.n), fixed(f.rate), fixed(f.ece.raw, 3), fixed(f.ece.calibrated, 3), fixed(f.brier.raw, 3), fixed(f.brier.calibrated, 3), String(f.marked.n), fixed(f.marked.right), fixed(f.marked.rightOtherwise)]),
  ];
  const buckets = (rows: CalibrationRow[], name: string) => [['field', name, 'answers', 'predicted', 'observed'], ...rows.map((r) => [r.field, r.bucket, String(r.n), r.predicted.toFixed(2), r.observed.toFixed(2)])];
  return [table(summary, markdown), table(buckets(result.raw, 'raw confidence'), markdown), table(buckets(result.calibrated, 'calibrated'), markdown)].join('\n\n');
}
