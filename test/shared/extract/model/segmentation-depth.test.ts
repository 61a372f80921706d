/**
 * How deep a page's units are read (unit-depth.ts, model/units.ts): the page's features decide whether its uncertain
 * candidates are added. Hand-set models — a unit model unsure of every candidate (0.5: below today's 0.72, above the
 * deepest option 0.45) and a depth model that goes deeper where uncertain candidates share their shape with sure ones
 * (the rules' units) — so the tests assert the mechanism, not fitted weights.
 */
import { describe, expect, it } from 'vitest';
import { cheerioView } from '../../../../service/extract/cheerio-view.ts';
import { extract } from '../../../../shared/extract/index.ts';
import type { DepthModel } from '../../../../shared/extract/depth.ts';
import { learnedSegmenter, type UnitModel } from '../../../../shared/extract/model/units.ts';
import { page } from '../helpers.ts';

const unsure: UnitModel = { classes: ['other', 'item'], bias: [0, 0], weights: {} };
const depth: DepthModel = {
  options: [0.6, 0.45],
  sure: [2, 0.5],
  models: [
    { classes: ['stay', 'deeper'], bias: [0, -3], weights: {} },
    { classes: ['stay', 'deeper'], bias: [0, -3], weights: { 'beside-sure:some': [0, 5], 'beside-sure:all': [0, 5] } },
  ],
};

function read(html: string, withDepth: boolean) {
  const seen: Array<{ features: string[]; threshold: number }> = [];
  const result = extract({
    view: cheerioView(html),
    url: 'https://example.org/programm',
    now: new Date('2021-05-26T12:00:00Z'),
    roles: null,
    titleModel: null,
    locationModel: null,
    eventLines: null,
    describedCalls: null,
    segmenter: learnedSegmenter(unsure, { depth: withDepth ? depth : null, traceDepth: (d) => seen.push(d) }),
  });
  // the units the model added (segmentation's notes)
  const added = result.diagnostics.filter((d) => d.stage === 'segment' && /^learned: .* is an item/.test(d.message)).length;
  return { items: result.items, seen, added };
}

const programme = page(`<main><h1>Programm der Klimawoche</h1>
  <p>Die Stadt lädt in der Klimawoche zu Führungen und Vorträgen ein.</p>
  <div class="eintrag"><p><b>Führung durch das Heizwerk</b></p><p>Treffpunkt am Haupttor, 14:00 Uhr, 17.06.2021</p></div>
  <div class="eintrag"><p><b>Vortrag zur Wärmeplanung</b></p><p>Ratssaal, 18:00 Uhr, 18.06.2021</p></div>
  <div class="eintrag"><p><b>Radtour zum Solarpark</b></p><p>Start am Bahnhof, 10:00 Uhr, 19.06.2021</p></div>
  <div class="eintrag"><p><b>Besuch im Energiegarten</b></p><p>Stadtpark, 15:00 Uhr, 20.06.2021</p></div></main>`);

const article = page(`<main><h1>Stadt beschließt Wärmeplan</h1>
  <p>Der Stadtrat hat den kommunalen Wärmeplan beschlossen. Er zeigt, welche Quartiere an das Netz angeschlossen werden.</p>
  <h2>Bürgerinformation</h2><p>Die Verwaltung stellt den Plan am 17.06.2021 um 18:00 Uhr im Ratssaal vor.</p></main>`);

describe('how deep a page’s units are read', () => {
  it('adds a listing’s uncertain entries beside sure ones of their shape when the page model is sure of the deeper option', () => {
    const deep = read(programme, true);
    const today = read(programme, false);
    expect(deep.seen[0].threshold).toBe(0.45);
    expect(today.seen[0].threshold).toBe(0.72);
    expect(today.added).toBe(0);
    expect(deep.added).toBeGreaterThan(0);
  });

  it('reads a page with one uncertain section at today’s threshold', () => {
    const { items, seen } = read(article, true);
    expect(seen[0].threshold).toBe(0.72);
    expect(seen[0].features).toContain('beside-sure:none');
    expect(items).toEqual(read(article, false).items);
  });
});
