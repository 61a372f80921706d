/**
 * The learned date roles see where the cascade already read a deadline beside a date: another entry of its list,
 * another cell of its table column, another block of its section (features/sibling-deadlines.ts). Only earlier
 * siblings count, and a block never counts for its own dates.
 */
import { describe, expect, it } from 'vitest';
import { cheerioView } from '../../../service/extract/cheerio-view.ts';
import { ROLE_FEATURES } from '../../../shared/extract/features/date-role.ts';
import { readPage } from '../../../shared/extract/index.ts';
import { page } from './helpers.ts';

const siblingFeatures = (body: string) => {
  const { facts } = readPage({ view: cheerioView(page(body)), url: 'https://example.org/page', now: new Date('2016-01-10T12:00:00Z'), roles: null }, undefined, ROLE_FEATURES);
  return facts.dates.map((f) => [f.text, (f.features ?? []).filter((x) => x.startsWith('sibling-deadline:')).sort()]);
};

describe('sibling deadlines as a feature of the learned date roles', () => {
  it('marks the later entries of a list whose first entry names its deadline', () => {
    expect(siblingFeatures(`<main><h1>Antragsfristen 2016</h1>
      <ul><li>Mobilitätsprojekte: Antragsfrist ist der 2. Februar 2016</li>
      <li>Strategische Partnerschaften: 31. März 2016</li></ul></main>`)).toEqual([
      ['2. Februar 2016', []],
      ['31. März 2016', ['sibling-deadline:list', 'sibling-deadline:section']],
    ]);
  });

  it('marks the later cells of a table column', () => {
    expect(siblingFeatures(`<main><h1>Programme</h1><table>
      <tr><td>Fonds A</td><td>Antragsfrist 15. Februar 2016</td></tr>
      <tr><td>Fonds B</td><td>18. Februar 2016</td></tr></table></main>`)).toEqual([
      ['15. Februar 2016', []],
      ['18. Februar 2016', ['sibling-deadline:column', 'sibling-deadline:section']],
    ]);
  });

  it('does not count a deadline of the same block, nor one of another section', () => {
    expect(siblingFeatures(`<main><h1>Förderung</h1><h2>Fonds A</h2>
      <p>Anträge bis 15. Februar 2016, Auswahl am 1. März 2016.</p>
      <h2>Fonds B</h2><p>Vorstellung am 20. März 2016.</p></main>`)).toEqual([
      ['15. Februar 2016', []],
      ['1. März 2016', []],
      ['20. März 2016', []],
    ]);
  });
});
