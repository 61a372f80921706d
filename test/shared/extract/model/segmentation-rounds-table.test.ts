import { describe, expect, it } from 'vitest';
import { cheerioView } from '../../../../service/extract/cheerio-view.ts';
import { unitCandidates } from '../../../../shared/extract/features/units.ts';
import { readPage } from '../../../../shared/extract/index.ts';
import { buildSections } from '../../../../shared/extract/sections.ts';
import { segment } from '../../../../shared/extract/segment.ts';
import { page, run } from '../helpers.ts';

const NOW = '2026-03-01';

describe('learned segmentation: a call whose table lists its rounds', () => {
  const html = page(`<main><h1>Förderprogramm Dorfgemeinschaft</h1>
    <p>Das Land fördert Treffpunkte in Dörfern mit bis zu 20.000 Euro. Anträge stellen Gemeinden und Vereine.</p>
    <table><tr><th>Runde</th><th>Antragsfrist</th></tr>
    <tr><td>1. Runde</td><td>15. April 2026</td></tr>
    <tr><td>2. Runde</td><td>30. September 2026</td></tr></table></main>`);

  it('proposes each row as a candidate with a day of its own', () => {
    const { cues, blocks, facts, today } = readPage({ view: cheerioView(html), url: 'https://example.org/foerderung', now: new Date(`${NOW}T12:00:00Z`), roles: null });
    const isFieldHeading = (text: string) => text.length <= 60 && cues.some((c) => c.fieldHeadings.test(text) && text.search(c.fieldHeadings) === 0);
    const root = buildSections(blocks, isFieldHeading);
    const rows = unitCandidates({ root, blocks, facts, cues, today, ruleUnits: segment(root, blocks, facts, cues).units }).filter((c) => c.unit.source === 'row');
    expect(rows.map((r) => r.unit.blocks.map((b) => b.text))).toEqual([['1. Runde', '15. April 2026'], ['2. Runde', '30. September 2026']]);
    for (const r of rows) expect(r.features).toEqual(expect.arrayContaining(['sib-days:<3', 'sib-own-day:yes']));
  });

  it('makes one call with both rounds’ deadlines, not an item per row', () => {
    const items = run(html, NOW, 'https://example.org/foerderung').items;
    expect(items.map((i) => [i.kind, i.title, i.deadlines.map((d) => d.date)])).toEqual([['call', 'Förderprogramm Dorfgemeinschaft', ['2026-04-15', '2026-09-30']]]);
  });
});
