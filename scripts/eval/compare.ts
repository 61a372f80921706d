/**
 * The variants side by side (`npm run eval -- --compare`): every fit of FITS cross-validated by site on the same pages
 * (models fitted inside each fold), pooled and over the batches from real pages (`real-*`, which no rule was tuned on)
 * combined. The figures a default is switched by (docs/extraction.md).
 */
import { evaluate, type LabelledCase } from '../../shared/eval/cross-validate.ts';
import { figuresOf, type Figures } from '../../shared/eval/figures.ts';
import { FITS, type FitName } from './fit.ts';

export interface VariantFigures {
  fit: FitName;
  pooled: Figures;
  real: Figures;
}

/** the batches written from real pages */
export const isReal = (batch: string) => batch.startsWith('real-');

export async function compareFits(cases: readonly LabelledCase[], options: { folds?: number; seed?: string } = {}): Promise<VariantFigures[]> {
  const out: VariantFigures[] = [];
  for (const name of Object.keys(FITS) as FitName[]) {
    const { crossValidated } = await evaluate(cases, FITS[name], options);
    out.push({ fit: name, pooled: crossValidated.pooled, real: figuresOf(crossValidated.cases.filter((c) => isReal(c.batch)).map((c) => c.score)) });
  }
  return out;
}

export function compareTable(rows: VariantFigures[], markdown = false): string {
  const f3 = (x: number) => x.toFixed(3);
  const cells = [
    ['variant', 'fields', 'precision', 'title F1', 'deadlines F1', 'found/missed/false', 'real: fields', 'real: precision', 'real: title F1', 'real: found/missed/false'],
    ...rows.map(({ fit, pooled: p, real: r }) => [fit, f3(p.fields), f3(p.precision), f3(p.perField.title.f1), f3(p.perField.deadlines.f1), `${p.found}/${p.missed}/${p.false}`, f3(r.fields), f3(r.precision), f3(r.perField.title.f1), `${r.found}/${r.missed}/${r.false}`]),
  ];
  if (markdown) return [cells[0], cells[0].map(() => '---'), ...cells.slice(1)].map((r) => `| ${r.join(' | ')} |`).join('\n');
  const widths = cells[0].map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  return cells.map((r) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd()).join('\n');
}
