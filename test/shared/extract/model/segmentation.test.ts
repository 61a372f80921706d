import { describe, expect, it } from 'vitest';
import { unitSamplesOf } from '../../../../scripts/train/units.ts';
import { cheerioView } from '../../../../service/extract/cheerio-view.ts';
import { unitCandidates } from '../../../../shared/extract/features/units.ts';
import { extract, readPage } from '../../../../shared/extract/index.ts';
import type { UnitModel } from '../../../../shared/extract/model/units.ts';
import { buildSections } from '../../../../shared/extract/sections.ts';
import { segment } from '../../../../shared/extract/segment.ts';
import { page } from '../helpers.ts';

const NOW = '2026-03-01';
const LISTING = page(`<main><h1>Veranstaltungen</h1><p>Unsere nächsten Termine im Überblick.</p>
  <h2>Termine Frühjahr</h2><ul>
    <li>Dienstag, 14. April 2026: Fachtag Faire Beschaffung in der Verwaltung</li>
    <li>Dienstag, 12. Mai 2026: Werkstatt Kommunale Partnerschaften</li>
    <li>Dienstag, 9. Juni 2026: Netzwerktreffen Klimapartnerschaften Süd</li>
  </ul>
  <h2>Kontakt</h2><p>Servicestelle, Telefon 0228 123456</p></main>`);

function candidatesOf(html: string) {
  const { cues, blocks, facts, today } = readPage({ view: cheerioView(html), url: 'https://example.org/termine', now: new Date(`${NOW}T12:00:00Z`), roleModel: null });
  const isFieldHeading = (text: string) => text.length <= 60 && cues.some((c) => c.fieldHeadings.test(text) && text.search(c.fieldHeadings) === 0);
  const root = buildSections(blocks, isFieldHeading);
  return unitCandidates({ root, blocks, facts, cues, today, ruleUnits: segment(root, blocks, facts, cues).units });
}

const titles = (html: string, unitModel?: UnitModel | null) => extract({ view: cheerioView(html), url: 'https://example.org/termine', now: new Date(`${NOW}T12:00:00Z`), unitModel }).items.map((it) => it.title);

describe('learned segmentation: candidate units', () => {
  it('makes every list entry and section a candidate, with structure and date features that name no page', () => {
    const candidates = candidatesOf(LISTING);
    const entries = candidates.filter((c) => c.unit.source === 'list');
    expect(entries).toHaveLength(3);
    for (const e of entries) expect(e.features).toEqual(expect.arrayContaining(['src:list', 'rule', 'future', 'sib:<5', 'sib-dated:<5', 'sib-same:<5', 'holds-dated:<1']));
    expect(entries[0].features).toContain('pos:first');
    // the section that holds the three dated entries is a container
    const container = candidates.find((c) => c.unit.section?.heading?.text === 'Termine Frühjahr')!;
    expect(container.features).toContain('holds-dated:<4');
    expect(container.features).not.toContain('rule');
    const contact = candidates.find((c) => c.unit.section?.heading?.text === 'Kontakt')!;
    expect(contact.features).toContain('anchor:none');
    const words = /veranstaltung|fachtag|kontakt|example|beschaffung/i;
    expect(candidates.flatMap((c) => c.features).filter((f) => words.test(f))).toEqual([]);
  });

  it('labels by distant supervision: the entries that hold a labelled item’s title and date are items, the rest not', () => {
    const items = [
      { kind: 'event', title: 'Fachtag Faire Beschaffung in der Verwaltung', start: '2026-04-14', deadlines: [] },
      { kind: 'event', title: 'Werkstatt Kommunale Partnerschaften', start: '2026-05-12', deadlines: [] },
    ];
    const samples = unitSamplesOf({ batch: 't', name: 'listing', html: LISTING, url: 'https://example.org/termine', now: NOW, items });
    const texts = (label: number) => samples.filter((s) => s.label === label).map((s) => (s as unknown as { text: string }).text);
    expect(texts(1)).toEqual([expect.stringContaining('Fachtag Faire Beschaffung'), expect.stringContaining('Werkstatt Kommunale')]);
    expect(texts(0).some((t) => t.startsWith('Termine Frühjahr'))).toBe(true);
  });
});

// a listing the rules miss: its entries give no year and its heading names none
const NO_YEAR = page(`<main><h1>Veranstaltungen</h1><p>Unsere nächsten Termine im Überblick.</p>
  <h2>Termine</h2><ul>
    <li>Di., 14.4.: Fachtag Faire Beschaffung in der Verwaltung</li>
    <li>Di., 12.5.: Werkstatt Kommunale Partnerschaften</li>
    <li>Di., 9.6.: Netzwerktreffen Klimapartnerschaften Süd</li>
  </ul></main>`);
// a call whose own deadline stands in its "Antragstellung" section
const CALL = page(`<main><h1>Förderprogramm Kommunale Partnerschaften</h1><p>Das Programm fördert Projekte von Kommunen mit Partnern im Globalen Süden.</p>
  <h2>Antragstellung</h2><p>Anträge können bis zum 15. Mai 2026 eingereicht werden.</p>
  <h2>Kontakt</h2><p>Servicestelle, Telefon 0228 123456</p></main>`);

const listEntries: UnitModel = { classes: ['other', 'item'], bias: [0, -4], weights: { 'src:list&sib-dated:<5': [0, 8] } };
const sections: UnitModel = { classes: ['other', 'item'], bias: [0, -4], weights: { 'src:section': [0, 8] } };
const nothing: UnitModel = { classes: ['other', 'item'], bias: [0, -8], weights: {} };

describe('learned segmentation: the model selects the item units on top of the rules', () => {
  it('adds the entries the model is confident about where the rules made none', () => {
    expect(titles(NO_YEAR, null).length).toBeLessThanOrEqual(1);
    expect(titles(NO_YEAR, listEntries)).toEqual(['Fachtag Faire Beschaffung in der Verwaltung', 'Werkstatt Kommunale Partnerschaften', 'Netzwerktreffen Klimapartnerschaften Süd'].map((t) => expect.stringContaining(t)));
  });

  it('adds nothing below its threshold', () => {
    const unsure: UnitModel = { classes: ['other', 'item'], bias: [0, 0], weights: { 'src:list&sib-dated:<5': [0, 1] } }; // p ≈ 0.73
    expect(titles(NO_YEAR, unsure)).toEqual(titles(NO_YEAR, null));
  });

  it('keeps every unit the rules made, even when the model scores none of them an item', () => {
    expect(titles(LISTING, nothing)).toEqual(titles(LISTING, null));
    expect(titles(LISTING, nothing)).toHaveLength(3);
  });

  it('lets the rules stand when the units it would add take every date of the page’s own item', () => {
    expect(titles(CALL, null)).toEqual([expect.stringContaining('Förderprogramm Kommunale Partnerschaften')]);
    expect(titles(CALL, sections)).toEqual(titles(CALL, null));
  });

  it('leaves extraction as it was without a model', () => {
    expect(titles(LISTING, null)).toEqual(titles(LISTING));
    expect(titles(LISTING)).toHaveLength(3);
  });
});
