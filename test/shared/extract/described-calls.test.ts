/**
 * Calls only described (described-calls.ts): a unit that reads as a call with no deadline and no open window the rules
 * read is no item by the rules; the learned decision may make it one, open without a date or closing on its own dates
 * no cue explained. Hand-set models here (every described call dated, or open, or none), so the tests assert the
 * mechanism (candidates, their dates, the threshold), not fitted weights.
 */
import { describe, expect, it } from 'vitest';
import { cheerioView } from '../../../service/extract/cheerio-view.ts';
import type { DescribedCallModel, DescribedCandidate } from '../../../shared/extract/described-calls.ts';
import { extract } from '../../../shared/extract/index.ts';
import { page } from './helpers.ts';

const model = (bias: number[], threshold = 0.5): DescribedCallModel => ({ threshold, model: { classes: ['none', 'open', 'dated'], bias, weights: {} } });
const dated = model([0, -1, 2]);
const open = model([0, 2, -1]);
const none = model([2, 0, 0]);

const read = (html: string, now: string, describedCalls: DescribedCallModel | null, trace?: (c: DescribedCandidate) => void) =>
  extract({ view: cheerioView(html), url: 'https://example.org/wettbewerb', now: new Date(`${now}T12:00:00Z`), describedCalls, traceDescribed: trace }).items;

// the deadline's noun stands in a clause of its own: the dashes part it from the date, so no cue reaches the date
const contest = page(`<main><h1>Bundeswettbewerb „Gemeinsam im Quartier“</h1>
  <p>Das Ministerium ruft Kommunen zur Teilnahme am Wettbewerb auf. Gesucht werden Projekte, die das Zusammenleben stärken.</p>
  <p>Einsendeschluss für die Beiträge – per Post, per E-Mail oder über das Portal – ist der 30. November 2027.</p></main>`);

// a fund presented without any date
const fund = page(`<main><h1>Förderprogramm Dorfgemeinschaft</h1>
  <p>Das Förderprogramm unterstützt Vereine und Gemeinden mit bis zu 5.000 Euro für gemeinschaftliche Vorhaben.</p></main>`);

describe('calls only described', () => {
  it('offers the call as a candidate with its own dates no cue explained, and makes no item of it without a decision', () => {
    const seen: DescribedCandidate[] = [];
    expect(read(contest, '2027-06-01', null, (c) => seen.push(c))).toEqual([]);
    expect(seen.map((c) => c.dated)).toEqual([['2027-11-30']]);
    expect(seen[0].features).toContain('ahead:<2');
  });

  it('makes an item closing on those dates when the decision reads it as dated', () => {
    const items = read(contest, '2027-06-01', dated);
    expect(items.map((i) => [i.kind, i.deadline])).toEqual([['call', '2027-11-30']]);
  });

  it('makes an item without a date when the decision reads it as open, and when it is dated without dates of its own', () => {
    expect(read(contest, '2027-06-01', open).map((i) => [i.kind, i.deadline])).toEqual([['call', null]]);
    expect(read(fund, '2027-06-01', dated).map((i) => [i.kind, i.deadline])).toEqual([['call', null]]);
  });

  it('makes no item below the threshold', () => {
    expect(read(contest, '2027-06-01', none)).toEqual([]);
    expect(read(contest, '2027-06-01', model([0, -1, 0.5], 0.7))).toEqual([]);
  });
});
