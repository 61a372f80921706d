/**
 * The extraction bench (issue 14, item 4): every labelled corpus page is parsed with `cheerio.load` alone and extracted
 * (Cheerio adapter + pipeline, as the service and the CLI run it) in the same run, interleaved page by page so that
 * load on the shared cores hits both alike. Figures: the median over pages of each page's median time — for the parse
 * alone, each pipeline stage (shared/extract/index.ts STAGES, timed by its StageTimer hook), and the whole — and the
 * whole's ratio to the parse (target ≤ 3×); then the worst cases once each (extraction-worst.ts, target ≤ 2 s).
 */
import { load } from 'cheerio';
import { cheerioView } from '../service/extract/cheerio-view.ts';
import { extract, STAGES, type Stage } from '../shared/extract/index.ts';
import { readCorpus } from '../scripts/eval/corpus.ts';
import { worstCaseTimes } from './extraction-worst.ts';
import type { Bench, BenchFigure } from './types.ts';

const ROUNDS = 7;
const TARGET_RATIO = 3;
/** the bound for each worst case (issue 14, item 4) */
const WORST_CASE_MS = 2000;
const ITEMS = new Intl.PluralRules('en');

type Part = 'parse' | 'view' | Stage | 'total';
const PARTS: Part[] = ['parse', 'view', ...STAGES, 'total'];

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** One page once: the parse alone, then the extraction with its stages. */
function measure(page: { html: string; url: string; now: Date }): Record<Part, number> {
  const times = {} as Record<Part, number>;
  let t = performance.now();
  load(page.html);
  times.parse = performance.now() - t;
  t = performance.now();
  const view = cheerioView(page.html);
  times.view = performance.now() - t;
  extract({ view, url: page.url, now: page.now }, (stage, ms) => (times[stage] = (times[stage] ?? 0) + ms));
  times.total = performance.now() - t;
  return times;
}

/** Per part, the median over pages of each page's median over rounds (ms). */
export function extractionTimes(pages: Array<{ html: string; url: string; now: Date }>, rounds = ROUNDS): Record<Part, number> {
  for (const page of pages) measure(page); // warm-up: compile before measuring
  const samples = pages.map(() => Object.fromEntries(PARTS.map((p) => [p, [] as number[]])) as Record<Part, number[]>);
  for (let r = 0; r < rounds; r++) {
    pages.forEach((page, i) => {
      const times = measure(page);
      for (const p of PARTS) samples[i][p].push(times[p] ?? 0);
    });
  }
  return Object.fromEntries(PARTS.map((p) => [p, median(samples.map((s) => median(s[p])))])) as Record<Part, number>;
}

/** ms → whole µs (a corpus page takes well under a millisecond to parse) */
const us = (ms: number) => Math.round(ms * 1000);

export const benchExtraction: Bench = async () => {
  const pages = (await readCorpus()).map((c) => ({ html: c.html, url: c.url, now: new Date(`${c.now}T12:00:00Z`) }));
  const ms = extractionTimes(pages);
  const parse = { name: 'cheerio.load alone', value: us(ms.parse) };
  const per = `median per page, ${pages.length} corpus pages, median of ${ROUNDS}`;
  const figures: BenchFigure[] = [{ name: `extraction: cheerio.load alone (${per})`, value: parse.value, unit: 'µs' }];
  figures.push({ name: 'extraction: Cheerio adapter (load + view)', value: us(ms.view), unit: 'µs', baseline: parse });
  for (const stage of STAGES) figures.push({ name: `extraction: stage ${stage}`, value: us(ms[stage]), unit: 'µs', baseline: parse });
  figures.push({ name: 'extraction: whole (adapter + every stage)', value: us(ms.total), unit: 'µs', baseline: parse, target: `≤ ${TARGET_RATIO * 100} %` });
  figures.push({ name: 'extraction: whole ÷ cheerio.load', value: Math.round((ms.total / ms.parse) * 100) / 100, unit: '×', target: `≤ ${TARGET_RATIO}` });
  for (const worst of worstCaseTimes()) {
    figures.push({
      name: `extraction worst case: ${worst.name}, adapter + pipeline (${worst.items} ${ITEMS.select(worst.items) === 'one' ? 'item' : 'items'})`,
      value: Math.round(worst.extractMs),
      unit: 'ms',
      baseline: { name: 'building the page', value: Math.round(worst.parseMs) },
      target: `≤ ${WORST_CASE_MS.toLocaleString('en-US')} ms`,
    });
  }
  return figures;
};
