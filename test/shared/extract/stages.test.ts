/** The stages of one call are one call with every stage's deadline (shared/extract/stages.ts). */
import { describe, expect, it } from 'vitest';
import { mergeStages, namesStage } from '../../../shared/extract/stages.ts';
import { deadlineValues, draftOf, page, run } from './helpers.ts';

const call = (title: string, date: string) => draftOf('call', title, { deadlines: [{ date, label: 'Frist', kind: 'application' }], deadline: date });

describe('mergeStages', () => {
  it('makes one call of the steps of a call, with both deadlines, under the fuller label', () => {
    const merged = mergeStages([call('Step 1: Pre-selection by the coordinators', '2019-12-09'), call('Step 2: Submission of seed money applications', '2020-03-23')], '2019-11-01');
    expect(merged.map((d) => [d.title, d.deadlines.map((x) => x.date), d.deadline])).toEqual([['Step 2: Submission of seed money applications', ['2019-12-09', '2020-03-23'], '2019-12-09']]);
  });

  it('leaves calls with names of their own apart, and a lone label', () => {
    const items = [call('Aufruf LEADER-Region Kottmar', '2025-10-02'), call('Aufruf Naturpark Zittauer Gebirge', '2025-10-30'), call('Frist: 30.09.17', '2017-09-30')];
    expect(mergeStages(items, '2017-09-01')).toEqual(items);
  });

  it('makes one call of calls named by the page’s own heading (stages the title choice named by the call), and only of those', () => {
    const stages = [call('Förderaufruf Klimaanpassung', '2026-03-15'), call('Förderaufruf Klimaanpassung', '2026-06-30')];
    expect(mergeStages(stages, '2026-01-20', 'Förderaufruf  Klimaanpassung').map((d) => [d.title, d.deadlines.map((x) => x.date)])).toEqual([['Förderaufruf Klimaanpassung', ['2026-03-15', '2026-06-30']]]);
    // two calls of a listing that happen to be named alike are not the page's call
    expect(mergeStages(stages, '2026-01-20', 'Förderprogramme im Überblick')).toEqual(stages);
    expect(mergeStages(stages, '2026-01-20')).toEqual(stages);
  });

  it('tells a stage’s label from a name', () => {
    for (const t of ['Interessenbekundung', 'Stichtag für Projektförderanträge', 'Step 1: Pre-selection', '2. Stufe – Projektantrag']) expect(namesStage(t), t).toBe(true);
    for (const t of ['Förderpreis Junges Engagement', 'Tipps und Hinweise', 'Stufenlos bauen']) expect(namesStage(t), t).toBe(false);
  });
});

describe('a call page listing its stages', () => {
  it('yields one call with the deadline of each stage', () => {
    const html = page(`<main><h1>Förderprogramm zur Vernetzung von Räumen und Menschen</h1>
<p>Kommunen können sich ab sofort für das Förderprogramm „Zukunftsräume“ bewerben.</p>
<h2>Fristen</h2>
<ul><li>Interessenbekundung: bis 2. September 2019</li><li>Stichtag für Projektförderanträge: 30. September 2019</li></ul></main>`);
    const result = run(html, '2019-08-01');
    expect(result.items.filter((i) => i.kind === 'call')).toHaveLength(1);
    expect(deadlineValues(result)).toEqual(['2019-09-02', '2019-09-30']);
  });
});
