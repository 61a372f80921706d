import { describe, expect, it } from 'vitest';
import { cheerioView } from '../../../../service/extract/cheerio-view.ts';
import { CORPUS_ROOT, readBatch } from '../../../../scripts/eval/corpus.ts';
import { fitRanking } from '../../../../scripts/train/fit-ranking.ts';
import { fitTitleModel, fitTitleSamples, RULE_MARGIN, titleSamplesOf, type TitleSample } from '../../../../scripts/train/title.ts';
import { extract } from '../../../../shared/extract/index.ts';
import type { LogisticModel } from '../../../../shared/extract/model/logistic.ts';
import type { TitleClass } from '../../../../shared/extract/model/title-class.ts';
import type { TitleModel } from '../../../../shared/extract/features/title-lexicon.ts';
import type { TitleTrace } from '../../../../shared/extract/title-choice.ts';
import { fitLexicon } from '../../../../scripts/train/title-lexicon.ts';
import { withRuleContext } from '../../../../shared/extract/features/title.ts';
import { undated } from '../../../../shared/extract/title-candidates.ts';
import { page } from '../helpers.ts';

const NOW = new Date('2026-03-01T12:00:00Z');

/** The title candidates of every unit of a page, with their features, and the items (no title model). */
function traced(html: string, titleModel: TitleModel | null = null) {
  const traces: TitleTrace[] = [];
  const { items } = extract({ view: cheerioView(html), url: 'https://www.musterstiftung.de/foerderung', now: NOW, roles: null, titleModel, traceTitles: (t) => traces.push(t) });
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
      const args = { url: c.url, now: new Date(`${c.now}T12:00:00Z`), titleModel: null };
      const plain = extract({ view: cheerioView(c.html), ...args });
      const rules = extract({ view: cheerioView(c.html), ...args, traceTitles: () => {} });
      expect(JSON.stringify(rules.items), c.name).toBe(JSON.stringify(plain.items));
    }
  });
});

describe('titles: what the candidates and the choice add', () => {
  it('offers a heading without its date part: the name the date was written beside', () => {
    expect(undated('So 16. Juni – Tansania Tag 2019')).toBe('Tansania Tag 2019');
    expect(undated('Grundlagenseminar »Europa gemeinsam gestalten« - 20.4.2016, Bonn')).toBe('Grundlagenseminar »Europa gemeinsam gestalten«');
    expect(undated('Culture beyond borders – Monday 12 October 16:30 – 18:00')).toBe('Culture beyond borders');
    expect(undated('Interreg Europe – third call for proposals')).toBeUndefined();
    expect(undated('12.05.2026')).toBeUndefined();
  });

  it("marks a newsletter's own name and a page number, and lets every other candidate know the rule's answer is one", () => {
    const { traces } = traced(
      page('<main><h1>Newsletter 04/2026</h1><h2>Termine</h2><h3>Sa 16. Mai – Werkstatt Globales Lernen</h3><p>Die Werkstatt Globales Lernen lädt am 16. Mai 2026 nach Kassel ein.</p></main>'),
    );
    const all = traces.flatMap((t) => t.candidates);
    expect(all.find((c) => c.text === 'Newsletter 04/2026')?.features).toContain('periodical');
    const name = all.find((c) => c.text === 'Werkstatt Globales Lernen');
    expect(name?.features).toContain('src:undated');
    const page9 = traced(page('<main><h1>Wettbewerb – Seite 9</h1><p>Bewerbungen bis 30. April 2026.</p></main>')).traces[0];
    expect(candidate(page9, 'Wettbewerb – Seite 9')?.features).toContain('chrome:page-number');
  });

  it('knows deadline and section labels for generic ("Einsendeschluss", "Allgemeine Hinweise", "Key data")', () => {
    const { traces } = traced(page('<main><h1>Allgemeine Hinweise</h1><h2>Einsendeschluss</h2><p>Beiträge bis 30. April 2026.</p><h2>Key data</h2><p>Budget 2 Mio.</p></main>'));
    const all = traces.flatMap((t) => t.candidates);
    for (const text of ['Allgemeine Hinweise', 'Einsendeschluss', 'Key data']) expect(all.find((c) => c.text === text)?.features, text).toContain('generic:all');
  });

  it("never replaces the rule's answer by a mere part of it that leaves out words of the name, but may drop a date or a headline verb", () => {
    const shortFirst: LogisticModel<TitleClass> = { classes: ['other', 'title'], bias: [0, 0], weights: { 'src:doc-title': [0, 5], 'src:undated': [0, 5] } };
    const named = traced(page('<main><h1>Förderaufruf Klimaschutz für Städte</h1><p>Anträge bis zum 30. Juni 2026.</p></main>').replace('<title>Test</title>', '<title>Förderaufruf</title>'), shortFirst);
    expect(named.items[0].title).toBe('Förderaufruf Klimaschutz für Städte');
    const dated = traced(page('<main><h1>Fachtag Klimaanpassung – 20.4.2026, Bonn</h1><p>Vorträge und Austausch am 20. April 2026.</p></main>'), shortFirst);
    expect(dated.items[0].title).toBe('Fachtag Klimaanpassung');
  });

  it("never replaces the rule's answer by a candidate without its programme, call or event noun (the kind is read from the title)", () => {
    const html = page('<main><h1>Wettbewerb „Dorfläden stärken 2026“ gestartet</h1><p>Bewerbungen bis 30. April 2026.</p></main>');
    const quotedFirst: LogisticModel<TitleClass> = { classes: ['other', 'title'], bias: [0, 0], weights: { 'src:quoted': [0, 5] } };
    const { items, traces } = traced(html, quotedFirst);
    expect(candidate(traces[0], 'Dorfläden stärken 2026')?.features).toContain('drops:noun:programme');
    // the quoted name with its noun ("Wettbewerb „…“") keeps the kind and may replace the headline
    expect(items[0].title).toBe('Wettbewerb „Dorfläden stärken 2026“');
    const bare = traced(html, { ...quotedFirst, weights: { ...quotedFirst.weights, 'src:named-quote': [0, -20] } });
    expect(bare.items[0].title).toBe(bare.traces[0].candidates.find((c) => c.features.includes('src:rule'))?.text);
  });

  it("marks a candidate that drops the rule answer's noun, unless it names a kind of its own or the answer is a long text", () => {
    const drops = (rule: string[], other: string[]) => withRuleContext([rule, other], 0)[1].filter((f) => f.startsWith('drops:'));
    expect(drops(['src:rule', 'noun:programme', 'words:4-8'], ['src:quoted', 'words:2-3'])).toEqual(['drops:noun:programme']);
    expect(drops(['src:rule', 'noun:programme', 'words:4-8'], ['src:quoted', 'noun:event', 'words:2-3'])).toEqual([]);
    expect(drops(['src:rule', 'noun:programme', 'words:16+'], ['src:heading', 'words:2-3'])).toEqual([]);
  });

  it('reads a label word lexicon fitted beside the model: how much of a candidate is such words, never the words', () => {
    const html = page('<main><h1>Neues aus dem Netzwerk</h1><p>Das Regionalforum „Wärme nach Plan“ findet am 12. Mai 2026 in Gardelegen statt.</p></main>');
    const lexical: TitleModel = { classes: ['other', 'title'], bias: [0, 0], weights: { 'src:rule': [0, 1], 'rule-doubt:lex:half': [0, 3] }, lexicon: ['aus', 'netzwerk', 'neues'] };
    const { items, traces } = traced(html, lexical);
    expect(candidate(traces[0], 'Neues aus dem Netzwerk')?.features).toEqual(expect.arrayContaining(['lex:all', 'lex:first']));
    expect(candidate(traces[0], 'Regionalforum „Wärme nach Plan“')?.features).toContain('rule-doubt:lex:all');
    for (const c of traces[0].candidates) expect(c.features.some((f) => /neues|netzwerk/i.test(f))).toBe(false);
    expect(items[0].title).toBe('Neues aus dem Netzwerk');
    const doubted = traced(html, { ...lexical, weights: { 'src:rule': [0, 1], 'rule-doubt:lex:all': [0, 3], 'src:named-quote': [0, 1] } });
    expect(doubted.items[0].title).toBe('Regionalforum „Wärme nach Plan“');
    expect(traced(html, { ...lexical, lexicon: undefined }).traces[0].candidates[0].features.some((f) => f.startsWith('lex:'))).toBe(false);
  });
});

describe('title fitter', () => {
  it("ranks the candidates of one unit against each other: any right candidate counts, units with only right ones teach nothing", () => {
    const groups = [
      { candidates: [['generic'], ['name']], right: [false, true] },
      { candidates: [['generic', 'short'], ['name', 'short']], right: [false, true] },
      { candidates: [['generic'], ['name'], ['name', 'quoted']], right: [false, true, true] },
      { candidates: [['generic'], ['other']], right: [true, true] },
    ];
    const model = fitRanking(groups, { classes: ['other', 'title'], minCount: 1, iterations: 200 });
    expect(model.weights.name[1]).toBeGreaterThan(model.weights.generic?.[1] ?? 0);
    expect(model.weights.other).toBeUndefined();
    expect(JSON.stringify(fitRanking(groups, { classes: ['other', 'title'], minCount: 1, iterations: 200 }))).toBe(JSON.stringify(model));
  });

  it("keeps the rule's answer unless another candidate beats it by the margin", () => {
    const sample = (unit: number, features: string[], label: number): TitleSample => ({ case: 'c', unit, text: features.join(' '), features, label, overlap: label, rule: features.includes('src:rule'), own: features, ruleAt: -1 });
    const samples = [0, 1, 2].flatMap((u) => [sample(u, ['src:rule', 'x'], 0), sample(u, ['src:heading', 'y'], 1)]);
    const plain = fitRanking([{ candidates: [['src:rule', 'x'], ['src:heading', 'y']], right: [false, true] }].flatMap((g) => [g, g, g]), { classes: ['other', 'title'], minCount: 3, iterations: 400, l2: 0.01, learningRate: 0.05 });
    const model = fitTitleSamples(samples);
    expect(model.weights['src:rule'][1]).toBeCloseTo((plain.weights['src:rule']?.[1] ?? 0) + RULE_MARGIN, 3);
  });

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

  it('fits the lexicon from headings that are not titles on several pages, never from right ones or text quotes', () => {
    const s = (page: string, text: string, label: number, src = 'src:heading') => ({ case: page, text, label, overlap: label, own: [src] });
    const samples = ['a', 'b', 'c', 'd'].flatMap((p) => [s(p, 'Termine und Fristen', 0), s(p, `Preis ${p}`, 1), s(p, 'Kommune Zukunft', 0, 'src:quoted')]);
    expect(fitLexicon(samples)).toEqual(['fristen', 'termine']);
    expect(fitLexicon(samples.slice(0, 9))).toEqual([]);
    expect(fitLexicon([...samples, s('e', 'Termine 2026', 1)])).toEqual(['fristen', 'termine']);
    expect(fitLexicon([...samples, s('e', 'Termine 2026', 1), s('f', 'Termine im Mai', 1)])).toEqual(['fristen']);
  });

  it('is deterministic: the same pages give the same model', () => {
    const a = fitTitleModel(cases);
    const b = fitTitleModel(cases);
    expect(Object.keys(a.weights).length).toBeGreaterThan(5);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});
