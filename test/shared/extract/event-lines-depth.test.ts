/**
 * How deep a page's event lines are read (line-depth.ts): the page's features decide whether its uncertain candidates
 * are taken. Hand-set models — a line model that is unsure of every line (0.65, below the threshold 0.8) and a depth
 * model that goes deeper where the uncertain lines stand together in one group — so the tests assert the mechanism,
 * not fitted weights: a calendar's alike lines are taken, an article's single uncertain sentence is not.
 */
import { describe, expect, it } from 'vitest';
import { cheerioView } from '../../../service/extract/cheerio-view.ts';
import { extract } from '../../../shared/extract/index.ts';
import type { EventLineModel } from '../../../shared/extract/event-lines.ts';
import { chooseDepth, lineDepthFeatures, type LineDepthModel } from '../../../shared/extract/line-depth.ts';
import { page } from './helpers.ts';

/** every candidate at 0.65: uncertain, below today's threshold */
const unsure = { classes: ['other', 'event'] as const, bias: [0, 0.62], weights: {} };
/** deeper (to the second option) where every uncertain line stands in a group of three or more */
const depth: LineDepthModel = {
  options: [0.7, 0.55],
  sure: [2, 0.5],
  models: [
    { classes: ['stay', 'deeper'], bias: [0, -3], weights: {} },
    { classes: ['stay', 'deeper'], bias: [0, -3], weights: { 'grouped:all': [0, 5] } },
  ],
};
const withDepth: EventLineModel = { threshold: 0.8, model: unsure, depth };
const without: EventLineModel = { threshold: 0.8, model: unsure };

const read = (html: string, lines: EventLineModel, traceDepth?: (d: { features: string[]; threshold: number }) => void) =>
  extract({ view: cheerioView(html), url: 'https://example.org/termine', now: new Date('2021-05-26T12:00:00Z'), roles: null, segmenter: null, eventLines: lines, traceLineDepth: traceDepth }).items;

const calendar = page(`<main><h1>Veranstaltungen im Sommer</h1>
  <p>Unser Programm für die kommenden Wochen:</p>
  <div class="termine"><p>Stadtspaziergang zur Fernwärme<br>17.06.2021, Marktplatz</p>
  <p>Radtour zum Solarpark<br>24.06.2021, Bahnhof</p>
  <p>Besichtigung des Heizwerks<br>01.07.2021, Heizwerk Nord</p>
  <p>Führung durch den Energiegarten<br>08.07.2021, Stadtpark</p></div></main>`);

const article = page(`<main><h1>Neue Förderrichtlinie für Radwege</h1>
  <p>Der Landkreis hat am 12.05.2021 eine neue Richtlinie beschlossen, die Kommunen beim Ausbau von Radwegen unterstützt. Anträge sind bis zum 30.09.2021 einzureichen.</p>
  <p>Die Mittel stehen im Haushalt bereit; die nächste Ausgabe des Amtsblatts mit allen Einzelheiten erscheint am 17.06.2021.</p>
  <p>Weitere Informationen gibt die Verwaltung auf Anfrage.</p></main>`);

const lineStarts = (items: ReturnType<typeof read>) => items.filter((i) => i.kind === 'event' && i.evidence.some((e) => e.field === 'start')).map((i) => i.start?.slice(0, 10));

describe('how deep a page’s event lines are read', () => {
  it('takes a calendar’s alike uncertain lines when the page model is sure of the deeper option', () => {
    const seen: Array<{ features: string[]; threshold: number }> = [];
    const deep = read(calendar, withDepth, (d) => seen.push(d));
    expect(seen[0].threshold).toBe(0.55);
    expect(seen[0].features).toContain('grouped:all');
    expect(lineStarts(deep).length).toBeGreaterThan(lineStarts(read(calendar, without)).length);
    expect(lineStarts(deep)).toEqual(expect.arrayContaining(['2021-06-24', '2021-07-01', '2021-07-08']));
  });

  it('does not take an article’s single uncertain sentence', () => {
    const seen: Array<{ features: string[]; threshold: number }> = [];
    const items = read(article, withDepth, (d) => seen.push(d));
    expect(seen[0].threshold).toBe(0.8);
    // one uncertain sentence, alone in its group
    expect(seen[0].features).toEqual(expect.arrayContaining(['uncertain:<2', 'grouped:none']));
    expect(items).toEqual(read(article, without));
  });

  it('reads the same page features whatever option is taken, and takes today’s threshold without a depth model', () => {
    const cands = [0.65, 0.6, 0.72, 0.9].map((probability) => ({ probability, group: 'l1', features: ['bias', 'block:item:list'] }));
    const f = lineDepthFeatures(cands, []);
    expect(f).toEqual(expect.arrayContaining(['sure:<2', 'upper:<2', 'lower:<4', 'uncertain:<4', 'alike:<5', 'beside-sure:all', 'grouped:all', 'most:block:item:list']));
    expect(chooseDepth({ ...depth, sure: [2, 2] }, f, 0.8)).toBe(0.8);
    expect(chooseDepth(depth, f, 0.8)).toBe(0.55);
  });
});
