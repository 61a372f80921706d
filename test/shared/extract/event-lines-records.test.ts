/**
 * What the listing around an event-line candidate lists (features/record-context.ts), as data-record mining reads a
 * listing: the block's record is its list entry, table row or repeated container, and the nouns of the other records
 * of its group tell a calendar (events) from an overview of funding rounds (calls). The tests read a page's blocks and
 * dates as extraction does and assert the features of the block that holds a date (what the learned decision is
 * given), not fitted weights.
 */
import { describe, expect, it } from 'vitest';
import { cheerioView } from '../../../service/extract/cheerio-view.ts';
import { readPage } from '../../../shared/extract/index.ts';
import { datesByBlock } from '../../../shared/extract/facts.ts';
import { recordContext } from '../../../shared/extract/features/record-context.ts';
import { page } from './helpers.ts';

/** The record features of the block that holds the date written `date`. */
const recordFeatures = (body: string, date: string) => {
  const { blocks, facts, cues } = readPage({ view: cheerioView(page(body)), url: 'https://example.org/termine', now: new Date('2027-03-01T12:00:00Z'), roles: null });
  const fact = facts.dates.find((f) => f.text.includes(date));
  if (!fact) throw new Error(`no date ${date} read`);
  return recordContext(blocks, datesByBlock(facts), cues)(fact.block);
};

describe('what the listing around an event-line candidate lists', () => {
  it('reads repeated containers of a calendar as records that name events', () => {
    const body = `<main><h1>Termine</h1><p>Unsere Angebote im Frühjahr.</p>
      <div class="termin"><p class="datum">Mittwoch, 14. April</p><p class="titel">Vortrag über Stadtbäume</p></div>
      <div class="termin"><p class="datum">Donnerstag, 22. April</p><p class="titel">Balkonsolar selbst gemacht</p></div>
      <div class="termin"><p class="datum">Freitag, 7. Mai</p><p class="titel">Exkursion ins Moor</p></div></main>`;
    expect(recordFeatures(body, '22. April')).toEqual(['rec-events:most', 'rec-calls:none']);
  });

  it('reads the entries of an overview of funding rounds as records that name calls', () => {
    const body = `<main><h1>Übersicht</h1><p>Was im Frühjahr ansteht.</p><ul>
      <li>Förderprogramm Klimaschutz im Quartier: 15.04.</li>
      <li>Förderaufruf Kultur vor Ort: 30.04.</li>
      <li>Dialoge in der Nachbarschaft: 15.05.</li></ul></main>`;
    expect(recordFeatures(body, '15.05.')).toEqual(['rec-events:none', 'rec-calls:most']);
  });

  it('counts the rows of a table as records, each named by all its cells', () => {
    const body = `<main><h1>Programm</h1><table>
      <tr><th>Datum</th><th>Angebot</th></tr>
      <tr><td>12.05.</td><td>Seminar Vereinsrecht</td></tr>
      <tr><td>19.05.</td><td>Webinar zur Vereinskasse</td></tr>
      <tr><td>26.05.</td><td>Stammtisch im Rathaus</td></tr></table></main>`;
    expect(recordFeatures(body, '26.05.')).toEqual(['rec-events:most', 'rec-calls:none']);
  });

  it('gives nothing to a date whose block repeats no record (a lone paragraph)', () => {
    const body = `<main><h1>Neuigkeiten</h1><section><p>Die nächste Pflanzaktion ist am 24. April geplant.</p></section></main>`;
    expect(recordFeatures(body, '24. April')).toEqual([]);
  });
});
