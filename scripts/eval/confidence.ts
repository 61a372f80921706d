/**
 * `node bin/run-ts.mjs scripts/eval/confidence.ts`: how well the extractor's per-field `confidence` separates right from
 * wrong answers on the labelled corpus — the data behind the preview's "bitte prüfen" threshold (docs/extraction.md).
 * For every labelled item the extractor found, each scored field is right or wrong (shared/eval/score.ts rules); the
 * report gives, per field and per threshold, how many answers fall below it and how often those and the rest are right.
 */
import { FIELDS, fieldRight, match, normalize, type Field } from '../../shared/eval/score.ts';
import { currentExtractor } from './fit.ts';
import { readCorpus } from './corpus.ts';

const THRESHOLDS = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8];
/** the draft's confidence key for a scored field */
const KEY: Partial<Record<Field, string>> = { kind: 'kind', title: 'title', deadlines: 'deadlines', start: 'start', end: 'end', location: 'location', organizer: 'organizer' };

const answers: Record<string, Array<{ confidence: number; right: boolean }>> = {};
for (const c of await readCorpus()) {
  const predictions = currentExtractor({ html: c.html, url: c.url, now: c.now });
  const gots = predictions.map((p) => normalize(p, c.now));
  const { pairs } = match(c.items.map((it) => normalize(it, c.now)), gots);
  for (const [want, got] of pairs) {
    if (!got) continue;
    const confidence = (predictions[gots.indexOf(got)].confidence ?? {}) as Record<string, number>;
    for (const field of FIELDS) {
      const key = KEY[field];
      if (!key || typeof confidence[key] !== 'number') continue;
      (answers[field] ??= []).push({ confidence: confidence[key], right: fieldRight(field, want, got) });
    }
  }
}

const share = (list: Array<{ right: boolean }>) => (list.length ? (list.filter((a) => a.right).length / list.length).toFixed(3) : '–');
const lines = ['field       threshold  below  right below  right at/above'];
for (const [field, list] of Object.entries(answers)) {
  for (const t of THRESHOLDS) {
    const below = list.filter((a) => a.confidence < t);
    const above = list.filter((a) => a.confidence >= t);
    lines.push(`${field.padEnd(11)} ${t.toFixed(2).padEnd(10)} ${String(below.length).padEnd(6)} ${share(below).padEnd(12)} ${share(above)} (${above.length})`);
  }
}
process.stdout.write(`${lines.join('\n')}\n`);
