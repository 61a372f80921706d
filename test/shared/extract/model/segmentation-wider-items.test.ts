import { describe, expect, it } from 'vitest';
import { unitSamplesOf } from '../../../../scripts/train/units.ts';
import { innermost } from '../../../../shared/extract/model/nested-units.ts';
import type { Unit } from '../../../../shared/extract/segment.ts';
import { page } from '../helpers.ts';

const NOW = '2026-03-01';
// each item in a section of its own (the section nests the paragraph that holds its date); the second section holds
// another date too, of something no label names
const PAGE = page(`<main><h1>Aktuelles aus dem Netzwerk</h1><p>Neuigkeiten und Termine für Kommunen.</p>
  <h2>Fachtag Faire Beschaffung</h2><p>Am Dienstag, 14. April 2026, laden wir zum Fachtag Faire Beschaffung in der Verwaltung ein.</p><p>Ort: Rathaus, Saal 2</p>
  <h2>Werkstatt Kommunale Partnerschaften</h2><p>Die Werkstatt findet am 12. Mai 2026 statt.</p><p>Das Sommerfest des Netzwerks folgt am 20. Juni 2026.</p>
  <h2>Kontakt</h2><p>Servicestelle, Telefon 0228 123456</p></main>`);
const ITEMS = [
  { kind: 'event', title: 'Fachtag Faire Beschaffung in der Verwaltung', start: '2026-04-14', deadlines: [] },
  { kind: 'event', title: 'Werkstatt Kommunale Partnerschaften', start: '2026-05-12', deadlines: [] },
];

describe('segmentation labels: every candidate that holds one labelled item and nothing else dated', () => {
  const samples = unitSamplesOf({ batch: 't', name: 'nested', html: PAGE, url: 'https://example.org/aktuelles', now: NOW, items: ITEMS } as never) as Array<{ label: number; features: string[]; text: string }>;
  const labelOf = (source: string, start: string) => samples.filter((s) => s.features[0] === `src:${source}` && s.text.startsWith(start)).map((s) => s.label);

  it('labels the smallest candidate and the section around it items', () => {
    expect(labelOf('list', 'Am Dienstag, 14. April 2026')).toEqual([1]);
    expect(labelOf('section', 'Fachtag Faire Beschaffung')).toEqual([1]);
  });

  it('labels a wider candidate that holds another date not an item, its smallest still one', () => {
    expect(labelOf('list', 'Die Werkstatt findet')).toEqual([1]);
    expect(labelOf('section', 'Werkstatt Kommunale')).toEqual([0]);
    expect(labelOf('section', 'Kontakt')).toEqual([0]);
  });
});

describe('selection: of confident units that nest, the smallest', () => {
  const unit = (first: number, last: number): Unit => ({ source: 'section', blocks: Array.from({ length: last - first + 1 }, (_, i) => ({ id: first + i })), headings: [] }) as unknown as Unit;
  it('drops the units that hold another, keeps disjoint and equal spans', () => {
    const entries = [
      { name: 'section', unit: unit(2, 6) },
      { name: 'entry', unit: unit(3, 4) },
      { name: 'other', unit: unit(8, 9) },
      { name: 'same', unit: unit(8, 9) },
      { name: 'page', unit: unit(0, 12) },
      { name: 'overlap', unit: unit(5, 8) },
    ];
    expect(innermost(entries).map((e) => e.name)).toEqual(['entry', 'other', 'same', 'overlap']);
  });
});
