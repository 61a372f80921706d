import { describe, expect, it } from 'vitest';
import { cheerioView } from '../../../../service/extract/cheerio-view.ts';
import { readPage } from '../../../../shared/extract/index.ts';
import { page } from '../helpers.ts';
import { ROLE_FEATURES } from '../../../../shared/extract/features/date-role.ts';

/** Every date of a page with its features, as the trainer reads them. */
function features(body: string, now = '2026-03-01') {
  const { facts } = readPage({ view: cheerioView(page(body)), url: 'https://example.org/aufruf', now: new Date(`${now}T12:00:00Z`), roles: null }, undefined, ROLE_FEATURES);
  return facts.dates.map((f) => ({ text: f.text, features: f.features ?? [] }));
}

describe('date-role features', () => {
  it('marks a struck-through date, and only that one', () => {
    const [old, current] = features('<main><h1>Förderaufruf Klimapartnerschaften</h1><p>Anträge bis <del>30. April 2026</del> 15. Mai 2026 einreichen.</p></main>');
    expect(old.text).toContain('30. April 2026');
    expect(old.features).toContain('struck');
    expect(current.features).not.toContain('struck');
    const [s] = features('<main><h1>Förderaufruf</h1><p>Frist: <s>1. Juni 2026</s></p></main>');
    expect(s.features).toContain('struck');
  });

  it('reads a label field: the cue ids of the label, the field shape and the table row', () => {
    const [deadline] = features('<main><h1>Förderaufruf</h1><dl><dt>Einsendeschluss</dt><dd>28. Juni 2026</dd></dl></main>');
    expect(deadline.features).toEqual(expect.arrayContaining(['label:frist', 'label-role:deadline', 'labelled', 'block:desc', 'bare-date', 'vs-now:future']));
    expect(deadline.features).not.toContain('near:frist');
    const [day] = features('<main><h1>Netzwerktreffen</h1><table><tr><th>Veranstaltung</th><th>Datum</th></tr><tr><td>Netzwerktreffen Süd</td><td>17.12.2026</td></tr></table></main>');
    expect(day.features).toEqual(expect.arrayContaining(['label:termin', 'label-is:date', 'block:cell', 'cell:body', 'row-context', 'labelled']));
  });

  it('names cues by where they stand, and structure, never the page', () => {
    const [date] = features('<main><h2>Termine</h2><p>Die Konferenz findet am 12. Oktober 2026 um 10:00 Uhr statt.</p></main>');
    expect(date.features).toEqual(expect.arrayContaining(['after:stattfinden', 'after-role:event', 'time', 'sentence:event-noun', 'heading-dist:1']));
    expect(date.features.some((f) => /example|konferenz|termine/i.test(f))).toBe(false);
  });
});
