/**
 * The evaluation as text: a readable table for the terminal, Markdown tables for docs/extraction.md, and the history
 * row of a batch's first run.
 */
import type { CaseResult, CrossValidation, Evaluation, PlainRun } from './cross-validate.ts';
import type { Figures } from './figures.ts';
import { FIELDS } from './score.ts';

const f3 = (x: number) => x.toFixed(3);
const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const shown = (x: unknown) => (x === undefined ? '(missed)' : JSON.stringify(x));

/** Columns padded to their widest cell. */
function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd()).join('\n');
}

function markdownTable(rows: string[][]): string {
  const [head, ...body] = rows;
  return [head, head.map(() => '---'), ...body].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

const fieldRows = (f: Figures) => [['field', 'precision', 'recall', 'F1'], ...FIELDS.map((field) => [field, f3(f.perField[field].precision), f3(f.perField[field].recall), f3(f.perField[field].f1)])];

const summaryRow = (name: string, f: Figures) => [name, String(f.cases), String(f.labelled), String(f.found), String(f.missed), String(f.false), f3(f.fields), f3(f.fieldsWithOrganizer), f3(f.precision), f3(f.recall)];
const SUMMARY_HEAD = ['', 'cases', 'items', 'found', 'missed', 'false', 'fields', '+organizer', 'precision', 'recall'];

/** One line: the referee's two headline figures and the item counts. */
export function headline(f: Figures): string {
  return `fields ${f3(f.fields)} (with organizer ${f3(f.fieldsWithOrganizer)}) · precision ${f3(f.precision)} · items found ${f.found}, missed ${f.missed}, false ${f.false} · ${f.cases} cases, ${f.labelled} items`;
}

/** Every case with a wrong field, a missed or a false item, and what was wrong. */
export function missesByCase(cases: CaseResult[]): string {
  const lines: string[] = [];
  for (const c of cases) {
    const { misses, missedItems, falseItems } = c.score;
    if (!misses.length && !falseItems.length) continue;
    lines.push(`✗ ${c.batch}/${c.name}`);
    for (const t of missedItems) lines.push(`    missed item: ${cut(t, 70)}`);
    for (const m of misses) if (m.got !== undefined) lines.push(`    ${cut(m.title, 40)} ${m.field}: want ${shown(m.want)} got ${shown(m.got)}`);
    for (const t of falseItems) lines.push(`    false item: ${cut(t, 70)}`);
  }
  return lines.length ? lines.join('\n') : 'no misses';
}

function foldRows(cv: CrossValidation): string[][] {
  return [['fold', 'sites', 'cases', 'items', 'fields', 'precision'], ...cv.perFold.map((p) => [String(p.fold + 1), String(p.sites.length), String(p.figures.cases), String(p.figures.labelled), f3(p.figures.fields), f3(p.figures.precision)])];
}

/** The readable report of `npm run eval`. */
export function plainReport(e: Evaluation): string {
  const cv = e.crossValidated;
  return [
    `Extraction, cross-validated by site (${cv.folds} folds, seed "${cv.seed}"), pooled:`,
    table(fieldRows(cv.pooled)),
    '',
    headline(cv.pooled),
    '',
    'per batch (cross-validated):',
    table([SUMMARY_HEAD, ...Object.entries(cv.byBatch).map(([b, f]) => summaryRow(b, f)), summaryRow('pooled', cv.pooled)]),
    '',
    'per fold:',
    table(foldRows(cv)),
    '',
    `plain run (fitted and scored on every case): ${headline(e.plain.pooled)}`,
    '',
    'misses per case (cross-validated):',
    missesByCase(cv.cases),
  ].join('\n');
}

/** The current tables of docs/extraction.md. */
export function markdownReport(e: Evaluation): string {
  const cv = e.crossValidated;
  return [
    `Cross-validated by site, ${cv.folds} folds (seed "${cv.seed}"), pooled over ${cv.pooled.cases} cases and ${cv.pooled.labelled} labelled items:`,
    '',
    markdownTable(fieldRows(cv.pooled)),
    '',
    markdownTable([SUMMARY_HEAD.map((h, i) => (i ? h : 'batch')), ...Object.entries(cv.byBatch).map(([b, f]) => summaryRow(`\`${b}\``, f)), summaryRow('**pooled**', cv.pooled)]),
    '',
    markdownTable(foldRows(cv)),
  ].join('\n');
}

/** The first run of one batch, with the history row to paste into docs/extraction.md. */
export function firstRunReport(run: PlainRun, batch: string, day: string): string {
  const f = run.pooled;
  return [
    `First run of batch ${batch} (fitted without it):`,
    table(fieldRows(f)),
    '',
    headline(f),
    '',
    'misses per case:',
    missesByCase(run.cases),
    '',
    'history row for docs/extraction.md:',
    `| ${day} | \`${batch}\` | ${f.cases} | ${f.fields.toFixed(2)} | ${f.precision.toFixed(2)} | |`,
  ].join('\n');
}
