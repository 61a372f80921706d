import { describe, expect, it } from 'vitest';
import { unitCoverage, unitSamplesOf } from '../../../../scripts/train/units.ts';
import { cheerioView } from '../../../../service/extract/cheerio-view.ts';
import { unitCandidates } from '../../../../shared/extract/features/units.ts';
import { extract, readPage } from '../../../../shared/extract/index.ts';
import { learnedSegmenter, UNIT_SELECTION, type UnitModel } from '../../../../shared/extract/model/units.ts';
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
  const { cues, blocks, facts, today } = readPage({ view: cheerioView(html), url: 'https://example.org/termine', now: new Date(`${NOW}T12:00:00Z`), roles: null });
  const isFieldHeading = (text: string) => text.length <= 60 && cues.some((c) => c.fieldHeadings.test(text) && text.search(c.fieldHeadings) === 0);
  const root = buildSections(blocks, isFieldHeading);
  return unitCandidates({ root, blocks, facts, cues, today, ruleUnits: segment(root, blocks, facts, cues).units });
}

const titles = (html: string, unitModel?: UnitModel | null) => extract({ view: cheerioView(html), url: 'https://example.org/termine', now: new Date(`${NOW}T12:00:00Z`), segmenter: unitModel && learnedSegmenter(unitModel) }).items.map((it) => it.title);

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
// the same entries among more lines without a date: too few dated entries for the rules' list step
const SPARSE = page(`<main><h1>Veranstaltungen</h1><p>Unsere nächsten Termine im Überblick.</p>
  <h2>Termine</h2><ul>
    <li>Di., 14.4.: Fachtag Faire Beschaffung in der Verwaltung</li>
    <li>Di., 12.5.: Werkstatt Kommunale Partnerschaften</li>
    <li>Di., 9.6.: Netzwerktreffen Klimapartnerschaften Süd</li>
    <li>Weitere Termine folgen im Herbst</li>
    <li>Alle Veranstaltungen sind kostenfrei</li>
    <li>Anmeldung über das Kontaktformular</li>
  </ul></main>`);
// a call whose own deadline stands in its "Antragstellung" section
const CALL = page(`<main><h1>Förderprogramm Kommunale Partnerschaften</h1><p>Das Programm fördert Projekte von Kommunen mit Partnern im Globalen Süden.</p>
  <h2>Antragstellung</h2><p>Anträge können bis zum 15. Mai 2026 eingereicht werden.</p>
  <h2>Kontakt</h2><p>Servicestelle, Telefon 0228 123456</p></main>`);

const listEntries: UnitModel = { classes: ['other', 'item'], bias: [0, -4], weights: { 'src:list&sib-dated:<5': [0, 8] } };
const sections: UnitModel = { classes: ['other', 'item'], bias: [0, -4], weights: { 'src:section': [0, 8] } };
const nothing: UnitModel = { classes: ['other', 'item'], bias: [0, -8], weights: {} };

// a newsletter's items in one container's running text: bold title lines, or short dated lines, each opening a record
const CELL_TITLES = page(`<div class="content"><p>Liebe Leserinnen und Leser,</p><p>hier unsere Hinweise.</p>
  <p><b>Fachtag Faire Beschaffung</b></p><p>Am 14. April 2026 in Rostock, Anmeldung bis 1. April 2026.</p>
  <p><b>Werkstatt Kommunale Partnerschaften</b></p><p>Am 12. Mai 2026 in Schwerin.</p></div>`);
const CELL_DATES = page(`<div class="content"><p>Liebe Leserinnen und Leser,</p>
  <p>Dienstag, 14. April 2026</p><p>Fachtag Faire Beschaffung in der Verwaltung, Rostock</p>
  <p>Dienstag, 12. Mai 2026</p><p>Werkstatt Kommunale Partnerschaften, Schwerin</p><p>Mit Exkursion.</p></div>`);

describe('learned segmentation: records inside running text are candidates', () => {
  it('makes each part that opens with a bold title line a candidate, titled by that line', () => {
    const parts = candidatesOf(CELL_TITLES).filter((c) => c.features.includes('split:title'));
    expect(parts.map((c) => c.unit.blocks.map((b) => b.text))).toEqual([
      ['Fachtag Faire Beschaffung', 'Am 14. April 2026 in Rostock, Anmeldung bis 1. April 2026.'],
      ['Werkstatt Kommunale Partnerschaften', 'Am 12. Mai 2026 in Schwerin.'],
    ]);
    expect(parts.every((c) => c.unit.source === 'section' && c.unit.section?.heading === c.unit.blocks[0])).toBe(true);
  });

  it('makes each part that opens with a short dated line an entry candidate; what stands before the first is none', () => {
    const parts = candidatesOf(CELL_DATES).filter((c) => c.features.includes('split:date'));
    expect(parts.map((c) => c.unit.blocks.map((b) => b.text))).toEqual([
      ['Dienstag, 14. April 2026', 'Fachtag Faire Beschaffung in der Verwaltung, Rostock'],
      ['Dienstag, 12. Mai 2026', 'Werkstatt Kommunale Partnerschaften, Schwerin', 'Mit Exkursion.'],
    ]);
    expect(parts.every((c) => c.unit.source === 'list')).toBe(true);
  });

  it('makes each of two or more tables in one section a candidate (a box of field rows per call)', () => {
    const box = (name: string, day: string) => `<table><tr><td>Aufruf gestartet: ${name}</td></tr><tr><td>Einreichung:</td><td>bis ${day}</td></tr><tr><td>Begünstigte:</td><td>Kommunen</td></tr></table>`;
    const html = page(`<main><h1>Fördermittel-Update</h1><h2>Regionen</h2>${box('Kottmar', '02.10.2026')}${box('Seenland', '24.10.2026')}</main>`);
    const boxes = candidatesOf(html).filter((c) => c.features.includes('split:table'));
    expect(boxes.map((c) => c.unit.blocks[0].text)).toEqual(['Aufruf gestartet: Kottmar', 'Aufruf gestartet: Seenland']);
    expect(boxes.map((c) => c.unit.blocks.map((b) => b.text).join(' '))).toEqual([expect.stringContaining('bis 02.10.2026'), expect.stringContaining('bis 24.10.2026')]);
    expect(boxes.every((c) => c.features.includes('anchor:deadline'))).toBe(true);
  });

  it('counts the labelled items of listing pages that a candidate of their own holds', () => {
    const items = [
      { kind: 'event', title: 'Fachtag Faire Beschaffung in der Verwaltung', start: '2026-04-14', deadlines: [] },
      { kind: 'event', title: 'Werkstatt Kommunale Partnerschaften', start: '2026-05-12', deadlines: [] },
      { kind: 'event', title: 'Sommerfest des Netzwerks', start: '2026-07-01', deadlines: [] },
    ];
    const cases = [{ batch: 't', name: 'cell', html: CELL_DATES, url: 'https://example.org/news', now: NOW, items }];
    expect(unitCoverage(cases)).toEqual({ items: 3, own: 0, covered: 2, sharing: 0 });
  });
});

describe('learned segmentation: the model selects the item units on top of the rules', () => {
  it('adds the entries the model is confident about where the rules made none', () => {
    expect(titles(SPARSE, null).length).toBeLessThanOrEqual(1);
    expect(titles(SPARSE, listEntries)).toEqual(['Fachtag Faire Beschaffung in der Verwaltung', 'Werkstatt Kommunale Partnerschaften', 'Netzwerktreffen Klimapartnerschaften Süd'].map((t) => expect.stringContaining(t)));
  });

  it('adds nothing below its threshold', () => {
    const p = UNIT_SELECTION.add - 0.05;
    const unsure: UnitModel = { classes: ['other', 'item'], bias: [0, 0], weights: { 'src:list&sib-dated:<5': [0, Math.log(p / (1 - p))] } };
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

// a programme told in the sentences of one section (prose-events.ts reads it from the page's own unit)
const PROGRAMME = page(`<main><h1>Volkshochschule: Schwerpunkt Nachhaltig handeln</h1>
  <p>Den Auftakt macht am 9. Juni 2026 ein Vortrag über Wärmepumpen im Bürgerhaus.</p>
  <h2>Vorträge und Kurse</h2>
  <p>Wer eine Photovoltaikanlage plant, findet Hilfe im Kurs „Mit Sonne rechnen“ am Dienstag, 23. Juni 2026. Am Dienstag, 21. Juli 2026, stellt ein Vortrag neue „Ökoroutinen“ für den Alltag vor.</p></main>`);

describe('learned segmentation: what the page’s own unit reads stays with it', () => {
  it('adds no unit that takes a paragraph of a programme told in sentences', () => {
    const rules = titles(PROGRAMME, null);
    expect(rules).toEqual(expect.arrayContaining([expect.stringContaining('Mit Sonne rechnen'), expect.stringContaining('Ökoroutinen')]));
    expect(titles(PROGRAMME, sections)).toEqual(rules);
  });
});

// a list written without list markup: paragraphs that each open with a bullet glyph, between lines without one
const BULLETS = page(`<div class="content"><p>Liebe Leserinnen und Leser,</p><p>hier die Termine unserer Partner:</p>
  <p>» Podiumsdiskussion Freiheit und Verantwortung am 14. April 2026 in München</p>
  <p>» Digital-Convention Ehrenamt digital am 20. Mai 2026</p>
  <p>Aus der Geschäftsstelle</p><p>» Neue Mitarbeiterin in der Geschäftsstelle</p></div>`);
const bullets: UnitModel = { classes: ['other', 'item'], bias: [0, -4], weights: { 'split:bullet&anchor:event': [0, 8], 'split:bullet&anchor:unknown': [0, 8] } };

describe('learned segmentation: paragraphs opening with a bullet glyph', () => {
  it('makes each bulleted paragraph alone an entry candidate', () => {
    const parts = candidatesOf(BULLETS).filter((c) => c.features.includes('split:bullet'));
    expect(parts.map((c) => c.unit.blocks.map((b) => b.text))).toEqual([
      ['» Podiumsdiskussion Freiheit und Verantwortung am 14. April 2026 in München'],
      ['» Digital-Convention Ehrenamt digital am 20. Mai 2026'],
      ['» Neue Mitarbeiterin in der Geschäftsstelle'],
    ]);
    expect(parts.every((c) => c.unit.source === 'list')).toBe(true);
  });

  it('titles an added bulleted entry without its glyph', () => {
    const added = titles(BULLETS, bullets);
    expect(added).toEqual(expect.arrayContaining([expect.stringMatching(/^Podiumsdiskussion Freiheit und Verantwortung/), expect.stringMatching(/^Digital-Convention Ehrenamt digital/)]));
    expect(added.some((t) => t.startsWith('»'))).toBe(false);
  });
});

// events told in the paragraphs of an article, one a paragraph
const TOLD = page(`<main><h1>Klima-Exkursionen im Sommer</h1><p>Der Verein lädt im Sommer zu mehreren Terminen ein.</p>
  <p>Zusammen mit dem Forstamt lädt der Verein am Samstag, 24. Juni 2026, um 10.30 Uhr zu einem Workshop zum Waldumbau mit dem Förster ein.</p>
  <p>Bei einem Vortrag über den Bioenergiepark am Freitag, 11. August 2026, um 15 Uhr gibt es Einblicke in die Technik.</p>
  <p>Weitere Informationen gibt es beim Verein, der seit vielen Jahren im Klimaschutz aktiv ist.</p></main>`);

describe('learned segmentation: events told in paragraphs of prose', () => {
  it('makes each paragraph that names an event or call and carries a date a candidate of its own, and only those', () => {
    const parts = candidatesOf(TOLD).filter((c) => c.features.includes('split:para'));
    expect(parts.map((c) => c.unit.blocks.map((b) => b.text.slice(0, 30)))).toEqual([['Zusammen mit dem Forstamt lädt'], ['Bei einem Vortrag über den Bio']]);
    expect(parts.every((c) => c.unit.source === 'list' && c.features.includes('text:event') && c.features.includes('first:sentence'))).toBe(true);
    // the cue words, the clock time and the page-name share are crossed with the kind of candidate
    expect(parts.every((c) => ['split:para&text:event', 'split:para&time', 'split:para&page-name:<0.25'].every((f) => c.features.includes(f)))).toBe(true);
  });

  it('tells how much of the page heading’s name a candidate repeats (the page’s own item retold)', () => {
    const html = page(`<main><h1>Regionalforum Wärmeplanung</h1><p>Das Regionalforum Wärmeplanung findet am 12. Mai 2026 in der Stadthalle statt.</p>
      <p>Im Anschluss folgt am 13. Mai 2026 ein Workshop für die Verwaltungen der Gemeinden.</p></main>`);
    const parts = candidatesOf(html).filter((c) => c.features.includes('split:para'));
    expect(parts.map((c) => c.features.find((f) => f.startsWith('page-name:')))).toEqual(['page-name:0.75+', 'page-name:<0.25']);
  });
});
