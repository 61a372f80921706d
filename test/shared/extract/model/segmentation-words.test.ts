import { describe, expect, it } from 'vitest';
import { fitUnitModel, unitModelModule, unitSamplesOf } from '../../../../scripts/train/units.ts';
import { cheerioView } from '../../../../service/extract/cheerio-view.ts';
import { unitCandidates } from '../../../../shared/extract/features/units.ts';
import { unitWords } from '../../../../shared/extract/features/unit-words.ts';
import { extract, readPage } from '../../../../shared/extract/index.ts';
import { learnedSegmenter, type UnitModel } from '../../../../shared/extract/model/units.ts';
import { buildSections } from '../../../../shared/extract/sections.ts';
import { segment } from '../../../../shared/extract/segment.ts';
import { page } from '../helpers.ts';

const NOW = '2026-03-01';
const URL = 'https://example.org/angebote';

// two pages of one structure — a heading, then parts under bold title lines, each with a date — whose words differ:
// an overview whose parts name a seminar or a fund, and one call's page whose parts are its deadlines, how to apply, whom to ask
const part = (title: string, text: string) => `<p><b>${title}</b></p><p>${text}</p>`;
const OVERVIEW = page(`<main><h1>Angebote für Kommunen</h1><div class="box"><p>Hier finden Sie aktuelle Angebote.</p>
  ${part('Seminar Beschaffung im Ausschuss', 'Am 14. April 2026 in Rostock, Anmeldung bis 1. April 2026.')}
  ${part('Seminar Partnerschaften mit Afrika', 'Am 12. Mai 2026 in Schwerin, Anmeldung bis 28. April 2026.')}
  ${part('Fonds für kleine Projekte', 'Anträge bis 30. Juni 2026 an die Servicestelle.')}</div></main>`);
const ONE_CALL = page(`<main><h1>Förderaufruf Klimapartnerschaften</h1><div class="box"><p>Der Aufruf fördert Projekte von Kommunen.</p>
  ${part('Fristen und Termine', 'Anträge bis 30. Juni 2026, Beratung am 14. April 2026.')}
  ${part('So bewerben Sie sich', 'Skizze bis 15. Mai 2026 über das Portal, Antrag bis 30. Juni 2026.')}
  ${part('Ansprechpartner und Beratung', 'Servicestelle, Sprechstunde am 12. Mai 2026.')}</div></main>`);

// a hand-written table: item-like heads ("Seminar", "Fonds") for, part-like heads ("Fristen", "bewerben", "Ansprechpartner") against
const evidence = {
  head: { weights: { seminar: 2, fonds: 2, fristen: -2, bewerben: -2, ansprechpartner: -2 } },
  body: { weights: {} },
};
// a model that reads only the head's words: a part is an item when its strongest word is for, not when one is against
const words: UnitModel = { classes: ['other', 'item'], bias: [0, -4], weights: { 'w:head:max:1.5+': [0, 8], 'w:head:min:<-1.5': [0, -8] }, evidence };

const extractWith = (html: string, model: UnitModel | null) => extract({ view: cheerioView(html), url: URL, now: new Date(`${NOW}T12:00:00Z`), segmenter: model && learnedSegmenter(model) }).items.map((it) => it.title);

function candidatesOf(html: string, model: UnitModel) {
  const { cues, blocks, facts, today } = readPage({ view: cheerioView(html), url: URL, now: new Date(`${NOW}T12:00:00Z`), roles: null });
  const isFieldHeading = (text: string) => text.length <= 60 && cues.some((c) => c.fieldHeadings.test(text) && text.search(c.fieldHeadings) === 0);
  const root = buildSections(blocks, isFieldHeading);
  return unitCandidates({ root, blocks, facts, cues, today, ruleUnits: segment(root, blocks, facts, cues).units, evidence: model.evidence });
}

describe('segmentation: word evidence', () => {
  it('reads a candidate’s head and body words with the model’s tables, as buckets that name no word', () => {
    const parts = candidatesOf(OVERVIEW, words).filter((c) => c.features.includes('split:title'));
    expect(parts.map((c) => unitWords(c.unit).head)).toEqual([['seminar', 'beschaffung', 'ausschuss'], ['seminar', 'partnerschaften', 'afrika'], ['fonds', 'kleine', 'projekte']].map((ws) => expect.arrayContaining(ws)));
    expect(unitWords(parts[0].unit).body).toEqual(expect.arrayContaining(['rostock', 'anmeldung']));
    for (const c of parts) expect(c.features).toEqual(expect.arrayContaining(['w:head:max:1.5+', 'w:body:none']));
    const all = candidatesOf(OVERVIEW, words).flatMap((c) => c.features);
    expect(all.filter((f) => /seminar|fonds|rostock/i.test(f))).toEqual([]);
  });

  it('splits an overview whose parts read like items and keeps together a page whose parts read like one item’s parts', () => {
    // the same structure: without the table the model takes neither page's parts
    const blind: UnitModel = { ...words, evidence: undefined };
    expect(extractWith(OVERVIEW, blind)).toEqual(extractWith(OVERVIEW, null));
    const overview = extractWith(OVERVIEW, words);
    expect(overview).toEqual(expect.arrayContaining([expect.stringContaining('Seminar Beschaffung'), expect.stringContaining('Seminar Partnerschaften'), expect.stringContaining('Fonds für kleine Projekte')]));
    expect(overview.length).toBeGreaterThan(extractWith(OVERVIEW, null).length);
    expect(extractWith(ONE_CALL, words)).toEqual(extractWith(ONE_CALL, null));
    expect(extractWith(ONE_CALL, words).some((t) => /Fristen|bewerben|Ansprechpartner/.test(t))).toBe(false);
    // it is the words that keep it together: a table that read its parts' heads as items' would split it
    const fooled: UnitModel = { ...words, evidence: { head: { weights: { fristen: 2, bewerben: 2, ansprechpartner: 2 } }, body: { weights: {} } } };
    expect(extractWith(ONE_CALL, fooled).length).toBeGreaterThan(extractWith(ONE_CALL, null).length);
  });

  it('the trainer gives the same model twice, with tables of words that stood on several sites', () => {
    const sites = ['a', 'b', 'c', 'd', 'e'];
    const items = [
      { kind: 'event', title: 'Seminar Beschaffung im Ausschuss', start: '2026-04-14', deadlines: [] },
      { kind: 'event', title: 'Seminar Partnerschaften mit Afrika', start: '2026-05-12', deadlines: [] },
    ];
    const cases = sites.flatMap((s) => [
      { batch: 't', name: `overview-${s}`, html: OVERVIEW, url: `https://${s}.example.org/angebote`, now: NOW, items },
      { batch: 't', name: `call-${s}`, html: ONE_CALL, url: `https://${s}.example.org/aufruf`, now: NOW, items: [{ kind: 'call', title: 'Förderaufruf Klimapartnerschaften', start: null, deadlines: ['2026-06-30'] }] },
    ]);
    const fit = () => {
      const samples = cases.flatMap((c) => unitSamplesOf(c));
      return fitUnitModel(cases, samples, 'logistic', { minGroups: 2 });
    };
    const one = fit();
    const two = fit();
    expect(two).toEqual(one);
    const about = { cases: cases.length, candidates: 1, items: 1, coverage: { items: 0, own: 0, covered: 0, sharing: 0 } };
    expect(unitModelModule(two, about)).toBe(unitModelModule(one, about));
    expect(one.evidence?.head.weights.seminar).toBeGreaterThan(0);
    expect(Object.keys('weights' in one ? one.weights : {}).some((f) => f.startsWith('w:head:'))).toBe(true);
  });
});
