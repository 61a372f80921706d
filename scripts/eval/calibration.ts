/**
 * Calibration: how often a field is right at the confidence the extractor gives it, cross-validated by site (every page
 * read by the extractor fitted without its site — the folds of shared/eval). Per field and confidence bucket: the
 * answers, their mean confidence (predicted) and the share that is right (observed), by the scoring rules.
 */
import type { Fit, LabelledCase } from '../../shared/eval/cross-validate.ts';
import { assignFolds, siteOf } from '../../shared/eval/folds.ts';
import { fieldRight, match, normalize, type Field } from '../../shared/eval/score.ts';

/** the scored fields that carry a confidence, and the bucket edges (lower bounds) */
const FIELDS: readonly Field[] = ['kind', 'title', 'deadlines', 'start', 'end', 'location', 'organizer'];
const EDGES = [0, 0.5, 0.7, 0.85] as const;

export interface CalibrationRow {
  field: Field;
  /** "0.50–0.70" */
  bucket: string;
  n: number;
  predicted: number;
  observed: number;
}

const bucketOf = (c: number) => EDGES.reduce((at, edge, i) => (c >= edge ? i : at), 0);
const label = (i: number) => `${EDGES[i].toFixed(2)}–${i + 1 < EDGES.length ? EDGES[i + 1].toFixed(2) : '1.00'}`;

export async function calibration(cases: readonly LabelledCase[], fit: Fit, options: { folds?: number; seed?: string } = {}): Promise<CalibrationRow[]> {
  const folds = options.folds ?? 5;
  const foldOf = assignFolds(cases.map(siteOf), folds, options.seed ?? 'callwatch');
  const sums = new Map<string, { n: number; predicted: number; right: number }>();
  for (let fold = 0; fold < folds; fold++) {
    const extractor = await fit(cases.filter((_, i) => foldOf[i] !== fold));
    cases.forEach((c, i) => {
      if (foldOf[i] !== fold) return;
      const predictions = extractor({ html: c.html, url: c.url, now: c.now });
      const gots = predictions.map((p) => normalize(p, c.now));
      for (const [want, got] of match(c.items.map((it) => normalize(it, c.now)), gots).pairs) {
        if (!got) continue;
        const confidence = (predictions[gots.indexOf(got)].confidence ?? {}) as Record<string, unknown>;
        for (const field of FIELDS) {
          const value = confidence[field];
          if (typeof value !== 'number') continue;
          const key = `${field}|${bucketOf(value)}`;
          const s = sums.get(key) ?? { n: 0, predicted: 0, right: 0 };
          sums.set(key, { n: s.n + 1, predicted: s.predicted + value, right: s.right + (fieldRight(field, want, got) ? 1 : 0) });
        }
      }
    });
  }
  return FIELDS.flatMap((field) =>
    EDGES.flatMap((_, i) => {
      const s = sums.get(`${field}|${i}`);
      return s ? [{ field, bucket: label(i), n: s.n, predicted: s.predicted / s.n, observed: s.right / s.n }] : [];
    }),
  );
}

/** The calibration table, readable or as Markdown. */
export function calibrationTable(rows: CalibrationRow[], markdown = false): string {
  const cells = [['field', 'confidence', 'answers', 'predicted', 'observed'], ...rows.map((r) => [r.field, r.bucket, String(r.n), r.predicted.toFixed(2), r.observed.toFixed(2)])];
  if (markdown) return [cells[0], cells[0].map(() => '---'), ...cells.slice(1)].map((r) => `| ${r.join(' | ')} |`).join('\n');
  const widths = cells[0].map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  return cells.map((r) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd()).join('\n');
}
