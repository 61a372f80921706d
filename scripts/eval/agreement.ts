/**
 * How far a second labeller agrees with the corpus labels (`node bin/run-ts.mjs scripts/eval/agreement.ts [EVAL.json]`):
 * docs/agreement/<set>/<batch>__<case>.json hold items labelled from a corpus page alone, by someone who never saw its
 * labels; each is scored against the corpus labels by the referee's own rules (shared/eval/score.ts), as if it were
 * the extractor's output. With an `npm run eval -- --json` output the extractor's cross-validated figures over the same
 * cases are printed beside them. The agreement is the ceiling the labels allow (docs/extraction.md "Two labellers").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { figuresOf, type Figures } from '../../shared/eval/figures.ts';
import { scoreCase, type CaseScore } from '../../shared/eval/score.ts';
import { CORPUS_ROOT } from './corpus.ts';

export const AGREEMENT_ROOT = resolve(import.meta.dirname, '../../docs/agreement');

export interface Relabelled {
  set: string;
  batch: string;
  name: string;
  /** the corpus case's labels and reading day */
  labels: Array<Record<string, unknown>>;
  now: string;
  /** the second labeller's items */
  items: Array<Record<string, unknown>>;
}

/** Every re-labelled case beside its corpus case (a file naming no corpus case throws). */
export function readRelabelled(root = AGREEMENT_ROOT, corpus = CORPUS_ROOT): Relabelled[] {
  const out: Relabelled[] = [];
  for (const set of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    for (const file of readdirSync(resolve(root, set)).filter((f) => f.endsWith('.json')).sort()) {
      const [batch, name] = file.slice(0, -'.json'.length).split('__');
      const corpusCase = JSON.parse(readFileSync(resolve(corpus, batch, `${name}.json`), 'utf8'));
      const second = JSON.parse(readFileSync(resolve(root, set, file), 'utf8'));
      if (second.url !== corpusCase.url || second.now !== corpusCase.now) throw new Error(`${set}/${file}: its url or now differs from the corpus case's`);
      out.push({ set, batch, name, labels: corpusCase.items, now: corpusCase.now, items: second.items });
    }
  }
  return out;
}

/** The second labeller scored as the extractor is. */
export const agreementScores = (cases: readonly Relabelled[]): CaseScore[] => cases.map((c) => scoreCase(c.labels, c.items, c.now));

const line = (label: string, f: Figures) =>
  `${label.padEnd(44)} fields ${f.fields.toFixed(3)} · precision ${f.precision.toFixed(3)} · found ${f.found}, missed ${f.missed}, false ${f.false} · ${f.cases} cases, ${f.labelled} items`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const cases = readRelabelled();
  const newest = (batch: string) => /^real-2026-12z(?:[n-y]|z[a-z]?)$/.test(batch);
  console.log(line('second labeller against the labels', figuresOf(agreementScores(cases))));
  console.log(line('  of them batches zn and later', figuresOf(agreementScores(cases.filter((c) => newest(c.batch))))));
  for (const set of [...new Set(cases.map((c) => c.set))]) console.log(line(`  set ${set}`, figuresOf(agreementScores(cases.filter((c) => c.set === set)))));
  const evalJson = process.argv[2];
  if (evalJson) {
    const scored = new Map<string, CaseScore>((JSON.parse(readFileSync(evalJson, 'utf8')).crossValidated.cases as Array<{ batch: string; name: string; score: CaseScore }>).map((c) => [`${c.batch}/${c.name}`, c.score]));
    const of = (cs: readonly Relabelled[]) => cs.map((c) => scored.get(`${c.batch}/${c.name}`)).filter((s): s is CaseScore => !!s);
    console.log(line('the extractor (cross-validated), same cases', figuresOf(of(cases))));
    console.log(line('  of them batches zn and later', figuresOf(of(cases.filter((c) => newest(c.batch))))));
  }
}
