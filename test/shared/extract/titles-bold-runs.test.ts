/** Titles: the bold runs inside an item's sentences (bold-runs.ts) as title candidates (title-candidates.ts, source `bold`). */
import { describe, expect, it } from 'vitest';
import { cheerioView } from '../../../service/extract/cheerio-view.ts';
import { boldRuns } from '../../../shared/extract/bold-runs.ts';
import { extract } from '../../../shared/extract/index.ts';
import type { DocNode } from '../../../shared/extract/page.ts';
import { boldName } from '../../../shared/extract/title-candidates.ts';
import type { TitleTrace } from '../../../shared/extract/title-choice.ts';
import { page } from './helpers.ts';

const el = (tag: string, ...children: Array<DocNode | string>): DocNode => ({ tag, attrs: {}, children }) as unknown as DocNode;

function traced(html: string): TitleTrace[] {
  const traces: TitleTrace[] = [];
  extract({ view: cheerioView(html), url: 'https://www.musterstiftung.de/aktuelles', now: new Date('2026-01-10T12:00:00Z'), roles: null, titleModel: null, traceTitles: (t) => traces.push(t) });
  return traces;
}

describe('titles: bold runs inside a block', () => {
  it('reads the bold runs after the block’s start, not the one that opens it, nested runs as one', () => {
    const nodes = [el('b', 'Termin'), ' Am 30. Januar findet eine ', el('strong', 'Antragswerkstatt ', el('b', 'für'), ' CERV-Projekte'), ' statt, ', el('em', el('b', 'kostenlos und online')), '.'];
    expect(boldRuns(nodes)).toEqual(['Antragswerkstatt für CERV-Projekte', 'kostenlos und online']);
    expect(boldRuns(['  ', el('strong', 'Klimapreis 2026'), ' wird vergeben.'])).toEqual([]);
  });

  it('takes a run for a name only when it reads as one', () => {
    expect(boldName('Antragswerkstatt für CERV-Projekte')).toBe(true);
    expect(boldName('Europe, let’s cooperate! interregional cooperation forum')).toBe(true);
    expect(boldName('kostenlos')).toBe(false);
    expect(boldName('Der nächste Antragsstichtag ist der 1. Februar 2024.')).toBe(false);
    expect(boldName('Regionale Kulturförderung:')).toBe(false);
    expect(boldName('x'.repeat(60) + ' ' + 'y'.repeat(70))).toBe(false);
  });

  it('offers a bold name inside the item’s sentence as a candidate read out of its text, and no run that holds its date', () => {
    const html = page('<main><h1>EU-Förderprogramm</h1><p>Am 30. Januar 2026 findet eine <strong>Antragswerkstatt für CERV-Projekte</strong> statt. <b>Anmeldung bis 28. Januar 2026</b> bei <b>Europe Direct</b>.</p></main>');
    const [trace] = traced(html);
    const bold = trace.candidates.find((c) => c.text === 'Antragswerkstatt für CERV-Projekte');
    expect(bold?.features).toEqual(expect.arrayContaining(['src:bold', 'body:own']));
    expect(trace.candidates.some((c) => c.text.includes('28. Januar'))).toBe(false);
    expect(trace.candidates.some((c) => c.text === 'Europe Direct' && c.features.includes('src:bold'))).toBe(true);
  });
});
