import { describe, expect, it } from 'vitest';
import { cheerioView } from '../../../../service/extract/cheerio-view.ts';
import { siblingDays } from '../../../../shared/extract/features/sibling-days.ts';
import { unitCandidates } from '../../../../shared/extract/features/units.ts';
import { readPage } from '../../../../shared/extract/index.ts';
import { buildSections } from '../../../../shared/extract/sections.ts';
import { segment } from '../../../../shared/extract/segment.ts';
import { page } from '../helpers.ts';

const NOW = '2026-03-01';

function candidatesOf(html: string) {
  const { cues, blocks, facts, today } = readPage({ view: cheerioView(html), url: 'https://example.org/foerderung', now: new Date(`${NOW}T12:00:00Z`), roles: null });
  const isFieldHeading = (text: string) => text.length <= 60 && cues.some((c) => c.fieldHeadings.test(text) && text.search(c.fieldHeadings) === 0);
  const root = buildSections(blocks, isFieldHeading);
  return unitCandidates({ root, blocks, facts, cues, today, ruleUnits: segment(root, blocks, facts, cues).units });
}

describe('learned segmentation: whether the siblings name days of their own', () => {
  it('counts the group’s distinct days and whether a member holds a day no other member does', () => {
    const days = siblingDays([new Set(['4-15']), new Set(['5-20']), new Set(['5-20']), new Set()]);
    expect(days).toEqual([
      ['sib-days:<3', 'sib-own-day:yes'],
      ['sib-days:<3', 'sib-own-day:shared'],
      ['sib-days:<3', 'sib-own-day:shared'],
      ['sib-days:<3', 'sib-own-day:none'],
    ]);
    expect(siblingDays([])).toEqual([]);
  });

  it('marks the parts of an overview under bold title lines, each with its own deadline, as holding their own day', () => {
    const html = page(`<main><h1>Aktuelle Ausschreibungen</h1><p>Programme und Wettbewerbe für Vereine, nach Frist sortiert.</p>
      <p><strong>Wettbewerb Nachbarschaft gestalten</strong></p>
      <p>Gesucht werden Ideen für lebendige Ortskerne. Einsendeschluss: 15.04.2026.</p>
      <p><strong>Programm Digitale Vereinsarbeit</strong></p>
      <p>Gefördert werden Schulungen für Ehrenamtliche. Antragsfrist: 20.05.2026.</p></main>`);
    const parts = candidatesOf(html).filter((c) => c.features.includes('split:title'));
    expect(parts).toHaveLength(2);
    for (const p of parts) expect(p.features).toEqual(expect.arrayContaining(['sib-days:<3', 'sib-own-day:yes', 'src:section&sib-own-day:yes']));
  });

  it('marks sections that repeat one item’s deadline as sharing it', () => {
    const html = page(`<main><h1>Förderprogramm Dorfmitte</h1><p>Das Land fördert Projekte in Ortskernen.</p>
      <h2>Fristen</h2><p>Anträge bis zum 15.04.2026 einreichen.</p>
      <h2>So bewerben Sie sich</h2><p>Das Formular bis 15.04.2026 an die Bewilligungsstelle senden.</p></main>`);
    const sections = candidatesOf(html).filter((c) => c.unit.source === 'section' && c.features.includes('head:h2'));
    expect(sections).toHaveLength(2);
    for (const s of sections) expect(s.features).toEqual(expect.arrayContaining(['sib-days:<2', 'sib-own-day:shared']));
  });
});
