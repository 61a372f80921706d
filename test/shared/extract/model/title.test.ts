import { describe, expect, it } from 'vitest';
import { cheerioView } from '../../../../service/extract/cheerio-view.ts';
import { CORPUS_ROOT, readBatch } from '../../../../scripts/eval/corpus.ts';
import { fitTitleModel, titleSamplesOf } from '../../../../scripts/train/title.ts';
import { extract } from '../../../../shared/extract/index.ts';
import type { LogisticModel } from '../../../../shared/extract/model/logistic.ts';
import type { TitleClass } from '../../../../shared/extract/model/title-class.ts';
import type { TitleTrace } from '../../../../shared/extract/title-choice.ts';
import { page } from '../helpers.ts';

const NOW = new Date('2026-03-01T12:00:00Z');

/** The title candidates of every unit of a page, with their features, and the items (no title model). */
function traced(html: string, titleModel: LogisticModel<TitleClass> | null = null) {
  const traces: TitleTrace[] = [];
  const { items } = extract({ view: cheerioView(html), url: 'https://www.musterstiftung.de/foerderung', now: NOW, roleModel: null, titleModel, traceTitles: (t) => traces.push(t) });
  return { items, traces };
}

const candidate = (trace: TitleTrace, text: string) => trace.candidates.find((c) => c.text === text);

describe('title candidates and their features', () => {
  it('offers the real name above a generic heading, and marks the generic one by the cue list', () => {
    const { traces } = traced(
      page('<main><h1>Förderaufruf „Klimapartnerschaften 2026“</h1><p>Das Land fördert Partnerschaften von Kommunen.</p><h2>Bewerbung</h2><p>Anträge können bis zum 30. April 2026 eingereicht werden.</p></main>'),
    );
    expect(traces).toHaveLength(1);
    const [trace] = traces;
    const real = candidate(trace, 'Förderaufruf „Klimapartnerschaften 2026“');
    const generic = candidate(trace, 'Bewerbung');
    expect(real?.features).toEqual(expect.arrayContaining(['src:heading', 'level:h1', 'noun:call', 'quoted', 'heading-index:0']));
    expect(real?.features).not.toContain('generic:all');
    expect(generic?.features).toEqual(expect.arrayContaining(['src:heading', 'level:h2', 'generic:all', 'generic:first', 'heading-index:1', 'date-dist:0-1']));
    // no feature names the page, the site or a title
    for (const c of trace.candidates) expect(c.features.some((f) => /klima|bewerbung|muster/i.test(f))).toBe(false);
  });

  it('strips the site name from the <title> and og:title and knows where a candidate came from', () => {
    const head = '<meta property="og:site_name" content="Musterstiftung"><meta property="og:title" content="Dorfläden stärken 2026 | Musterstiftung">';
    const html = page('<main><h1>Antragstellung</h1><p>Mit dem Programm „Dorfläden stärken 2026“ fördert die Musterstiftung Läden auf dem Land. Anträge bis 30. April 2026.</p></main>', { head }).replace('<title>Test</title>', '<title>Antragstellung – Musterstiftung</title>');
    const [trace] = traced(html).traces;
    expect(trace.chosen).toBe('Antragstellung');
    expect(candidate(trace, 'Antragstellung')?.features).toEqual(expect.arrayContaining(['src:rule', 'src:heading', 'src:doc-title', 'generic:all']));
    expect(candidate(trace, 'Dorfläden stärken 2026')?.features).toEqual(expect.arrayContaining(['src:og-title', 'src:programme', 'src:quoted', 'has-year', 'rule-doubt:generic:all']));
    expect(candidate(trace, 'Förderung der Musterstiftung')?.features).toContain('src:owner-funding');
  });
});

describe('the learned title choice', () => {
  const html = page('<main><h1>Antragstellung</h1><p>Mit dem Programm „Dorfläden stärken 2026“ fördert die Stiftung Läden auf dem Land. Anträge bis 30. April 2026.</p></main>');

  it('takes the candidate the model scores highest, with its share as the confidence', () => {
    const model: LogisticModel<TitleClass> = { classes: ['other', 'title'], bias: [0, 0], weights: { 'generic:all': [0, -3], 'src:quoted': [0, 2] } };
    const { items } = traced(html, model);
    expect(items[0].title).toBe('Dorfläden stärken 2026');
    expect(items[0].confidence.title).toBeGreaterThan(0.5);
  });

  it('without a model the rule cascade decides, and tracing changes nothing', () => {
    const { items } = traced(html);
    expect(items[0].title).toBe('Antragstellung');
    const dev = readBatch(`${CORPUS_ROOT}/dev`);
    for (const c of dev) {
      const args = { url: c.url, now: new Date(`${c.now}T12:00:00Z`) };
      const plain = extract({ view: cheerioView(c.html), ...args });
      const rules = extract({ view: cheerioView(c.html), ...args, titleModel: null, traceTitles: () => {} });
      expect(JSON.stringify(rules.items), c.name).toBe(JSON.stringify(plain.items));
    }
  });
});

describe('title fitter', () => {
  const cases = readBatch(`${CORPUS_ROOT}/dev`);

  it('labels the candidate with the best word overlap with the labelled title, one unit at a time', () => {
    const samples = cases.flatMap((c) => titleSamplesOf(c));
    expect(samples.length).toBeGreaterThan(20);
    const units = new Map<string, typeof samples>();
    for (const s of samples) units.set(`${s.case}#${s.unit}`, [...(units.get(`${s.case}#${s.unit}`) ?? []), s]);
    for (const group of units.values()) {
      const best = Math.max(...group.map((s) => s.overlap));
      expect(best).toBeGreaterThanOrEqual(0.5);
      for (const s of group) expect(s.label).toBe(s.overlap === best ? 1 : 0);
    }
  });

  it('is deterministic: the same pages give the same model', () => {
    const a = fitTitleModel(cases);
    const b = fitTitleModel(cases);
    expect(Object.keys(a.weights).length).toBeGreaterThan(5);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});
